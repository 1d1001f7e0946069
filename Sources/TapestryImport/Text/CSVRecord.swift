/// One record of a delimited file: its fields, and the physical line it starts on (a quoted
/// field may span several lines, so record numbers and line numbers differ).
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based line the record starts on.
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]

    /// Creates a record.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, or an empty string for a short row.
    public subscript(safe index: Int) -> String {
        index < fields.count ? fields[index] : ""
    }

    /// Whether every field is empty (a blank line, or a row of empty cells).
    public var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}
