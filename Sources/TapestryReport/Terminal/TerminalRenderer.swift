import Foundation
import TapestryScoring

/// The summary printed to the terminal: readable at a glance. For each round, the health
/// index and balance, each dimension with its score, band and n, the strongest and weakest
/// dimensions, where members disagree, groups side by side; then the findings.
public struct TerminalRenderer: ReportRenderer {
    /// How many findings are printed before the rest are counted.
    public static let findingsShown = 10

    private let style: TerminalStyle

    /// Creates the renderer; `colored` adds ANSI colours (use it only for a terminal).
    public init(colored: Bool) {
        style = TerminalStyle(colored: colored)
    }

    /// The summary, ending with a newline.
    public func render(_ assessment: Assessment) -> String {
        var lines: [String] = []
        let instrument = assessment.instrument
        var title = instrument.title
        if let coalition = assessment.coalition { title += " · " + TerminalStyle.clean(coalition) }
        lines.append(style.heading(title))
        if assessment.rounds.count > 1 {
            lines.append("")
            for round in assessment.rounds where round.label != assessment.latestRound?.label {
                lines.append("Round \(TerminalStyle.clean(round.label)): \(round.rows.accepted) scored of \(round.rows.read) rows, health index "
                    + (round.healthIndex.map { format($0, decimals: 0) } ?? "–") + style.dim(" (details: --format json, markdown or xlsx)"))
            }
        }
        if let latest = assessment.latestRound {
            lines.append("")
            lines += roundLines(latest, instrument: instrument, options: assessment.options)
        }
        if let latest = assessment.latestRound, assessment.rounds.count > 1 {
            lines.append("")
            lines += changeLines(assessment.changes.filter { $0.to == latest.label }, instrument: instrument)
            for link in assessment.links {
                lines += wrapped(TerminalStyle.clean("\(link.from) → \(link.to):"), TerminalStyle.clean(LinkWords.sentence(link)))
            }
        }
        lines.append("")
        lines += findingLines(assessment.findingsBySeverity)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The latest change: each dimension's difference and 95% CI, and what the CI supports.
    private func changeLines(_ changes: [ChangeResult], instrument: Instrument) -> [String] {
        guard let first = changes.first else { return [] }
        let pairs = changes.first(where: \.paired)?.pairs
        var lines = [style.heading("Change from \(TerminalStyle.clean(first.from)) to \(TerminalStyle.clean(first.to))")
            + style.dim(pairs.map { " (paired: the same members in both rounds, up to \($0) per area)" } ?? " (unpaired: compared as two groups)")]
        var table = TextTable(alignments: [.left, .right, .left, .left, .left])
        table.rows.append(["Area", "Change", "95% CI", "What it shows", "Band"])
        let titles = Dictionary(uniqueKeysWithValues: instrument.dimensions.map { ($0.id, $0.title) })
        for change in changes {
            let title = change.dimension == ChangeResult.healthIndex ? "Health index" : titles[change.dimension] ?? change.dimension
            let decimals = change.dimension == ChangeResult.healthIndex ? 1 : 2
            let band = (change.bandFrom != change.bandTo && change.bandFrom != nil && change.bandTo != nil)
                ? "\(change.bandFrom!.rawValue) → \(change.bandTo!.rawValue)" : ""
            table.rows.append([
                title,
                change.difference.map { ($0 >= 0 ? "+" : "") + format($0, decimals: decimals) } ?? "–",
                change.ci95.map { "\(format($0.lower, decimals: decimals)) to \(format($0.upper, decimals: decimals))" } ?? "–",
                change.direction.words,
                band,
            ])
        }
        lines += table.lines { row, column, text in
            if row == 0 { return style.dim(text) }
            guard column == 3 else { return text }
            switch changes[row - 1].direction {
            case .improved: return style.band(text, .strength)
            case .declined: return style.band(text, .concern)
            case .unclear: return text
            }
        }.map { "  " + $0 }
        lines.append(style.dim("  \"No clear change\": the interval includes 0, so this data cannot tell a change from chance."))
        return lines
    }

    private func roundLines(_ round: RoundResult, instrument: Instrument, options: ScoringOptions) -> [String] {
        let scale = instrument.scale
        var lines = [style.heading("Round \(TerminalStyle.clean(round.label))")
            + ": \(round.rows.read) rows read, \(round.rows.accepted) accepted, \(round.rows.rejected) rejected"
            + (round.rows.onlyMissing > 0 ? " (\(round.rows.onlyMissing) answered only don't know / not applicable)" : "")]
        guard let healthIndex = round.healthIndex else {
            lines.append("  No dimension could be scored: no respondent answered enough items.")
            return lines
        }
        lines.append("")
        lines.append("  Health index  \(style.heading(format(healthIndex, decimals: 0))) / 100")
        if let balance = round.balance {
            let sign = balance >= 0 ? "+" : ""
            lines.append("  Balance       \(sign)\(format(balance)) (benefits minus drawbacks, on the \(scale.min)–\(scale.max) scale; above 0, benefits outweigh drawbacks)")
        }
        lines.append("")
        var table = TextTable(alignments: [.left, .right, .left, .left, .right, .right])
        table.rows.append(["Dimension", "Score", "95% CI", "Band", "Agree", "n"])
        let titles = Dictionary(uniqueKeysWithValues: instrument.dimensions.map { ($0.id, $0.title) })
        for dimension in round.dimensions {
            let marker = dimension.polarity == .negative ? " ↓" : ""
            table.rows.append([
                (titles[dimension.id] ?? dimension.id) + marker,
                dimension.mean.map { format($0) } ?? "–",
                dimension.ci95.map { "\(format($0.lower))–\(format($0.upper))" } ?? "–",
                dimension.band?.rawValue ?? "not scored",
                dimension.favorable.map { format($0 * 100, decimals: 0) + "%" } ?? "–",
                String(dimension.n),
            ])
        }
        lines += table.lines { row, column, text in
            if row == 0 { return style.dim(text) }
            return column == 3 ? style.band(text, round.dimensions[row - 1].band) : text
        }.map { "  " + $0 }
        if round.dimensions.contains(where: { $0.polarity == .negative }) {
            lines.append(style.dim("  ↓ agreeing means worse: a low score is healthy. Agree = share of members at \"strength\" level."))
        }
        lines.append("")
        lines += highlightLines(round, titles: titles, scale: scale)
        if !round.groups.isEmpty {
            lines.append("")
            lines += groupLines(round, titles: titles, options: options)
        }
        return lines
    }

    private func highlightLines(_ round: RoundResult, titles: [String: String], scale: Scale) -> [String] {
        let highlights = RoundHighlights(round, scale: scale)
        func names(_ dimensions: [DimensionStatistics]) -> String {
            dimensions.map { "\(titles[$0.id] ?? $0.id)\($0.polarity == .negative ? " ↓" : "") (\(format($0.mean!)))" }
                .joined(separator: ", ")
        }
        var lines: [String] = []
        if !highlights.strongest.isEmpty {
            lines += wrapped("Strongest", names(highlights.strongest))
            lines += wrapped("Weakest  ", names(highlights.weakest))
        }
        let disagreements = highlights.disagreements
        if disagreements.isEmpty {
            lines.append("  Members broadly agree on every dimension (rwg ≥ 0.7).")
        } else {
            lines += wrapped("Members see these differently (rwg < 0.7):",
                             disagreements.map { "\(titles[$0.id] ?? $0.id) (\(format($0.rwg!)))" }.joined(separator: ", "),
                             labelStyle: style.warning)
        }
        let unreliable = highlights.lowReliability
        if !unreliable.isEmpty {
            lines += wrapped("Items may not measure one thing (alpha < 0.7):",
                             unreliable.map { "\(titles[$0.id] ?? $0.id) (\(format($0.alpha!)))" }.joined(separator: ", "))
        }
        return lines
    }

    private func groupLines(_ round: RoundResult, titles: [String: String], options: ScoringOptions) -> [String] {
        let rule = options.minimumGroupSize > 1
            ? "groups under \(options.minimumGroupSize) respondents are suppressed" : "every group is shown"
        var lines = [style.heading("  Groups") + style.dim(" (mean score; \(rule))")]
        if !options.isAnonymous {
            lines.append(style.warning("  Not anonymous: groups as small as \(options.minimumGroupSize) are shown."))
        }
        let shown = round.groups.filter { !$0.suppressed }
        if !shown.isEmpty {
            var table = TextTable(alignments: [.left] + shown.map { _ in .right })
            table.rows.append(["Dimension"] + shown.map { Self.shortName(TerminalStyle.clean($0.name)) })
            table.rows.append(["n"] + shown.map { String($0.n) })
            for (index, dimension) in round.dimensions.enumerated() {
                table.rows.append([titles[dimension.id] ?? dimension.id] + shown.map { group in
                    group.dimensions[index].mean.map { format($0) } ?? "–"
                })
            }
            lines += table.lines { row, column, text in
                if row <= 1 { return style.dim(text) }
                if column == 0 { return text }
                return style.band(text, shown[column - 1].dimensions[row - 2].band)
            }.map { "  " + $0 }
        }
        let suppressed = round.groups.filter(\.suppressed)
        if !suppressed.isEmpty {
            lines.append("  Suppressed: " + suppressed.map { group in
                let why = group.n < options.minimumGroupSize
                    ? "under \(options.minimumGroupSize)"
                    : "hidden too, so that the smaller groups cannot be worked out from the total"
                return "\(TerminalStyle.clean(group.name)) (n=\(group.n), \(why))"
            }.joined(separator: ", "))
        }
        return lines
    }

    /// The findings, most serious first (as given), the first ``findingsShown`` of them listed.
    private func findingLines(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return ["No findings: every value was read as expected."] }
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        let summary = [Finding.Severity.error, .warning, .info].compactMap { severity -> String? in
            guard let count = counts[severity] else { return nil }
            let noun = severity == .info ? "note" : severity.rawValue
            return "\(count) \(noun)\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
        var lines = [style.heading("Findings") + ": " + summary]
        for finding in findings.prefix(Self.findingsShown) {
            lines.append("  \(TerminalStyle.clean(finding.location)): \(finding.severity.rawValue): \(TerminalStyle.clean(finding.message))")
        }
        if findings.count > Self.findingsShown {
            lines.append("  … and \(findings.count - Self.findingsShown) more (`--format json` lists them all).")
        }
        return lines
    }

    /// `label` then `text`, wrapped at ``lineWidth`` with the continuation lines indented
    /// under the text.
    private func wrapped(_ label: String, _ text: String, labelStyle: (String) -> String = { $0 }) -> [String] {
        let head = "  " + label + " "
        let indent = String(repeating: " ", count: label.count > 10 ? 4 : head.count)
        var lines: [String] = []
        var current = head
        for word in text.split(separator: " ") {
            if current.count + word.count > Self.lineWidth && current.trimmingCharacters(in: .whitespaces) != label {
                lines.append(current)
                current = indent
            }
            current += (current.hasSuffix(" ") ? "" : " ") + word
        }
        lines.append(current)
        lines[0] = "  " + labelStyle(label) + String(lines[0].dropFirst(2 + label.count))
        return lines
    }

    /// The width long lines are wrapped at.
    public static let lineWidth = 100

    private static func shortName(_ name: String) -> String {
        name.count > 18 ? String(name.prefix(17)) + "…" : name
    }

    private func format(_ value: Double, decimals: Int = 2) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
