import Foundation
import TapestryScoring

/// The portfolio as Markdown (`portfolio.md`): the comparison table and one line per
/// coalition, laid out from each coalition's report model; every name escaped.
public enum PortfolioMarkdown {
    /// The Markdown text, ending with a newline.
    public static func render(_ entries: [PortfolioEntry]) -> String {
        let categories = PortfolioEntry.categories(entries)
        var lines = [
            "# Partnership health across \(entries.count) coalitions",
            "",
            "Health index 0–100 in each coalition's latest round. A change is called improved or declined only when its 95% interval excludes 0; coalitions with too few responses are listed with their number of responses only, not compared. Same members: how many members answered both rounds and were each compared with themselves (at least 5 are needed; otherwise the two rounds are compared as groups).",
            "",
            "| Coalition | Latest round | Responses | Health index | Change | What it shows | Same members |"
                + categories.map { " \(MarkdownText.cell(ReportWords.category($0))) |" }.joined(),
            "|---|---|--:|--:|--:|---|--:|" + categories.map { _ in "---|" }.joined(),
        ]
        for entry in entries {
            let latest = entry.model.latest
            var cells = [MarkdownText.cell(entry.name), MarkdownText.cell(latest?.label ?? "–"), String(latest?.respondents ?? 0)]
            if entry.isCompared {
                let change = entry.healthChange
                cells += [ReportNumbers.health(latest?.healthIndex), change?.differenceText ?? "–", change?.words ?? "first round",
                          entry.sameMembers.map(String.init) ?? "–"]
                let bands = latest?.categories ?? []
                cells += categories.map { category in bands.first { $0.id == category }?.bandWord ?? "–" }
            } else {
                cells += ["–", "–", entry.notComparedReason ?? "", "–"] + categories.map { _ in "–" }
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        if let thresholds = entries.first(where: \.isCompared)?.model.thresholds, !categories.isEmpty {
            lines.append(categories.map(ReportWords.category).joined(separator: ", ")
                         + ": each category's band in the latest round, from its health (the mean of its areas' health, 0–100) — "
                         + thresholds.bandLegend)
            lines.append("")
        }
        lines.append("The workbook portfolio.xlsx has each compared coalition's summary on its own sheet.")
        return lines.joined(separator: "\n") + "\n"
    }
}
