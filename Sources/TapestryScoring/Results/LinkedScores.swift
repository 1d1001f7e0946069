/// One linked respondent's scores in a round, kept only when rounds are linked (a keyed hash
/// identifies the respondent, never the identifier itself), for paired change.
public struct LinkedScores: Sendable, Equatable {
    /// The respondent's score on each dimension (instrument order); nil where not scored.
    public var dimensions: [Double?]
    /// The respondent's health score (0–100), the mean over their scored dimensions.
    public var health: Double?

    /// Creates linked scores.
    public init(dimensions: [Double?], health: Double?) {
        self.dimensions = dimensions
        self.health = health
    }
}
