import Foundation
import TapestryScoring

/// The summary printed to the terminal: readable at a glance. It lays out the report model —
/// the latest round's health index and balance, each area with its score, band, health and
/// share at strength level, the strongest and weakest areas, where members see things
/// differently, the groups side by side, the latest changes, then the findings — and decides
/// nothing itself but the layout and the colours.
public struct TerminalRenderer: ReportRenderer {
    /// How many findings are printed before the rest are counted.
    public static let findingsShown = 10

    /// The width long lines are wrapped at.
    public static let lineWidth = 100

    /// How many hidden groups are named before the rest are counted.
    public static let hiddenGroupsNamed = 10

    private let style: TerminalStyle

    /// Creates the renderer; `colored` adds ANSI colours (use it only for a terminal).
    public init(colored: Bool) {
        style = TerminalStyle(colored: colored)
    }

    /// The summary, ending with a newline.
    public func render(_ model: ReportModel) -> String {
        var lines = [style.heading(clean(model.title + (model.coalition.map { " · " + $0 } ?? "")))]
        lines.append(style.dim(clean("Instrument: " + model.instrumentLine)))
        let earlier = model.rounds.filter { $0.label != model.latest?.label }
        if !earlier.isEmpty {
            lines.append("")
            for round in earlier {
                lines.append("Round \(clean(round.label)): \(round.rowsLine); health index \(ReportNumbers.health(round.healthIndex))"
                    + style.dim(" (details: --format json, markdown, html or xlsx)"))
            }
        }
        if let latest = model.latest {
            lines.append("")
            lines += roundLines(latest, model: model)
        }
        if let trend = model.trend {
            lines.append("")
            lines += changeLines(trend, model: model)
        }
        lines.append("")
        lines += findingLines(model.findings)
        return lines.joined(separator: "\n") + "\n"
    }

    private func roundLines(_ round: ReportModel.Round, model: ReportModel) -> [String] {
        var lines = [style.heading("Round \(clean(round.label))") + ": " + round.rowsLine]
        guard let healthIndex = round.healthIndex else {
            return lines + paragraph(ReportWords.nothingScored)
        }
        lines.append("")
        lines.append("  Health index  " + style.heading(ReportNumbers.health(healthIndex)) + " / 100 ("
            + style.band(ReportWords.band(round.healthBand), round.healthBand) + ")")
        if round.balance != nil {
            lines += wrap(model.balanceSentence, prefix: "  Balance       ")
        }
        lines.append("")
        var table = TextTable(alignments: [.left, .right, .left, .left, .right, .right, .right])
        table.rows.append(["Area", "Score", "95% CI", "Band", "Health", "At strength", "n"])
        for area in round.areas {
            let statistics = area.statistics
            table.rows.append([
                clean(area.label),
                ReportNumbers.score(statistics.mean),
                ReportNumbers.interval(statistics.ci95?.lower, statistics.ci95?.upper),
                area.bandWord,
                ReportNumbers.health(area.health),
                ReportNumbers.percent(statistics.favorable),
                String(statistics.n),
            ])
        }
        lines += table.lines { row, column, text in
            if row == 0 { return style.dim(text) }
            return column == 3 ? style.band(text, round.areas[row - 1].band) : text
        }.map { "  " + $0 }
        lines += paragraph(model.areasNote).map(style.dim)
        lines.append("")
        if !round.strongest.isEmpty {
            lines += wrap(highlights(round.strongest), prefix: "  Strongest  ")
            lines += wrap(highlights(round.weakest), prefix: "  Weakest    ")
        }
        lines += paragraph(model.disagreementSentence).map { round.divided.isEmpty ? $0 : style.warning($0) }
        if let reliability = model.reliabilitySentence {
            lines += paragraph(reliability)
        }
        if let groups = round.groups {
            lines.append("")
            lines += groupLines(groups, round: round)
        }
        return lines
    }

    /// "Gains 3.92 · Costs (lower is better) 2.86".
    private func highlights(_ areas: [ReportModel.Area]) -> String {
        areas.map { "\(clean($0.label)) \(ReportNumbers.score($0.statistics.mean))" }.joined(separator: " · ")
    }

    private func groupLines(_ groups: ReportModel.Groups, round: ReportModel.Round) -> [String] {
        var lines = [style.heading("  Groups") + style.dim(" (score in each area)")]
        lines += paragraph(groups.rule).map { groups.anonymous ? style.dim($0) : style.warning($0) }
        let shown = groups.shown
        if !shown.isEmpty {
            var table = TextTable(alignments: [.left] + shown.map { _ in .right })
            table.rows.append(["Area"] + shown.map { Self.shortName(clean($0.name)) })
            table.rows.append(["n"] + shown.map { String($0.n) })
            for (index, area) in round.areas.enumerated() {
                table.rows.append([clean(area.label)] + shown.map { ReportNumbers.score($0.areas[index].statistics.mean) })
            }
            lines += table.lines { row, column, text in
                if row <= 1 { return style.dim(text) }
                if column == 0 { return text }
                return style.band(text, shown[column - 1].areas[row - 2].band)
            }.map { "  " + $0 }
        }
        if let hidden = groups.hiddenSentence(naming: Self.hiddenGroupsNamed) {
            lines += paragraph(clean(hidden))
        }
        return lines
    }

    /// The changes into the latest round: each area's difference and 95% interval, and what
    /// the interval supports.
    private func changeLines(_ trend: ReportModel.Trend, model: ReportModel) -> [String] {
        var lines = [style.heading("Change from \(clean(trend.from)) to \(clean(trend.to))")]
        lines += paragraph(clean(trend.pairing)).map(style.dim)
        var table = TextTable(alignments: [.left, .right, .left, .left, .left])
        table.rows.append(["Area", "Change", "95% CI", "What it shows", "Band"])
        for change in trend.latestChanges {
            table.rows.append([clean(change.title), change.differenceText, change.intervalText, change.words, change.bandChange ?? ""])
        }
        lines += table.lines { row, column, text in
            if row == 0 { return style.dim(text) }
            guard column == 3 else { return text }
            switch trend.latestChanges[row - 1].result.direction {
            case .improved: return style.band(text, .strength)
            case .declined: return style.band(text, .concern)
            case .unclear: return text
            }
        }.map { "  " + $0 }
        lines += paragraph(trend.summary)
        for line in model.earlierLinks {
            lines += paragraph(clean(line))
        }
        return lines
    }

    /// The findings, most serious first, the first ``findingsShown`` of them listed.
    private func findingLines(_ findings: ReportModel.Findings) -> [String] {
        guard !findings.all.isEmpty else { return [findings.summary] }
        var lines = [style.heading("Findings") + ": " + findings.counts]
        for finding in findings.all.prefix(Self.findingsShown) {
            lines.append("  \(clean(finding.location)): \(ReportModel.Findings.severity(finding)): \(clean(finding.message))")
        }
        if let more = findings.more(afterShowing: Self.findingsShown) {
            lines.append("  " + more)
        }
        return lines
    }

    /// `text` as an indented paragraph wrapped at ``lineWidth``.
    private func paragraph(_ text: String) -> [String] {
        wrap(text, prefix: "  ")
    }

    /// `text` after `prefix`, wrapped at ``lineWidth`` with the continuation lines indented
    /// under the text.
    private func wrap(_ text: String, prefix: String) -> [String] {
        let indent = String(repeating: " ", count: prefix.count)
        var lines: [String] = []
        var current = prefix
        var empty = true
        for word in text.split(separator: " ") {
            if !empty && current.count + 1 + word.count > Self.lineWidth {
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

    private static func shortName(_ name: String) -> String {
        name.count > 18 ? String(name.prefix(17)) + "…" : name
    }
}
