import TapestryScoring

extension ComparisonModel {
    /// A statement whose group scores lie far apart.
    public struct Spread: Sendable {
        /// The statement's id.
        public var item: String
        /// The statement as members read it.
        public var text: String
        /// The group with the lowest score, and that score.
        public var lowest: (group: String, mean: Double)
        /// The group with the highest score, and that score.
        public var highest: (group: String, mean: Double)
        /// Highest minus lowest.
        public var range: Double
        /// Each shown group's score on the statement, in the order of ``ComparisonModel/shown``
        /// (nil where nobody in the group answered it).
        public var groupMeans: [Double?]
        /// The whole room's score on the statement.
        public var roomMean: Double?

        init(_ spread: GroupComparison.Spread, text: String, groupMeans: [Double?], roomMean: Double?) {
            item = spread.item
            self.text = text
            lowest = spread.lowest
            highest = spread.highest
            range = spread.range
            self.groupMeans = groupMeans
            self.roomMean = roomMean
        }
    }
}
