import TapestryScoring

/// What every report says first about a round: its strongest and weakest dimensions (by
/// oriented score, so a low drawback score counts as strong), where members disagree
/// (rwg < 0.7), and where the items may not measure one thing (alpha < 0.7).
public struct RoundHighlights: Sendable {
    /// Up to three dimensions, strongest first.
    public var strongest: [DimensionStatistics]
    /// Up to three dimensions, weakest first.
    public var weakest: [DimensionStatistics]
    /// Dimensions with rwg below 0.7.
    public var disagreements: [DimensionStatistics]
    /// Dimensions with alpha below 0.7.
    public var lowReliability: [DimensionStatistics]

    /// The highlights of `round`; with fewer than six scored dimensions, strongest and weakest
    /// take half each so that none is named twice.
    public init(_ round: RoundResult, scale: Scale) {
        let ranked = round.dimensions
            .compactMap { dimension in dimension.mean.map { (dimension, scale.oriented($0, polarity: dimension.polarity)) } }
            .sorted { $0.1 > $1.1 }
            .map(\.0)
        let count = min(3, ranked.count / 2)
        strongest = Array(ranked.prefix(count))
        weakest = Array(ranked.suffix(count).reversed())
        disagreements = round.dimensions.filter(\.membersDisagree)
        lowReliability = round.dimensions.filter(\.hasLowReliability)
    }
}
