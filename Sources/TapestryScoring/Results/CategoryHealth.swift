/// How healthy one category of dimensions (the principles, the norms, the benefits, the
/// drawbacks…) is in a round: the mean of its scored dimensions' health on 0–100, higher always
/// healthier (drawbacks flipped), and the band of that mean.
public struct CategoryHealth: Sendable, Equatable {
    /// The category, as the instrument names it (`principle`, `drawback`…).
    public var category: String
    /// Mean over the category's scored dimensions of 100·(m′ − min)/(max − min); nil when none
    /// of them has a score.
    public var health: Double?
    /// The band of the category's mean oriented score: the same thresholds as a dimension's
    /// (on 0–100, 75 and 50).
    public var band: Band?

    /// Creates a category's health.
    public init(category: String, health: Double?, band: Band?) {
        self.category = category
        self.health = health
        self.band = band
    }
}
