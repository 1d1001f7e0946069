/// How one input file was read: what the data-quality parts of reports say about it.
public struct InputSummary: Sendable, Equatable {
    /// The file as the user named it.
    public var file: String
    /// The platform recognised (`qualtrics`, `canonical`…).
    public var platform: String
    /// The text encoding.
    public var encoding: String
    /// Headings of the columns dropped as personal data (headings only, never values).
    public var personalColumns: [String]
    /// Headings of the columns not used.
    public var ignoredColumns: [String]
    /// The heading of the column whose values linked members across rounds (an e-mail
    /// column, a member id, or `--link-by`), when there is one. Its values were read only into
    /// a keyed hash, in memory; if it is also a personal column, it is among
    /// ``personalColumns`` too.
    public var linkColumn: String?

    /// Creates a summary.
    public init(file: String, platform: String, encoding: String, personalColumns: [String], ignoredColumns: [String],
                linkColumn: String? = nil) {
        self.file = file
        self.platform = platform
        self.encoding = encoding
        self.personalColumns = personalColumns
        self.ignoredColumns = ignoredColumns
        self.linkColumn = linkColumn
    }
}
