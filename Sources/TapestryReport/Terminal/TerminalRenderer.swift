import Foundation
import TapestryScoring

/// The summary printed to the terminal: the story first, the detail after. It lays out the
/// report model — the headline (the same sentences every output opens with), the priorities in
/// short, then the rounds, the latest round's areas, groups and changes, and the findings — and
/// decides nothing itself but the layout and the colours. Every line fits the given width
/// (never narrower than ``minimumWidth``): sentences wrap at spaces, wide tables wrap their
/// area names and split the groups into blocks.
public struct TerminalRenderer: ReportRenderer {
    /// How many findings are printed before the rest are counted.
    public static let findingsShown = 10

    /// The widest a paragraph gets, however wide the terminal: longer lines are hard to read.
    public static let lineWidth = 100

    /// The narrowest width laid out: a narrower terminal gets lines of this length.
    public static let minimumWidth = 80

    /// The width used when none is given.
    public static let defaultWidth = 100

    /// How many hidden groups are named before the rest are counted.
    public static let hiddenGroupsNamed = 10

    private let style: TerminalStyle
    /// The width every line fits in.
    private let width: Int

    /// Creates the renderer; `colored` adds ANSI colours (use it only for a terminal); `width`
    /// is the terminal's width in characters (lines are never made narrower than
    /// ``minimumWidth``).
    public init(colored: Bool, width: Int = TerminalRenderer.defaultWidth) {
        style = TerminalStyle(colored: colored)
        self.width = max(Self.minimumWidth, width)
    }

    /// The width paragraphs wrap at.
    private var proseWidth: Int { min(width, Self.lineWidth) }

    /// The summary, ending with a newline.
    public func render(_ model: ReportModel) -> String {
        var lines = [style.heading(clean(model.title + (model.coalition.map { " · " + $0 } ?? "")))]
        lines += headlineLines(model.headline)
        lines.append("")
        lines += priorityLines(model)
        lines.append("")
        lines.append(style.dim(clean("Instrument: " + model.instrumentLine)))
        let earlier = model.rounds.filter { $0.label != model.latest?.label }
        if !earlier.isEmpty {
            for round in earlier {
                lines += wrap("Round \(clean(round.label)): \(round.rowsLine); health index \(ReportNumbers.health(round.healthIndex)).", prefix: "", hanging: "  ")
            }
            lines.append(style.dim("Each round in full: --format json, markdown, html or xlsx."))
        }
        if let latest = model.latest {
            lines.append("")
            lines += roundLines(latest, model: model)
        }
        if let network = model.network {
            lines.append("")
            lines += connectionLines(network)
        } else if let note = model.networkNote {
            lines.append("")
            lines += [style.heading("Connections")] + paragraph(clean(note))
        }
        if let trend = model.trend {
            lines.append("")
            lines += changeLines(trend, model: model)
        }
        lines.append("")
        lines += findingLines(model.findings)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The headline's sentences, each starting a line (its further lines indented), the first
    /// in bold.
    private func headlineLines(_ headline: ReportModel.Headline) -> [String] {
        headline.sentences.enumerated().flatMap { index, sentence in
            wrap(clean(sentence), prefix: "", hanging: "  ").map { index == 0 ? style.heading($0) : $0 }
        }
    }

    /// The priorities in short — number, area, why, and the group that lags — and the areas to
    /// keep going with; the steps are in the action plan of the other formats.
    private func priorityLines(_ model: ReportModel) -> [String] {
        guard !model.priorities.isEmpty else {
            let sentences = model.keepGoing.isEmpty ? [model.noActionsSentence] : model.keepGoing
            return [style.heading("Priorities")] + sentences.flatMap { paragraph(clean($0)) }
        }
        var lines = [style.heading("Priorities") + style.dim(" (the areas to work on first)")]
        for priority in model.priorities {
            let number = "  \(priority.number). "
            lines += wrap(clean(priority.area.label), prefix: number).map { style.heading($0) }
            let indent = String(repeating: " ", count: number.count)
            lines += wrap(clean(priority.reason), prefix: indent)
            if let lagging = priority.laggingGroups {
                lines += wrap(clean(lagging), prefix: indent).map(style.warning)
            }
        }
        for sentence in model.keepGoing {
            lines += paragraph(clean(sentence))
        }
        lines += paragraph("The steps for each, and for every other area: --format markdown, html or xlsx.").map(style.dim)
        return lines
    }

    private func roundLines(_ round: ReportModel.Round, model: ReportModel) -> [String] {
        var lines = wrap(style.heading("Round \(clean(round.label))") + ": " + round.rowsLine, prefix: "", hanging: "  ")
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
        lines += tableLines(table) { row, column, text in
            if row == 0 { return style.dim(text) }
            return column == 3 ? style.band(text, round.areas[row - 1].band) : text
        }
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

    /// The map of connections in short: its sentences and the change since the previous map;
    /// the map itself and every organisation are in the other formats.
    private func connectionLines(_ network: ReportModel.Network) -> [String] {
        var lines = [style.heading("Connections") + style.dim(" (round \(clean(network.round)))")]
        for sentence in network.sentences + (network.change.map { [$0] } ?? []) {
            lines += paragraph(clean(sentence))
        }
        lines += paragraph("The map and every organisation's ties: --format markdown, html or xlsx.").map(style.dim)
        return lines
    }

    /// "Gains 3.92 · Costs (lower is better) 2.86".
    private func highlights(_ areas: [ReportModel.Area]) -> String {
        areas.map { "\(clean($0.label)) \(ReportNumbers.score($0.statistics.mean))" }.joined(separator: " · ")
    }

    /// The groups side by side, in as few blocks of groups as fit the width.
    private func groupLines(_ groups: ReportModel.Groups, round: ReportModel.Round) -> [String] {
        var lines = [style.heading("  Groups") + style.dim(" (score in each area)")]
        lines += paragraph(groups.rule).map { groups.anonymous ? style.dim($0) : style.warning($0) }
        let shown = groups.shown
        for (index, block) in blocks(of: shown, round: round).enumerated() {
            if index > 0 { lines.append("") }
            lines += tableLines(groupTable(block, round: round)) { row, column, text in
                if row <= 1 { return style.dim(text) }
                if column == 0 { return text }
                return style.band(text, block[column - 1].areas[row - 2].band)
            }
        }
        if let hidden = groups.hiddenSentence(naming: Self.hiddenGroupsNamed) {
            lines += paragraph(clean(hidden))
        }
        return lines
    }

    /// `shown` split into blocks of (nearly) equal size, as few as let each block's table fit
    /// the width with the area names readable.
    private func blocks(of shown: [ReportModel.GroupColumn], round: ReportModel.Round) -> [[ReportModel.GroupColumn]] {
        guard !shown.isEmpty else { return [] }
        for count in 1...shown.count {
            // `count` blocks, the first `shown.count % count` of them one group larger.
            let small = shown.count / count, larger = shown.count % count
            let starts = (0...count).map { $0 * small + min($0, larger) }
            let blocks = (0..<count).map { Array(shown[starts[$0]..<starts[$0 + 1]]) }
            if blocks.allSatisfy({ groupTable($0, round: round).fits(width: width - 2) }) {
                return blocks
            }
        }
        return shown.map { [$0] }
    }

    private func groupTable(_ groups: [ReportModel.GroupColumn], round: ReportModel.Round) -> TextTable {
        var table = TextTable(alignments: [.left] + groups.map { _ in .right })
        table.rows.append(["Area"] + groups.map { Self.heading(clean($0.name)) })
        table.rows.append(["n"] + groups.map { String($0.n) })
        for (index, area) in round.areas.enumerated() {
            table.rows.append([clean(area.label)] + groups.map { ReportNumbers.score($0.areas[index].statistics.mean) })
        }
        return table
    }

    /// The longest word a group's heading keeps whole; a longer one is cut, ending in "…".
    static let longestHeadingWord = 20
    /// The longest group heading; a longer name is cut, ending in "…".
    static let longestHeading = 40

    /// A group's name as its column's heading: at most ``longestHeading`` long, each word at
    /// most ``longestHeadingWord``.
    private static func heading(_ name: String) -> String {
        let short = name.count > longestHeading ? name.prefix(longestHeading - 1) + "…" : name[...]
        return short.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.count > longestHeadingWord ? word.prefix(longestHeadingWord - 1) + "…" : word
        }.joined(separator: " ")
    }

    /// The changes: the health index's since the previous and the first round, then each
    /// area's into the latest round, with its 95% interval and what the interval supports.
    private func changeLines(_ trend: ReportModel.Trend, model: ReportModel) -> [String] {
        var lines = [style.heading("Change")]
        let steps = [model.headline.sincePrevious, model.headline.sinceFirst].compactMap { $0 }
        if !steps.isEmpty {
            var table = TextTable(alignments: [.left, .right, .left, .left])
            table.rows.append(["Health index", "Change", "95% CI", "What it shows"])
            for (index, change) in steps.enumerated() {
                let since = "since \(clean(change.result.from))" + (index == 0 ? ", the previous round" : ", the first round")
                table.rows.append([since, change.differenceText, change.intervalText, change.words])
            }
            lines += tableLines(table) { row, column, text in
                row == 0 ? style.dim(text) : column == 3 ? directionStyle(text, steps[row - 1]) : text
            }
            lines.append("")
        }
        let latestStep = trend.rounds.count > 2 ? ", the latest step " + style.dim("(every step: --format markdown, html or xlsx)") : ""
        lines += wrap(style.heading("Each area") + " from \(clean(trend.from)) to \(clean(trend.to))" + latestStep, prefix: "  ")
        lines += paragraph(clean(trend.pairing)).map(style.dim)
        let changes = trend.latestChanges.filter { !$0.isHealthIndex }
        // The band column only when some area crossed a threshold.
        let bands = changes.contains { $0.bandChange != nil }
        var table = TextTable(alignments: [.left, .right, .left, .left] + (bands ? [.left] : []))
        table.rows.append(["Area", "Change", "95% CI", "What it shows"] + (bands ? ["Band"] : []))
        for change in changes {
            table.rows.append([clean(change.title), change.differenceText, change.intervalText, change.words]
                + (bands ? [change.bandChange ?? ""] : []))
        }
        lines += tableLines(table) { row, column, text in
            row == 0 ? style.dim(text) : column == 3 ? directionStyle(text, changes[row - 1]) : text
        }
        lines += paragraph(trend.summary)
        for line in model.earlierLinks {
            lines += paragraph(clean(line))
        }
        return lines
    }

    /// Green for an improvement, red for a decline.
    private func directionStyle(_ text: String, _ change: ReportModel.Change) -> String {
        switch change.result.direction {
        case .improved: style.band(text, .strength)
        case .declined: style.band(text, .concern)
        case .unclear: text
        }
    }

    /// The findings, most serious first, the first ``findingsShown`` of them listed.
    private func findingLines(_ findings: ReportModel.Findings) -> [String] {
        guard !findings.all.isEmpty else { return wrap(findings.summary, prefix: "", hanging: "  ") }
        var lines = wrap(style.heading("Findings") + ": " + findings.counts, prefix: "", hanging: "  ")
        for finding in findings.all.prefix(Self.findingsShown) {
            lines += wrap("\(clean(finding.location)): \(ReportModel.Findings.severity(finding)): \(clean(finding.message))",
                          prefix: "  ", hanging: "    ")
        }
        if let more = findings.more(afterShowing: Self.findingsShown) {
            lines += paragraph(more)
        }
        return lines
    }

    /// `table` indented by two spaces, fitted to the width.
    private func tableLines(_ table: TextTable, style cell: (Int, Int, String) -> String) -> [String] {
        table.lines(width: width - 2, style: cell).map { "  " + $0 }
    }

    /// `text` as an indented paragraph.
    private func paragraph(_ text: String) -> [String] {
        wrap(text, prefix: "  ")
    }

    /// `text` after `prefix`, wrapped at the paragraph width with the further lines indented
    /// by `hanging` (under the text when not given). Lines break only at spaces, so the lines
    /// joined with spaces give the text back; a word longer than a whole line is broken.
    /// Colour codes in `text` or `prefix` do not count towards the width.
    private func wrap(_ text: String, prefix: String, hanging: String? = nil) -> [String] {
        let indent = hanging ?? String(repeating: " ", count: visible(prefix))
        let limit = max(proseWidth, visible(prefix) + 20)
        var lines: [String] = []
        var current = prefix
        var length = visible(prefix)
        var empty = true
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            var size = visible(word)
            if !empty && length + 1 + size > limit {
                lines.append(current)
                (current, length, empty) = (indent, indent.count, true)
            }
            // A word longer than a whole line (a file path, say) is broken where the line ends.
            if empty && length + size > limit && !word.contains("\u{1B}") {
                var characters = word[...]
                while length + size > limit {
                    let room = limit - length
                    let end = characters.index(characters.startIndex, offsetBy: room)
                    lines.append(current + characters[..<end])
                    characters = characters[end...]
                    size -= room
                    (current, length) = (indent, indent.count)
                }
                word = String(characters)
            }
            current += (empty ? "" : " ") + word
            length += (empty ? 0 : 1) + size
            empty = false
        }
        lines.append(current)
        return lines
    }

    /// The characters of `text` a terminal shows: without ANSI colour codes.
    private func visible(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        return text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).count
    }

    private func clean(_ text: String) -> String { TerminalStyle.clean(text) }
}
