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
        guard let round = model.round else { return model.roundLine + "\n" }
        var lines = [style.heading(clean(model.title)) + " · " + clean(model.roundLine)]
        if let groups = model.groups {
            lines += wrap(clean(groups.rule), indent: "").map { groups.anonymous ? style.dim($0) : style.warning($0) }
        }
        if let advice = model.openWorkshopAdvice {
            lines += wrap(advice, indent: "").map(style.dim)
        }
        lines.append("")
        let shown = model.groups?.shown ?? []
        if shown.isEmpty {
            lines.append(model.nothingShown)
        } else {
            var table = TextTable(alignments: [.left] + shown.map { _ in .right })
            table.rows.append(["Area"] + shown.map { clean($0.name) })
            table.rows.append(["n"] + shown.map { String($0.n) })
            for (index, area) in round.areas.enumerated() {
                table.rows.append([clean(area.label)] + shown.map { group in
                    let statistics = group.areas[index].statistics
                    guard statistics.mean != nil else { return ReportNumbers.score(nil) }
                    return "\(ReportNumbers.score(statistics.mean)) (\(ReportNumbers.fixed(statistics.rwg, decimals: 2)))"
                })
            }
            lines += table.lines { row, column, text in
                if row <= 1 { return style.dim(text) }
                if column == 0 { return text }
                return style.band(text, shown[column - 1].areas[row - 2].band)
            }.map { "  " + $0 }
            lines += wrap(model.tableNote, indent: "  ").map(style.dim)
        }
        if let hidden = model.groups?.hiddenSentence(naming: TerminalRenderer.hiddenGroupsNamed) {
            lines += wrap(clean(hidden), indent: "  ")
        }
        if !model.differences.isEmpty {
            lines.append("")
            lines.append(style.heading("Where each group differs most from the rest of the room"))
            for difference in model.differences {
                lines += wrap("\(clean(difference.group)): \(clean(difference.sentence))", indent: "  ")
            }
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
