import TapestryScoring

extension ReportModel {
    /// One group (member type, workshop table…) of a round: its size and, unless it is hidden,
    /// its areas.
    public struct GroupColumn: Sendable {
        /// The group's label (already screened for personal data at import).
        public var name: String
        /// Its respondents.
        public var n: Int
        /// Whether it is hidden for privacy.
        public var suppressed: Bool
        /// Why it is hidden, in words; nil when shown.
        public var hiddenReason: String?
        /// Its health index; nil when hidden or not scored.
        public var healthIndex: Double?
        /// Its areas in instrument order; empty when hidden.
        public var areas: [Area]
    }
}
