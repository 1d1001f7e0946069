import TapestryScoring

extension ReportModel {
    /// One dimension ("area") in one round or group, with what every report shows of it.
    public struct Area: Sendable {
        /// The dimension's id.
        public var id: String
        /// Its title.
        public var title: String
        /// Its title with "(lower is better)" for a drawback: what tables show.
        public var label: String
        /// Its category (`principle`, …).
        public var category: String
        /// Whether agreeing is healthy.
        public var polarity: Polarity
        /// Every statistic of the method (n, mean, sd, median, ci95, band, favorable, alpha, rwg).
        public var statistics: DimensionStatistics
        /// Health on 0–100, higher always healthier (drawbacks flipped); nil when not scored.
        public var health: Double?
        /// The band's word (``ReportWords/band(_:)``).
        public var bandWord: String
        /// Its statements (empty for a group's areas).
        public var statements: [Statement]

        /// The band; nil when not scored.
        public var band: Band? { statistics.band }
        /// Whether members see this area differently (rwg < 0.7).
        public var membersDisagree: Bool { statistics.membersDisagree }
        /// Whether its statements may not measure one thing (alpha < 0.7).
        public var hasLowReliability: Bool { statistics.hasLowReliability }

        init(_ dimension: TapestryScoring.Dimension, statistics: DimensionStatistics, scale: Scale) {
            id = dimension.id
            title = dimension.title
            label = dimension.title + (dimension.polarity == .negative ? ReportWords.lowerIsBetter : "")
            category = dimension.category
            polarity = dimension.polarity
            self.statistics = statistics
            health = statistics.mean.map { scale.health($0, polarity: dimension.polarity) }
            bandWord = ReportWords.band(statistics.band)
            statements = zip(dimension.items, statistics.items).map { item, itemStatistics in
                Statement(item, statistics: itemStatistics, polarity: dimension.polarity)
            }
        }
    }
}
