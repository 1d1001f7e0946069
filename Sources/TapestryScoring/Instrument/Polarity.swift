/// Which way a dimension points.
public enum Polarity: String, Sendable, Equatable, CaseIterable {
    /// Agreeing is healthy.
    case positive
    /// Agreeing means worse, as for drawbacks.
    case negative
}
