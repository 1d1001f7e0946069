/// Splits delimited text into records, RFC 4180 style: quoted fields with doubled quotes and
/// line breaks inside them; CRLF, LF or lone CR between records.
///
/// Written here rather than taken from SwiftCSV or CSV.swift: findings must name the line a
/// row starts on, and neither package reports line numbers for records (a quoted field with a
/// line break makes record and line numbers differ). It walks UTF-8 bytes, since the
/// delimiter, quote and line breaks are ASCII and never occur inside a multi-byte character.
public struct CSVTokenizer: Sequence, IteratorProtocol {
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var position = 0
    private var line = 1

    /// The line of a quoted field that was still open at the end of the text, if any.
    public private(set) var unterminatedQuoteLine: Int?

    /// Prepares to split `text` at `delimiter` (an ASCII character).
    public init(text: String, delimiter: Character = ",") {
        self.init(utf8: Array(text.utf8), delimiter: delimiter)
    }

    /// Prepares to split UTF-8 bytes; several tokenizers can share one array without copying.
    public init(utf8 bytes: [UInt8], delimiter: Character = ",") {
        self.bytes = bytes
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
    }

    /// The next record, or nil at the end of the text.
    public mutating func next() -> CSVRecord? {
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldWasQuoted = false
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                        field.append(byte)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && peek() != UInt8(ascii: "\n")) {
                        line += 1
                    }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                if field.isEmpty && !fieldWasQuoted {
                    quoted = true
                    fieldWasQuoted = true
                } else {
                    field.append(byte)
                }
            case delimiter:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldWasQuoted = false
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                if byte == UInt8(ascii: "\r"), peek() == UInt8(ascii: "\n") { position += 1 }
                line += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return CSVRecord(line: startLine, fields: fields)
            default:
                field.append(byte)
            }
        }
        if quoted { unterminatedQuoteLine = startLine }
        fields.append(String(decoding: field, as: UTF8.self))
        return CSVRecord(line: startLine, fields: fields)
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }
}
