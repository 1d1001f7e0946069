import Foundation
import TapestryScoring

/// Reads answer cells: numbers on the scale; the scale's labels and its missing labels; on a
/// 5-point scale, agreement labels in Spanish, French, Portuguese and German
/// (`Templates/labels/`); labels from a mapping file; labels with a number prefix
/// (`5 - Strongly agree`); HTML and underscores ignored; `-99` (Qualtrics' "seen but not
/// answered") as missing.
public struct AnswerReader: Sendable {
    let scale: Scale
    private let labels: [String: Int]
    private let missing: Set<String>

    /// Prepares a reader for `scale`, with any labels from a mapping file.
    public init(scale: Scale, mapping: MappingFile = MappingFile()) {
        self.scale = scale
        var labels: [String: Int] = [:]
        var missing = Set<String>()
        if scale.pointCount == 5 {
            let table = AgreementLabels.shipped
            for (point, words) in table.points {
                for word in words { labels[TextFolding.foldLabel(word)] = scale.min + point - 1 }
            }
            missing.formUnion(table.missing.map(TextFolding.foldLabel))
        }
        missing.insert("-99")
        for (offset, label) in scale.labels.enumerated() {
            labels[TextFolding.foldLabel(label)] = scale.min + offset
        }
        missing.formUnion(scale.missing.map(TextFolding.foldLabel))
        for (label, value) in mapping.labels { labels[TextFolding.foldLabel(label)] = value }
        missing.formUnion(mapping.missing.map(TextFolding.foldLabel))
        for label in missing { labels[label] = nil }
        self.labels = labels
        self.missing = missing
    }

    /// Reads one cell.
    public func read(_ cell: String) -> AnswerReading {
        if cell.isEmpty { return .missing }
        if let number = Self.plainInteger(cell) {
            return (scale.min...scale.max).contains(number) ? .value(number) : .outOfRange(number)
        }
        let folded = TextFolding.foldLabel(cell)
        if folded.isEmpty || missing.contains(folded) { return .missing }
        if let value = labels[folded] { return .value(value) }
        if let number = Int(folded) {
            return (scale.min...scale.max).contains(number) ? .value(number) : .outOfRange(number)
        }
        if let number = Double(folded), number == number.rounded(), abs(number) < 1e9 {
            let whole = Int(number)
            return (scale.min...scale.max).contains(whole) ? .value(whole) : .outOfRange(whole)
        }
        if let prefixed = prefixed(folded) { return prefixed }
        return .unknown(cell)
    }

    /// `5 - strongly agree`, `5. strongly agree`, `(5) strongly agree`, `5 = strongly agree`:
    /// the label decides when it is known, else the number.
    private func prefixed(_ folded: String) -> AnswerReading? {
        guard let rest = Self.afterNumberPrefix(folded) else { return nil }
        if let value = labels[rest] { return .value(value) }
        if missing.contains(rest) { return .missing }
        let start = folded.drop { $0 == "(" }
        let sign = start.hasPrefix("-") ? "-" : ""
        guard let number = Int(sign + start.drop { $0 == "-" }.prefix { $0.isNumber }) else { return nil }
        return (scale.min...scale.max).contains(number) ? .value(number) : .outOfRange(number)
    }

    /// The text after a number prefix, `^\(?(-?\d+)\)?\s*[-.:=)]?\s+` as a regular expression,
    /// found in one pass (the expression backtracked over a long run of digits or spaces):
    /// an optional `(`, an optional `-`, digits, an optional `)`, then white space, or a
    /// `-.:=)` between optional white space before and some after. All white space is taken.
    static func afterNumberPrefix(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func skip(_ scalar: Unicode.Scalar) {
            if index < scalars.endIndex, scalars[index] == scalar { index = scalars.index(after: index) }
        }
        func skipSpaces() -> Bool {
            let start = index
            while index < scalars.endIndex, scalars[index].isRegexSpace { index = scalars.index(after: index) }
            return index > start
        }
        skip("(")
        skip("-")
        let digits = index
        while index < scalars.endIndex, scalars[index].isRegexDigit { index = scalars.index(after: index) }
        guard index > digits else { return nil }
        skip(")")
        let spaced = skipSpaces()
        if index < scalars.endIndex, "-.:=)".unicodeScalars.contains(scalars[index]) {
            let symbol = index
            index = scalars.index(after: index)
            if skipSpaces() { return String(scalars[index...]) }
            index = symbol
        }
        return spaced ? String(scalars[index...]) : nil
    }

    /// A cell of one to three ASCII digits and nothing else, the common case, read without
    /// folding (folding is Unicode-aware and dominated import time in `make benchmark`).
    private static func plainInteger(_ cell: String) -> Int? {
        let bytes = cell.utf8
        guard !bytes.isEmpty, bytes.count <= 3 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// How to write a valid answer, for messages: the range and the labels.
    public var validAnswers: String {
        let labelList = scale.labels.map { "\"\($0)\"" }.joined(separator: ", ")
        return "a whole number from \(scale.min) to \(scale.max), or one of \(labelList)"
    }
}
