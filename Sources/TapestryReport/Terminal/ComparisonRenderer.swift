import Foundation
import TapestryScoring

/// `tapestry compare` for a workshop: lays out the ``ComparisonModel`` — the groups side by
/// side (score and agreement), the privacy rule and why each hidden group is hidden, where each
/// group differs most from the rest of the room, and the statements that split the groups.
public struct ComparisonRenderer: Sendable {
    private let style: TerminalStyle

    /// Creates the renderer; `colored` adds ANSI colours.
    public init(colored: Bool) {
        style = TerminalStyle(colored: colored)
    }

    /// The comparison, ending with a newline.
    public func render(_ model: ComparisonModel) -> String {
        guard model.round != nil else { return model.roundLine + "\n" }
        var lines = [style.heading(clean(model.title)) + " · " + clean(model.roundLine)]
        if let groups = model.groups {
            lines += wrap(clean(groups.rule), indent: "").map { groups.anonymous ? style.dim($0) : style.warning($0) }
        }
        if let advice = model.openWorkshopAdvice {
            lines += wrap(advice, indent: "").map(style.dim)
        }
        lines.append("")
        let shown = model.shown
        if shown.isEmpty {
            lines.append(model.nothingShown)
        } else {
            // With agreement in brackets when the table fits the line, else the scores alone.
            let withAgreement = table(model, agreement: true)
            let fits = withAgreement.lines().allSatisfy { $0.count + 2 <= TerminalRenderer.lineWidth }
            lines += (fits ? withAgreement : table(model, agreement: false)).lines { row, column, text in
                if row <= 1 || column == 0 { return row <= 1 ? style.dim(text) : text }
                let cells = model.rows[row - 2].groups + [model.rows[row - 2].room]
                return style.band(text, cells[column - 1].band)
            }.map { "  " + $0 }
            lines += wrap(model.tableNote, indent: "  ").map(style.dim)
            if fits { lines += wrap("In brackets: " + model.agreementNote, indent: "  ").map(style.dim) }
            if model.rows.contains(where: { $0.groups.contains(where: \.standsOut) }) {
                lines += wrap(model.markNote, indent: "  ").map(style.dim)
            }
        }
        if let hidden = model.groups?.hiddenSentence(naming: TerminalRenderer.hiddenGroupsNamed) {
            lines += wrap(clean(hidden), indent: "  ")
        }
        if !model.differences.isEmpty {
            lines.append("")
            lines.append(style.heading("Where each group differs most from the rest of the room"))
            for difference in model.differences {
                lines += wrap("\(clean(difference.group)): \(clean(difference.sentence)); \(difference.chanceSentence).", indent: "  ")
            }
            if let note = model.chanceNote { lines += wrap(note, indent: "  ").map(style.dim) }
        }
        if !model.spreads.isEmpty {
            lines.append("")
            lines.append(style.heading("Statements that split the groups most"))
            for spread in model.spreads {
                lines += wrap("\(spread.item) \"\(clean(spread.text))\"", indent: "  ")
                lines.append("      \(clean(spread.lowest.group)) \(ReportNumbers.score(spread.lowest.mean)) … "
                    + "\(clean(spread.highest.group)) \(ReportNumbers.score(spread.highest.mean)) (range \(ReportNumbers.score(spread.range)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The side-by-side table: a row of names, a row of sizes, then each area's scores (a
    /// score that stands out from the rest of the room marked `*`), the whole room last.
    private func table(_ model: ComparisonModel, agreement: Bool) -> TextTable {
        var table = TextTable(alignments: [.left] + model.shown.map { _ in .right } + [.right])
        table.rows.append(["Area"] + model.shown.map { clean($0.name) } + [model.roomLabel])
        table.rows.append(["n"] + model.shown.map { String($0.n) } + [String(model.round?.respondents ?? 0)])
        for row in model.rows {
            table.rows.append([clean(row.area.label)] + (row.groups + [row.room]).map { cell in
                guard cell.mean != nil else { return ReportNumbers.score(nil) }
                let score = ReportNumbers.score(cell.mean) + (cell.standsOut ? "*" : "")
                return agreement ? "\(score) (\(ReportNumbers.fixed(cell.agreement, decimals: 2)))" : score
            })
        }
        return table
    }

    /// `text` wrapped at ``TerminalRenderer/lineWidth``, every line after `indent`.
    private func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        var current = indent
        var empty = true
        for word in text.split(separator: " ") {
            if !empty && current.count + 1 + word.count > TerminalRenderer.lineWidth {
                lines.append(current)
                current = indent
                empty = true
            }
            current += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(current)
        return lines
    }

    private func clean(_ text: String) -> String { TerminalStyle.clean(text) }
}
