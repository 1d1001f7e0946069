import Foundation

/// A plain-text table with left- or right-aligned columns, padded by display width. Given a
/// width, it fits into it by wrapping cells at spaces (the first column first: area names wrap
/// onto a second line, indented). Package access: `tapestry inspect`'s text, in the
/// command-line target, lays out its columns with it (at its natural width, as before).
package struct TextTable {
    package enum Alignment { case left, right }

    package var alignments: [Alignment]
    package var rows: [[String]] = []

    /// The first column is narrowed to this many characters (or its own width, if less) before
    /// any other column's cells are wrapped.
    package static let comfortableFirstColumn = 20
    /// No column is made narrower than this, even if a word has to be cut.
    package static let narrowestColumn = 8
    /// How far a wrapped cell of the first column indents its further lines.
    package static let hangingIndent = 2

    package init(alignments: [Alignment], rows: [[String]] = []) {
        self.alignments = alignments
        self.rows = rows
    }

    /// Lines of the table; `style` is applied to each cell after padding (so colour codes do
    /// not upset the alignment). With a `width`, the table wraps its cells to fit in it as far
    /// as ``columnWidths(fitting:gap:)`` can; without one (the default) it keeps every cell on
    /// one line.
    package func lines(gap: String = "  ", width: Int? = nil,
                       style: (_ row: Int, _ column: Int, _ text: String) -> String = { $2 }) -> [String] {
        let widths = columnWidths(fitting: width, gap: gap.count)
        var lines: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, cell in
                Self.wrap(cell, width: widths[column], hanging: column == 0 ? Self.hangingIndent : 0)
            }
            let height = cells.map(\.count).max() ?? 1
            for line in 0..<height {
                let text = cells.enumerated().map { column, parts in
                    let cell = line < parts.count ? parts[line] : ""
                    let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                    let padded = alignments[column] == .left ? cell + padding : padding + cell
                    return style(rowIndex, column, padded)
                }
                .joined(separator: gap)
                lines.append(text.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            }
        }
        return lines
    }

    /// Whether the table fits in `width` with its first column at least
    /// ``comfortableFirstColumn`` wide (or its own width), no word of any cell cut and no cell
    /// but a heading wrapped outside the first column: when it does not, a caller may split the
    /// table's columns into blocks.
    package func fits(width: Int, gap: Int = 2) -> Bool {
        let natural = naturalWidths
        guard !natural.isEmpty else { return true }
        let first = max(min(natural[0], Self.comfortableFirstColumn), wordWidths[0])
        let rest = headingWrapWidths.dropFirst().reduce(0, +)
        return first + rest + gap * (natural.count - 1) <= width
    }

    /// Each column's width: the widest cell's, or, when that makes the table wider than `width`,
    /// narrower in this order until it fits: the other columns, widest first, down to their
    /// widest cell below the heading (their headings wrap), the first column down to
    /// ``comfortableFirstColumn`` (or its longest word), then the other columns down to their
    /// longest word, the first column down to its longest word, and last the first column down
    /// to ``narrowestColumn`` (cutting its words).
    package func columnWidths(fitting width: Int?, gap: Int) -> [Int] {
        var widths = naturalWidths
        guard let width, !widths.isEmpty else { return widths }
        let words = wordWidths
        let headings = headingWrapWidths
        func excess() -> Int { widths.reduce(0, +) + gap * (widths.count - 1) - width }
        func shrink(_ column: Int, to floor: Int) {
            let over = excess()
            guard over > 0 else { return }
            let narrower = max(min(widths[column], floor), widths[column] - over)
            // As wide as the wrapped cells then are, no wider.
            widths[column] = rows.map { row in
                column < row.count ? Self.wrap(row[column], width: narrower, hanging: column == 0 ? Self.hangingIndent : 0).map(\.count).max() ?? 0 : 0
            }.max() ?? narrower
        }
        let others = widths.indices.dropFirst().sorted { widths[$0] > widths[$1] }
        for column in others { shrink(column, to: headings[column]) }
        shrink(0, to: max(min(widths[0], Self.comfortableFirstColumn), words[0]))
        for column in others { shrink(column, to: words[column]) }
        shrink(0, to: words[0])
        shrink(0, to: min(widths[0], Self.narrowestColumn))
        return widths
    }

    /// The widest cell of each column.
    private var naturalWidths: [Int] {
        var widths = Array(repeating: 0, count: alignments.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        return widths
    }

    /// The longest word of each column (the first column's counted with its hanging indent).
    private var wordWidths: [Int] {
        var widths = Array(repeating: 0, count: alignments.count)
        for row in rows {
            for (column, cell) in row.enumerated() {
                let words = cell.split(separator: " ").map(\.count)
                let longest = (words.max() ?? 0) + (column == 0 && words.count > 1 ? Self.hangingIndent : 0)
                widths[column] = max(widths[column], min(longest, cell.count))
            }
        }
        return widths
    }

    /// Each column's width with only its heading (the first row) wrapped: the widest cell below
    /// it, or the heading's longest word.
    private var headingWrapWidths: [Int] {
        var widths = Array(repeating: 0, count: alignments.count)
        for (index, row) in rows.enumerated() {
            for (column, cell) in row.enumerated() {
                let width = index == 0 ? (cell.split(separator: " ").map(\.count).max() ?? 0) : cell.count
                widths[column] = max(widths[column], width)
            }
        }
        return widths
    }

    /// `cell` in lines of at most `width` characters, broken at spaces, the lines after the
    /// first indented by `hanging`; a word too long for a line is cut, ending in "…".
    static func wrap(_ cell: String, width: Int, hanging: Int) -> [String] {
        guard cell.count > width else { return [cell] }
        let indent = String(repeating: " ", count: hanging)
        var lines: [String] = []
        var current = ""
        for word in cell.split(separator: " ").map(String.init) {
            if !current.isEmpty && current.count + 1 + word.count <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            let start = lines.isEmpty ? "" : indent
            let room = width - start.count
            current = start + (word.count > room ? String(word.prefix(max(1, room - 1))) + "…" : word)
        }
        lines.append(current)
        return lines
    }
}
