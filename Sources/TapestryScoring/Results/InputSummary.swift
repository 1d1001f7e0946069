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

    /// Creates a summary.
    public init(file: String, platform: String, encoding: String, personalColumns: [String], ignoredColumns: [String]) {
        self.file = file
        self.platform = platform
        self.encoding = encoding
        self.personalColumns = personalColumns
        self.ignoredColumns = ignoredColumns
    }
}
