/// How one file identified members, for linking rounds: what ``RoundLinker`` needs to say how
/// many members were linked between rounds, or why none were. Headings and counts only.
public struct FileLinks: Sendable, Equatable {
    /// The column that identified members across rounds, if any.
    public var column: LinkColumn?
    /// The heading of the file's per-submission id (a platform's response id), when it has
    /// one and it is not ``column``.
    public var submissionColumn: String?
    /// Each round the file gave scored rows to, and how many of them had an identifier.
    public var identifiers: [String: Int] = [:]

    /// Creates a summary.
    public init(column: LinkColumn? = nil, submissionColumn: String? = nil, identifiers: [String: Int] = [:]) {
        self.column = column
        self.submissionColumn = submissionColumn
        self.identifiers = identifiers
    }
}
