import Foundation

/// A plain-text table with left- or right-aligned columns, padded by display width. Package
/// access: `tapestry inspect`'s text, in the command-line target, lays out its columns with it.
package struct TextTable {
    package enum Alignment { case left, right }

    package var alignments: [Alignment]
    package var rows: [[String]] = []

    package init(alignments: [Alignment], rows: [[String]] = []) {
        self.alignments = alignments
        self.rows = rows
    }

    /// Lines of the table; `style` is applied to each cell after padding (so colour codes do
    /// not upset the alignment).
    package func lines(gap: String = "  ", style: (_ row: Int, _ column: Int, _ text: String) -> String = { $2 }) -> [String] {
        var widths = Array(repeating: 0, count: alignments.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        return rows.enumerated().map { rowIndex, row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let padded = alignments[column] == .left ? cell + padding : padding + cell
                return style(rowIndex, column, padded)
            }
            .joined(separator: gap)
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
