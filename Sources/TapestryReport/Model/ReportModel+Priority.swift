extension ReportModel {
    /// One of the (at most three) areas the coalition should work on first, chosen by
    /// ``PrioritySelection``, with the one or two steps that fit it best.
    public struct Priority: Sendable {
        /// Its place, from 1.
        public var number: Int
        /// The area.
        public var area: Area
        /// Why it comes first, in words: its band and health, and whether members disagree.
        public var reason: String
        /// The group(s) that score it clearly lower than the coalition as a whole, in words
        /// ("Community groups score it 2.56, against 3.34 for all members."); nil when none does.
        public var laggingGroups: String?
        /// The one or two most fitting steps from the recommendations catalogue.
        public var steps: [String]
    }
}
