import TapestryScoring

/// Headings under a mapping file's `columns:` that match no column of an export (a typo, a
/// heading from another platform's export): each is a warning that names the mapping file,
/// the heading's line and the closest headings of the export, instead of being ignored.
///
/// A heading matches a column when it folds (``TextFolding/fold(_:)``) to the same text as
/// any of the column's names, as the item matcher compares them. The closest headings are
/// those within a few edits (``editLimit(_:)``), nearest first, at most ``suggestions``.
struct UnmatchedMappingHeadings {
    /// The most closest headings named in one finding: 3.
    static let suggestions = 3

    /// The most work spent looking for closest headings in one export, in cells of the
    /// banded edit distance (the shorter length times the band's width, summed over the pairs
    /// compared): 4 million, at worst (headings alike, so that no comparison ends early) about
    /// 1.5 s in a debug build and a tenth of that in a release build. Ten mistyped headings of
    /// 30 characters against a 500-column export cost at most 10 × 500 × 30 × 21 = 3.2
    /// million, and far less in practice: most pairs are dropped at once by their lengths.
    /// Past the budget the findings still name every unmatched heading, and say that the
    /// export has too many headings to look for the closest.
    static let comparisonBudget = 4_000_000

    /// The findings for `mapping` against the columns of `export` (its path).
    static func findings(_ mapping: MappingFile, headers: [ColumnHeader], export: String,
                         budget: Int = comparisonBudget) -> [Finding] {
        guard !mapping.columns.isEmpty else { return [] }
        let known = Set(headers.flatMap { $0.names.map(TextFolding.fold) })
        let unmatched = mapping.columns.keys
            .filter { !known.contains(TextFolding.fold($0)) }
            .sorted { (mapping.columnLines[$0] ?? 0, $0) < (mapping.columnLines[$1] ?? 0, $1) }
        guard !unmatched.isEmpty else { return [] }
        // Each column once, by its folded names, in the export's order.
        let columns: [(display: String, names: [[Unicode.Scalar]])] = headers.map { header in
            (header.display, Array(Set(header.names.map(TextFolding.fold))).sorted().map { Array($0.unicodeScalars) })
        }
        var remaining = budget
        var findings: [Finding] = []
        for (index, heading) in unmatched.enumerated() {
            guard index < TextLimits.findingsPerKind else {
                findings.append(Finding(
                    severity: .warning, file: mapping.file ?? "the mapping file",
                    message: "\(unmatched.count - index) more headings under `columns:` match no column of \(export); they are not listed one by one."))
                break
            }
            let closest = nearest(heading, in: columns, budget: &remaining)
            let advice = switch closest {
            case nil:
                "The export has too many headings to look for the closest; `tapestry inspect \(export)` lists them."
            case let names? where names.isEmpty:
                "No heading of the export is close; `tapestry inspect \(export)` lists them."
            case let names?:
                "The closest: " + names.map { "\"\($0)\"" }.joined(separator: ", ") + "."
            }
            findings.append(Finding(
                severity: .warning, file: mapping.file ?? "the mapping file", line: mapping.columnLines[heading],
                message: "the heading \"\(heading)\" under `columns:` matches no column of \(export), so it maps nothing. "
                    + advice + " Write the heading as `tapestry inspect` shows it, or remove the line."))
        }
        return findings
    }

    /// The edits allowed between a heading of `length` characters and a column's: a third of
    /// the length, from 2 to 10.
    static func editLimit(_ length: Int) -> Int {
        min(10, max(2, length / 3))
    }

    /// The displays of the columns closest to `heading`, nearest first; nil when the budget ran
    /// out before every column was compared.
    private static func nearest(_ heading: String, in columns: [(display: String, names: [[Unicode.Scalar]])],
                                budget: inout Int) -> [String]? {
        guard budget >= 0 else { return nil }
        let target = Array(TextFolding.fold(heading).unicodeScalars)
        guard target.count <= ItemMatcher.nearMatchLength else { return [] }
        let limit = editLimit(target.count)
        var found: [(distance: Int, order: Int, display: String)] = []
        for (order, column) in columns.enumerated() {
            var best: Int?
            for name in column.names where abs(name.count - target.count) <= limit {
                let cost = min(name.count, target.count) * (2 * limit + 1)
                guard cost <= budget else {
                    budget = -1  // spent: no later heading is searched either
                    return nil
                }
                budget -= cost
                if let distance = EditDistance.bounded(target, name, limit: limit) { best = min(best ?? distance, distance) }
            }
            if let best, !column.display.isEmpty { found.append((best, order, column.display)) }
        }
        return found.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(suggestions).map(\.display)
    }
}
