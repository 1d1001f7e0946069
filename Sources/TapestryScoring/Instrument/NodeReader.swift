import Foundation
import Yams

/// Reads typed values out of a YAML node tree and turns anything unexpected into an
/// ``InstrumentError`` that points at the node.
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
        return text
    }

    /// A text usable as an id or CSV column name: no spaces, commas or quotes.
    func identifier(_ key: String, in mapping: Node.Mapping, at owner: Node) throws -> String {
        let text = try string(key, in: mapping, at: owner)
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" || scalar == "."
        }
        guard allowed else {
            throw invalid(mapping[key]!, "`\(key)` must be letters, digits, `_`, `-` or `.` only (it becomes a column name), not `\(text)`.")
        }
        return text
    }

    func integer(_ key: String, in mapping: Node.Mapping, at owner: Node) throws -> Int {
        let node = try required(key, in: mapping, at: owner)
        guard let value = node.int else {
            throw invalid(node, "`\(key)` must be a whole number.")
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
            return text
        }
    }
}
