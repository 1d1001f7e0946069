import Foundation
import Yams

/// Reads typed values out of a YAML node tree and turns anything unexpected into an
/// ``InstrumentError`` that points at the node. Texts and ids longer than
/// ``InstrumentLoader/maximumTextLength`` and ``InstrumentLoader/maximumIdentifierLength`` are
/// refused.
struct NodeReader {
    let file: String

    func invalid(_ node: Node, _ problem: String) -> InstrumentError {
        .invalid(file: file, line: node.mark?.line, column: node.mark?.column, problem: problem)
    }

    func required(_ key: String, in mapping: Node.Mapping, at owner: Node) throws -> Node {
        guard let value = mapping[key] else {
            throw invalid(owner, "`\(key)` is missing here; add it.")
        }
        return value
    }

    func string(_ key: String, in mapping: Node.Mapping, at owner: Node) throws -> String {
        let node = try required(key, in: mapping, at: owner)
        guard let text = node.scalar?.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw invalid(node, "`\(key)` must be a non-empty text.")
        }
        try checkLength(text, at: node)
        return text
    }

    /// Refuses a text longer than ``InstrumentLoader/maximumTextLength``.
    func checkLength(_ text: String, at node: Node) throws {
        let limit = InstrumentLoader.maximumTextLength
        guard text.count <= limit else {
            throw invalid(node, "this text is \(text.count) characters long; a text may have at most \(limit). Shorten it.")
        }
    }

    /// A text usable as an id or CSV column name: no spaces, commas or quotes.
    func identifier(_ key: String, in mapping: Node.Mapping, at owner: Node) throws -> String {
        let node = try required(key, in: mapping, at: owner)
        let text = try string(key, in: mapping, at: owner)
        let limit = InstrumentLoader.maximumIdentifierLength
        guard text.count <= limit else {
            throw invalid(node, "`\(key)` is \(text.count) characters long; an id may have at most \(limit). Shorten it.")
        }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" || scalar == "."
        }
        guard allowed else {
            throw invalid(node, "`\(key)` must be letters, digits, `_`, `-` or `.` only (it becomes a column name), not `\(text)`.")
        }
        return text
    }

    /// A whole number in `range`.
    func integer(_ key: String, in mapping: Node.Mapping, at owner: Node, within range: ClosedRange<Int>) throws -> Int {
        let node = try required(key, in: mapping, at: owner)
        guard let value = SettingsYAML.integer(node) else {
            throw invalid(node, "`\(key)` must be a whole number.")
        }
        guard range.contains(value) else {
            throw invalid(node, "`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(value).")
        }
        return value
    }

    func strings(_ node: Node) throws -> [String] {
        guard let elements = node.sequence else {
            throw invalid(node, "expected a list of texts here.")
        }
        return try elements.map { element in
            guard let text = element.scalar?.string, !text.isEmpty else {
                throw invalid(element, "expected a non-empty text here.")
            }
            try checkLength(text, at: element)
            return text
        }
    }
}
