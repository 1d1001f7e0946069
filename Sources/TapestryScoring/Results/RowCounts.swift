/// How many data rows were read, and what became of each: rows read = accepted + rejected.
public struct RowCounts: Sendable, Equatable {
    /// Rows scored as responses.
    public var accepted: Int
    /// Rows not scored; each has a finding that says why (rows of ``onlyMissing`` share one).
    public var rejected: Int
    /// Of the rejected rows, those with nothing to score and nothing wrong: every item cell
    /// blank or a missing label ("Don't know", "Not applicable"), none unreadable. They are
    /// counted here and in ``rejected``, and summed up in one note per file.
    public var onlyMissing: Int

    /// Creates row counts.
    public init(accepted: Int, rejected: Int, onlyMissing: Int = 0) {
        self.accepted = accepted
        self.rejected = rejected
        self.onlyMissing = onlyMissing
    }

    /// Rows read from the input.
    public var read: Int { accepted + rejected }
}
