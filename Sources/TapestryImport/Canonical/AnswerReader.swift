import TapestryScoring

/// Reads answer cells: numbers on the scale, the scale's labels and its missing labels, in
/// any case and spacing.
public struct AnswerReader: Sendable {
    private let scale: Scale
    private let labels: [String: Int]
    private let missing: Set<String>

    /// Prepares a reader for `scale`.
    public init(scale: Scale) {
        self.scale = scale
        var labels: [String: Int] = [:]
        for (offset, label) in scale.labels.enumerated() {
            labels[TextFolding.fold(label)] = scale.min + offset
        }
        self.labels = labels
        missing = Set(scale.missing.map(TextFolding.fold))
    }

    /// Reads one cell.
    public func read(_ cell: String) -> AnswerReading {
        if let number = Self.plainInteger(cell) {
            return (scale.min...scale.max).contains(number) ? .value(number) : .outOfRange(number)
        }
        let folded = TextFolding.fold(cell)
        if folded.isEmpty || missing.contains(folded) { return .missing }
        if let number = Int(folded) {
            return (scale.min...scale.max).contains(number) ? .value(number) : .outOfRange(number)
        }
        if let number = Double(folded), number == number.rounded(), abs(number) < 1e9 {
            let whole = Int(number)
            return (scale.min...scale.max).contains(whole) ? .value(whole) : .outOfRange(whole)
        }
        if let value = labels[folded] { return .value(value) }
        return .unknown(cell)
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
