import Testing
@testable import TapestryImport
import TapestryTestSupport

/// The tokenizer, which passes over plain text eight bytes at a time, reads random text the
/// way a plain byte-by-byte reading of its rules does: fields, unquoting, the line each
/// record starts on, stray quotes kept as written.
@Suite struct ScannerReferenceTests {
    /// The rules, one byte at a time: a quote opens a quoted field only as its first byte;
    /// inside, a doubled quote is one and a lone one closes; line breaks (CRLF, LF, lone CR)
    /// inside quotes belong to the field; text after a closing quote is kept as written.
    static func reference(_ bytes: [UInt8], delimiter: UInt8) -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = 0, line = 1, recordLine = 1
        var inside = false, fieldStart = true, started = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field = []
            fieldStart = true
        }
        while index < bytes.count {
            let byte = bytes[index]
            started = true
            let isBreak = byte == lineFeed || byte == carriageReturn
            let breakLength = byte == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == lineFeed ? 2 : 1
            if inside {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote { field.append(quote); index += 2 } else { inside = false; index += 1 }
                    continue
                }
                if isBreak { line += 1; field += bytes[index..<index + breakLength]; index += breakLength; continue }
                field.append(byte)
                index += 1
                continue
            }
            if byte == delimiter { endField(); index += 1; continue }
            if isBreak {
                endField()
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields = []
                index += breakLength
                line += 1
                recordLine = line
                started = false
                continue
            }
            if byte == quote, fieldStart { inside = true; fieldStart = false; index += 1; continue }
            fieldStart = false
            field.append(byte)
            index += 1
        }
        if started {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        return records
    }

    @Test func randomTextReadsAsTheRulesSay() {
        var random = SeededGenerator(seed: 2026)
        let pieces = ["a", "bcdefghijklm", "Strongly agree", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "é", "x\"y", "12345678"]
        for _ in 0..<3_000 {
            let text = random.text(from: pieces, length: 40)
            let delimiter = Bool.random(using: &random) ? UInt8(ascii: ",") : UInt8(ascii: ";")
            let bytes = Array(text.utf8)
            let scanned = Array(CSVTokenizer(utf8: bytes, delimiter: Character(UnicodeScalar(delimiter))))
            #expect(scanned == Self.reference(bytes, delimiter: delimiter), "\(text.debugDescription)")
        }
    }
}
