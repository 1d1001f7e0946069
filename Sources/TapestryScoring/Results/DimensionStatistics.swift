/// Every statistic of methodology.md for one dimension in one round or group. A statistic
/// that cannot be computed is nil.
public struct DimensionStatistics: Sendable, Equatable {
    /// The dimension's id.
    public var id: String
    /// The dimension's category (`principle`, `norm`, …).
    public var category: String
    /// Whether agreeing is healthy.
    public var polarity: Polarity
    /// Respondents with a dimension score (they answered at least ceil(k/2) items).
    public var n: Int
    /// Mean of respondents' dimension scores (reverse-keyed items recoded).
    public var mean: Double?
    /// Sample standard deviation of the scores; nil if n < 2.
    public var sd: Double?
    /// Median of the scores.
    public var median: Double?
    /// mean ± t(0.975, n − 1)·sd/√n; nil if n < 2.
    public var ci95: ConfidenceInterval?
    /// The band of the oriented mean.
    public var band: Band?
    /// Share of respondents whose oriented score reaches the strength threshold.
    public var favorable: Double?
    /// Cronbach's alpha over complete answers; nil unless k ≥ 2 and at least 5 complete.
    public var alpha: Double?
    /// Within-group agreement rwg(J); nil if an item has fewer than two answers.
    public var rwg: Double?
    /// The dimension's items.
    public var items: [ItemStatistics]

    /// Creates dimension statistics.
    public init(
        id: String, category: String, polarity: Polarity, n: Int, mean: Double?, sd: Double?,
        median: Double?, ci95: ConfidenceInterval?, band: Band?, favorable: Double?,
        alpha: Double?, rwg: Double?, items: [ItemStatistics]
    ) {
        self.id = id
        self.category = category
        self.polarity = polarity
        self.n = n
        self.mean = mean
        self.sd = sd
        self.median = median
        self.ci95 = ci95
        self.band = band
        self.favorable = favorable
        self.alpha = alpha
        self.rwg = rwg
        self.items = items
    }

    /// Whether reports should warn that the items may not measure one thing (alpha < 0.7).
    public var hasLowReliability: Bool { alpha.map { $0 < 0.7 } ?? false }

    /// Whether members see this dimension differently (rwg < 0.7).
    public var membersDisagree: Bool { rwg.map { $0 < 0.7 } ?? false }
}
