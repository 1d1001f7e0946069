/// How many data rows were read, and what became of each: rows read = accepted + rejected.
public struct RowCounts: Sendable, Equatable {
    /// Rows scored as responses.
    public var accepted: Int
    /// Rows not scored; each has a finding that says why.
    public var rejected: Int

    /// Creates row counts.
    public init(accepted: Int, rejected: Int) {
        self.accepted = accepted
        self.rejected = rejected
    }

    /// Rows read from the input.
    public var read: Int { accepted + rejected }
}
