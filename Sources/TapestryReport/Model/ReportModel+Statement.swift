import TapestryScoring

extension ReportModel {
    /// One statement in one round: its text and how members answered it.
    public struct Statement: Sendable {
        /// The item's id.
        public var id: String
        /// The statement as members read it.
        public var text: String
        /// Whether it is worded the other way (reverse-keyed).
        public var reverse: Bool
        /// Whether agreeing with it is the healthy answer: a positively worded statement of a
        /// principle, norm or benefit, or a reverse-worded statement of a drawback.
        public var agreeingIsHealthy: Bool
        /// The answers: n, mean, sd, counts, missing, and the shares (`agree`, `disagree`,
        /// `neutral`, `shares`), all as answered.
        public var statistics: ItemStatistics
        /// What the reader should know to read the shares the right way round (``ReportWords``),
        /// or nil when agreeing is simply healthy.
        public var orientationNote: String?

        init(_ item: Item, statistics: ItemStatistics, polarity: Polarity) {
            id = item.id
            text = item.text
            reverse = item.reverse
            agreeingIsHealthy = item.reverse == (polarity == .negative)
            self.statistics = statistics
            orientationNote = item.reverse ? ReportWords.wordedTheOtherWay
                : polarity == .negative ? ReportWords.agreeingIsACost : nil
        }
    }
}
