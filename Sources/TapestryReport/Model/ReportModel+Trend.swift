extension ReportModel {
    /// How the coalition changed over its scored rounds (two or more).
    public struct Trend: Sendable {
        /// The scored rounds' labels, oldest first.
        public var rounds: [String]
        /// Each area's score per round (answer scale).
        public var areas: [Series]
        /// The health index per round (0–100).
        public var healthIndex: Series
        /// Each category's health per round (0–100).
        public var categories: [Series]
        /// Every change between consecutive rounds, oldest first; the health index's first in each pair.
        public var changes: [Change]
        /// The changes into the latest round.
        public var latestChanges: [Change]
        /// The round the latest changes start from.
        public var from: String
        /// The latest round.
        public var to: String
        /// How the latest two rounds were compared (member by member, or as two groups), in words.
        public var pairing: String
        /// What clearly improved and declined, in words that claim no more than the intervals.
        public var summary: String
        /// Areas that clearly improved into the latest round.
        public var improved: [String]
        /// Areas that clearly declined into the latest round.
        public var declined: [String]
    }
}
