extension ReportModel {
    /// What every output says first, in the same words: the health index with its band, its
    /// change since the previous round and since the first, the priorities, what clearly
    /// improved, and where members disagree.
    public struct Headline: Sendable {
        /// The latest round's health index; nil when nothing was scored.
        public var healthIndex: Double?
        /// Its band's word ("borderline"), or "not scored".
        public var bandWord: String
        /// The health index's change into the latest round; nil on a first round.
        public var sincePrevious: Change?
        /// The health index's change from the first scored round to the latest; nil with fewer
        /// than three scored rounds (it would repeat ``sincePrevious``).
        public var sinceFirst: Change?
        /// The priorities' titles, first first.
        public var priorities: [String]
        /// Areas that clearly improved into the latest round.
        public var improved: [String]
        /// Areas where members see things differently.
        public var divided: [String]
        /// The headline as sentences, for every output to print as they are; with a map of
        /// connections, the last says how connected the coalition is (``Network/headlineSentence``).
        public var sentences: [String]
    }
}
