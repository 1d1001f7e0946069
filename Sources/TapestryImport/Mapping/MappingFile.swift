import Foundation
import TapestryScoring
import Yams

/// A coordinator's mapping file (`--map FILE.yaml`), for what tapestry cannot work out:
///
/// ```yaml
/// columns:                 # heading (as `tapestry inspect` shows it) → item id
///   "Q2[SQ001]": EQ1
/// labels:                  # an answer as exported → a point on the scale
///   A1: 1
///   "Plutôt d'accord": 4
/// missing:                 # answers that mean "don't know"
///   - "Sin opinión"
/// choices:                 # a connection question's choice codes → names
///   works_with:
///     "1": Riverside Food Bank
///     SQ002: St Mark's Church
/// ```
public struct MappingFile: Sendable, Equatable {
    /// Heading → item id.
    public var columns: [String: String]
    /// Answer label → scale value.
    public var labels: [String: Int]
    /// Extra labels counted as missing.
    public var missing: [String]
    /// Connection question id → choice code (Qualtrics' numbers, LimeSurvey's `SQ001`) → name.
    public var choices: [String: [String: String]] = [:]
    /// The file it was read from, when it was read from one.
    public var file: String?
    /// The line of each heading under `columns:` in ``file``.
    public var columnLines: [String: Int] = [:]

    /// Creates a mapping.
    public init(columns: [String: String] = [:], labels: [String: Int] = [:], missing: [String] = []) {
        self.columns = columns
        self.labels = labels
        self.missing = missing
    }

    /// Two mappings are equal when they map the same; where they were read from does not count.
    public static func == (lhs: MappingFile, rhs: MappingFile) -> Bool {
        lhs.columns == rhs.columns && lhs.labels == rhs.labels && lhs.missing == rhs.missing && lhs.choices == rhs.choices
    }

    /// Reads and checks a mapping file against the instrument: every item id must exist and
    /// every label must map to a point on the scale. Errors name the file and line.
    public static func load(yaml: String, file: String, instrument: Instrument) throws -> MappingFile {
        func invalid(_ node: Node?, _ problem: String) -> ImportError {
            .invalidMapping(file: file, line: node?.mark?.line, problem: problem)
        }
        let root: Node?
        do {
            root = try SettingsYAML.compose(yaml)
        } catch let problem as SettingsYAML.Problem {
            throw ImportError.invalidMapping(file: file, line: problem.line, problem: problem.kind == .syntax
                                             ? "not valid YAML (\(problem.message)); fix the YAML at that place."
                                             : problem.message)
        }
        guard let root else { return MappingFile() }
        guard let mapping = root.mapping else { throw invalid(root, "expected `columns:`, `labels:` and `missing:` sections.") }
        var result = MappingFile()
        result.file = file
        let itemIds = Set(instrument.items.map(\.id) + instrument.connections.map(\.id))
        let connectionIds = Set(instrument.connections.map(\.id))
        for (key, value) in mapping {
            switch key.string {
            case "columns":
                guard let entries = value.mapping else { throw invalid(value, "`columns` must map headings to item ids.") }
                for (headingNode, idNode) in entries {
                    guard let heading = headingNode.string, let id = idNode.string else {
                        throw invalid(idNode, "expected `heading: ITEM_ID`.")
                    }
                    guard itemIds.contains(id) else {
                        throw invalid(idNode, "`\(id)` is not an item of instrument `\(instrument.id)`; `tapestry instrument --format markdown` lists them.")
                    }
                    result.columns[heading] = id
                    result.columnLines[heading] = headingNode.mark?.line
                }
            case "labels":
                guard let entries = value.mapping else { throw invalid(value, "`labels` must map answers to numbers.") }
                for (label, number) in entries {
                    guard let label = label.string, let point = SettingsYAML.integer(number),
                          (instrument.scale.min...instrument.scale.max).contains(point) else {
                        throw invalid(number, "a label must map to a whole number from \(instrument.scale.min) to \(instrument.scale.max).")
                    }
                    result.labels[label] = point
                }
            case "missing":
                guard let entries = value.sequence else { throw invalid(value, "`missing` must be a list of answers.") }
                result.missing += entries.compactMap(\.string)
            case "choices":
                guard let entries = value.mapping else { throw invalid(value, "`choices` must map connection question ids to their choices.") }
                for (idNode, table) in entries {
                    guard let id = idNode.string, connectionIds.contains(id) else {
                        throw invalid(idNode, "`\(idNode.string ?? "?")` is not a connection question of instrument `\(instrument.id)`.")
                    }
                    guard let codes = table.mapping else { throw invalid(table, "expected `CODE: name` lines under `\(id)`.") }
                    for (code, name) in codes {
                        guard let code = code.string, let name = name.string, !name.trimmed.isEmpty else {
                            throw invalid(name, "expected `CODE: name`.")
                        }
                        result.choices[id, default: [:]][code] = name
                    }
                }
            default:
                throw invalid(key, "unknown section `\(key.string ?? "?")`; use `columns`, `labels`, `missing` or `choices`.")
            }
        }
        return result
    }

    /// The line to add under `columns:` to map `heading` to an item (`ITEM_ID` when unknown).
    public static func columnLine(heading: String, item: String = "ITEM_ID") -> String {
        let escaped = heading.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "  \"\(escaped)\": \(item)"
    }
}
