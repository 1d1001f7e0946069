import Foundation
import TapestryScoring

/// `tapestry compare` for a workshop: groups side by side (mean and agreement), where each
/// group differs most from the rest of the room, and the statements that split the groups.
public struct ComparisonRenderer: Sendable {
    private let style: TerminalStyle

    /// Creates the renderer; `colored` adds ANSI colours.
    public init(colored: Bool) {
        style = TerminalStyle(colored: colored)
    }

    /// The comparison of the latest round, ending with a newline.
    public func render(_ assessment: Assessment, groupColumn: String) -> String {
        guard let round = assessment.latestRound else { return "No round to compare.\n" }
        let instrument = assessment.instrument
        let titles = Dictionary(uniqueKeysWithValues: instrument.dimensions.map { ($0.id, $0.title) })
        let texts = Dictionary(uniqueKeysWithValues: instrument.items.map { ($0.id, $0.text) })
        let options = assessment.options
        var lines = [style.heading("Comparing groups by \(TerminalStyle.clean(groupColumn))")
            + " · round \(TerminalStyle.clean(round.label)): \(round.groups.count) groups, \(round.rows.accepted) respondents"]
        lines.append(options.isAnonymous
            ? style.dim("Groups under \(options.minimumGroupSize) respondents are not shown. For an open workshop, --min-group-size 1 shows every table.")
            : style.warning("Not anonymous: groups as small as \(options.minimumGroupSize) are shown (--min-group-size \(options.minimumGroupSize))."))
        let shown = round.groups.filter { !$0.suppressed }
        lines.append("")
        if shown.isEmpty {
            lines.append("No group is large enough to show.")
        } else {
            var table = TextTable(alignments: [.left] + shown.map { _ in .right })
            table.rows.append(["Mean (agreement rwg)"] + shown.map { TerminalStyle.clean($0.name) })
            table.rows.append(["n"] + shown.map { String($0.n) })
            for (index, dimension) in round.dimensions.enumerated() {
                table.rows.append([(titles[dimension.id] ?? dimension.id) + (dimension.polarity == .negative ? " ↓" : "")] + shown.map { group in
                    let statistics = group.dimensions[index]
                    let mean = statistics.mean.map { String(format: "%.2f", $0) } ?? "–"
                    let rwg = statistics.rwg.map { String(format: "%.2f", $0) } ?? "–"
                    return "\(mean) (\(rwg))"
                })
            }
            lines += table.lines { row, column, text in
                if row <= 1 { return style.dim(text) }
                if column == 0 { return text }
                return style.band(text, shown[column - 1].dimensions[row - 2].band)
            }.map { "  " + $0 }
            lines.append(style.dim("  ↓ agreeing means worse. In brackets: agreement within the group (below 0.7, its members see it differently)."))
        }
        let suppressed = round.groups.filter(\.suppressed)
        if !suppressed.isEmpty {
            lines.append("  Not shown: " + suppressed.map { "\(TerminalStyle.clean($0.name)) (n=\($0.n))" }.joined(separator: ", "))
        }
        let comparison = GroupComparison(round, instrument: instrument)
        if !comparison.differences.isEmpty {
            lines.append("")
            lines.append(style.heading("Where each group differs most from the rest of the room"))
            for difference in comparison.differences {
                lines.append("  \(TerminalStyle.clean(difference.group)): \(titles[difference.dimension] ?? difference.dimension) "
                    + String(format: "%.2f against %.2f for everyone else (%+.2f)", difference.groupMean, difference.restMean, difference.gap))
            }
        }
        if !comparison.spreads.isEmpty {
            lines.append("")
            lines.append(style.heading("Statements that split the groups most"))
            for spread in comparison.spreads {
                lines.append("  \(spread.item) \"\(texts[spread.item] ?? "")\"")
                lines.append("      " + String(format: "%@ %.2f … %@ %.2f (range %.2f)", TerminalStyle.clean(spread.lowest.group), spread.lowest.mean,
                                                TerminalStyle.clean(spread.highest.group), spread.highest.mean, spread.range))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
