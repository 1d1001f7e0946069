import TapestryScoring

extension ComparisonModel {
    /// Where one shown group stands furthest from everyone else in the room.
    public struct Difference: Sendable {
        /// The group's name.
        public var group: String
        /// The area with the largest gap (its title and label).
        public var area: ReportModel.Area
        /// The group's score in that area.
        public var groupMean: Double
        /// Everyone else's score in that area.
        public var restMean: Double
        /// The group's score minus everyone else's.
        public var gap: Double
        /// "Transparency 2.22 against 3.49 for everyone else (−1.28)".
        public var sentence: String

        init(_ difference: GroupComparison.Difference, area: ReportModel.Area) {
            group = difference.group
            self.area = area
            groupMean = difference.groupMean
            restMean = difference.restMean
            gap = difference.gap
            sentence = "\(area.label) \(ReportNumbers.score(groupMean)) against \(ReportNumbers.score(restMean)) for everyone else (\(ReportNumbers.signed(gap)))"
        }
    }
}
