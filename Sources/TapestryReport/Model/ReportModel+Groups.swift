import TapestryScoring

extension ReportModel {
    /// The groups of a round side by side, with the privacy rule that hides the small ones.
    public struct Groups: Sendable {
        /// Every group, hidden ones included (they show their name, size and reason only).
        public var columns: [GroupColumn]
        /// The groups that are shown.
        public var shown: [GroupColumn] { columns.filter { !$0.suppressed } }
        /// The groups that are hidden.
        public var hidden: [GroupColumn] { columns.filter(\.suppressed) }
        /// The privacy rule in words (or the warning that the comparison is not anonymous).
        public var rule: String
        /// Whether the comparison is anonymous (the minimum group size is above 1… see
        /// ``ScoringOptions/isAnonymous``).
        public var anonymous: Bool
        /// "Not shown: A (2 respondents, fewer than 5 respondents); …", or nil when every group is shown.
        public var hiddenSentence: String?
    }
}
