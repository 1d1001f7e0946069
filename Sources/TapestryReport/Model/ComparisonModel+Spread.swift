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

        init(_ spread: GroupComparison.Spread, text: String) {
            item = spread.item
            self.text = text
            lowest = spread.lowest
            highest = spread.highest
            range = spread.range
        }
    }
}
