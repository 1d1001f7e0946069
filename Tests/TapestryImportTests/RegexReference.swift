import Foundation
@testable import TapestryImport

/// The implementations that the hand-written, linear-time checks replaced, kept here as the
/// reference they must agree with (run on short texts only: on long ones they backtrack for
/// hours). Taken verbatim from the code before issue 9.
enum RegexReference {
    static func looksPersonal(_ value: String) -> Bool {
        let text = value.trimmed
        guard text.count >= 5 else { return false }
        return text.range(of: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, options: .regularExpression) != nil
            || text.range(of: #"^\d{1,3}(\.\d{1,3}){3}$"#, options: .regularExpression) != nil
            || text.range(of: #"^[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}$"#, options: .regularExpression) != nil
            || looksLikePhone(text)
    }

    private static func looksLikePhone(_ text: String) -> Bool {
        guard text.range(of: #"^\+?[\d\s().-]+$"#, options: .regularExpression) != nil,
              !PlatformDetector.looksLikeDateTime(text) else { return false }
        let digits = text.filter(\.isNumber).count
        guard (9...15).contains(digits) else { return false }
        return text.hasPrefix("+") || text.hasPrefix("0") || text.contains { " ().-".contains($0) }
    }

    static func stripHTML(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
        var result = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        for (entity, character) in entities { result = result.replacingOccurrences(of: entity, with: character) }
        result = result.replacingOccurrences(of: #"&#(\d+);"#, with: "", options: .regularExpression)
        return result
    }

    private static let entities = [
        ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
        ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ndash;", "–"), ("&mdash;", "—"), ("&amp;", "&"),
    ]

    static func afterNumberPrefix(_ folded: String) -> String? {
        guard let range = folded.range(of: #"^\(?(-?\d+)\)?\s*[-.:=)]?\s+"#, options: .regularExpression) else { return nil }
        return String(folded[range.upperBound...])
    }

    static func namesAChoice(_ heading: String) -> Bool {
        heading.range(of: #"\(choice=.+\)$"#, options: .regularExpression) != nil
    }

    /// The byte-at-a-time tokenizer the scanner replaced: records, and the line of a quote
    /// left open at the end.
    static func tokenize(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) -> (records: [CSVRecord], open: Int?) {
        let bytes = Array(text.utf8)
        var position = 0
        var line = 1
        var open: Int?
        var records: [CSVRecord] = []
        func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }
        while position < bytes.count {
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var quoted = false
            var fieldWasQuoted = false
            var ended = false
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
                    records.append(CSVRecord(line: startLine, fields: fields))
                    ended = true
                default:
                    field.append(byte)
                }
                if ended { break }
            }
            if !ended {
                if quoted { open = startLine }
                fields.append(String(decoding: field, as: UTF8.self))
                records.append(CSVRecord(line: startLine, fields: fields))
            }
        }
        return (records, open)
    }
}
