/// What became of one file's data rows, by reason: what `inspect` prints and what the rounds
/// of `assess` add up (``ExportReader`` counts both in the same pass, so they cannot differ).
/// Rows read = accepted + rejected; every rejected row has exactly one reason.
public struct RowTally: Sendable, Equatable {
    /// Non-blank rows after the header rows.
    public var read = 0
    /// Rows scored as responses.
    public var accepted = 0
    /// Rows `--round-by` could not date.
    public var undated = 0
    /// Partial and test responses, set aside (without `--include-partial`).
    public var partial = 0
    /// Earlier responses of a respondent who answered again in the same round.
    public var duplicates = 0
    /// Rows with nothing to score and nothing wrong: every item cell blank or a missing label.
    public var onlyMissing = 0
    /// Rows with no answer on the scale and at least one value that cannot be read.
    public var unreadable = 0

    /// Creates an empty tally.
    public init() {}

    /// Adds the rows counted in `other`.
    mutating func merge(_ other: RowTally) {
        read += other.read
        accepted += other.accepted
        undated += other.undated
        partial += other.partial
        duplicates += other.duplicates
        onlyMissing += other.onlyMissing
        unreadable += other.unreadable
    }

    /// Rows not scored, for any reason.
    public var rejected: Int { undated + partial + duplicates + onlyMissing + unreadable }
}
