/// Splits delimited text into records, RFC 4180 style: quoted fields with doubled quotes and
/// line breaks inside them; CRLF, LF or lone CR between records.
///
/// Written here rather than taken from SwiftCSV or CSV.swift: findings must name the line a
/// row starts on, and neither package reports line numbers for records (a quoted field with a
/// line break makes record and line numbers differ). It walks UTF-8 bytes (``CSVScanner``),
/// since the delimiter, quote and line breaks are ASCII and never occur inside a multi-byte
/// character, and builds each record's strings only when the record is asked for.
public struct CSVTokenizer: Sequence, IteratorProtocol {
    private var scanner: CSVScanner

    /// The line of a quoted field that was still open at the end of the text, if any.
    public private(set) var unterminatedQuoteLine: Int?

    /// Prepares to split `text` at `delimiter` (an ASCII character).
    public init(text: String, delimiter: Character = ",") {
        self.init(utf8: Array(text.utf8), delimiter: delimiter)
    }

    /// Prepares to split UTF-8 bytes; several tokenizers can share one array without copying.
    public init(utf8 bytes: [UInt8], delimiter: Character = ",") {
        scanner = CSVScanner(utf8: bytes, delimiter: delimiter.asciiValue ?? UInt8(ascii: ","))
    }

    /// The next record, or nil at the end of the text.
    public mutating func next() -> CSVRecord? {
        guard scanner.next() else { return nil }
        if scanner.endedInsideQuotes { unterminatedQuoteLine = scanner.recordLine }
        return CSVRecord(line: scanner.recordLine, fields: scanner.fields.map(scanner.value))
    }
}
