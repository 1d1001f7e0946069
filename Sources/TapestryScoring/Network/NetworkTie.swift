/// A directed tie: the organisation at ``from`` named the one at ``to`` (indexes into
/// ``NetworkSummary/nodes``).
public struct NetworkTie: Sendable, Equatable, Hashable, Comparable {
    /// The naming organisation's index.
    public var from: Int
    /// The named organisation's index.
    public var to: Int

    /// Creates a tie.
    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// Orders ties by their source, then their target.
    public static func < (lhs: NetworkTie, rhs: NetworkTie) -> Bool {
        (lhs.from, lhs.to) < (rhs.from, rhs.to)
    }
}
