import Foundation
import TapestryScoring

/// Everything the Markdown report shows, worked out here so that templates only lay it out
/// (no statistic is computed in a template). Property names are what templates refer to;
/// every string is escaped for Markdown when a template prints it.
struct ReportViewModel {
    struct Fact { var label: String; var value: String }
    struct Chart { var path: String; var alt: String }
    struct DimensionRow {
        var title: String
        var category: String
        var score: String
        var ci: String
        var band: String
        var agree: String
        var n: Int
    }
    struct BalanceRow { var label: String; var score: String; var band: String }
    struct ItemRow {
        var text: String
        var reverse: Bool
        var n: Int
        var mean: String
        var disagree: String
        var neutral: String
        var agree: String
        var missing: Int
    }
    struct ItemSection { var title: String; var note: String?; var items: [ItemRow] }
    struct GroupRow { var title: String; var cells: [String] }
    struct Groups {
        var note: String
        var columns: [String]
        var sizes: [String]
        var rows: [GroupRow]
        var suppressedNote: String?
    }
    struct Action {
        var number: Int
        var title: String
        var status: String
        var why: String
        var steps: [String]
        var weakest: String
    }
    struct Question { var text: String }
    struct PlanningSection { var title: String; var questions: [Question] }
    struct RoundRow { var label: String; var read: Int; var scored: Int; var setAside: Int }
    struct TrendRow { var title: String; var values: [String] }
    struct ChangeRow { var title: String; var change: String; var ci: String; var shows: String; var band: String }
    struct Trend {
        var rounds: [String]
        var rows: [TrendRow]
        var from: String
        var to: String
        var pairing: String
        var changes: [ChangeRow]
        var summary: String
        var chart: Chart
    }
    struct Input { var file: String; var platform: String; var personal: String }
    struct FindingRow { var severity: String; var place: String; var message: String }

    var title: String
    var coalition: String?
    var roundLine: String
    var summary: [String]
    var trend: Trend?
    var facts: [Fact]
    var radar: Chart?
    var barChart: Chart
    var agreementChart: Chart
    var dimensionsNote: String
    var dimensions: [DimensionRow]
    var reliability: String?
    var balanceSentence: String
    var balanceRows: [BalanceRow]
    var itemSections: [ItemSection]
    var groups: Groups?
    var hasActions: Bool
    var actions: [Action]
    var planning: [PlanningSection]
    var rounds: [RoundRow]
    /// For each pair of consecutive rounds, how many members were linked, or why none were.
    var links: [String]
    var inputs: [Input]
    var findingsSummary: String
    var findings: [FindingRow]
    var hasFindings: Bool
    var moreFindings: String?
    var jsonLink: Bool
    var toolVersion: String

    /// The charts the report refers to, by path under the output folder.
    static let radarPath = "charts/principles.svg"
    static let barPath = "charts/dimensions.svg"
    static let agreementPath = "charts/statements.svg"
    static let trendPath = "charts/trend.svg"
    /// How many findings the report lists before pointing to the JSON.
    static let findingsShown = 20

    init(_ assessment: Assessment, catalogue: RecommendationCatalogue, jsonLink: Bool, toolVersion: String) {
        let instrument = assessment.instrument
        let scale = instrument.scale
        let round = assessment.latestRound!
        let titles = Dictionary(uniqueKeysWithValues: instrument.dimensions.map { ($0.id, $0.title) })
        func name(_ id: String) -> String { titles[id] ?? id }
        let highlights = RoundHighlights(round, scale: scale)

        title = "Partnership health check"
        coalition = assessment.coalition
        let earlier = assessment.rounds.filter { $0.label != round.label }.map(\.label)
        roundLine = "Round \(round.label)" + (earlier.isEmpty ? "" : " (earlier rounds: \(earlier.joined(separator: ", ")))")
            + " · instrument \(instrument.title), version \(instrument.version)"
        self.jsonLink = jsonLink
        self.toolVersion = toolVersion

        let onlyMissing = round.rows.onlyMissing > 0
            ? ", \(round.rows.onlyMissing) of them answering only \"don't know\" or \"not applicable\"" : ""
        var sentences = ["\(round.rows.accepted) members' answers were scored (\(round.rows.read) rows read, \(round.rows.rejected) set aside\(onlyMissing); see Data quality)."]
        if let health = round.healthIndex {
            let bands = Dictionary(grouping: round.dimensions.compactMap(\.band), by: { $0 }).mapValues(\.count)
            sentences.append("The partnership's health index is \(Self.whole(health)) out of 100. Of its \(round.dimensions.count) areas, "
                + "\(Self.count(bands[.strength] ?? 0, "is a strength", "are strengths")), "
                + "\(Self.count(bands[.borderline] ?? 0, "is borderline", "are borderline")) and "
                + "\(Self.count(bands[.concern] ?? 0, "is of concern", "are of concern")).")
        } else {
            sentences.append("No area could be scored: too few members answered enough statements.")
        }
        if !highlights.strongest.isEmpty {
            sentences.append("Strongest: \(Self.list(highlights.strongest.map { name($0.id) })). "
                + "Weakest: \(Self.list(highlights.weakest.map { name($0.id) })).")
        }
        if highlights.disagreements.isEmpty {
            sentences.append("Members broadly agree with each other in every area.")
        } else {
            sentences.append("Members see \(Self.list(highlights.disagreements.map { name($0.id) })) differently: there the average hides real disagreement, which is worth talking about.")
        }
        if let balance = round.balance {
            sentences.append(balance >= 0
                ? "On balance members gain more from the coalition than it costs them (benefits minus drawbacks: \(Self.signed(balance)))."
                : "On balance membership costs members more than it gives them (benefits minus drawbacks: \(Self.signed(balance))).")
        }
        if !assessment.options.isAnonymous && !round.groups.isEmpty {
            sentences.append("Groups as small as \(assessment.options.minimumGroupSize) are shown: this report is not anonymous.")
        }
        summary = sentences
        trend = Self.trend(assessment, names: titles)

        facts = [
            Fact(label: "Health index", value: round.healthIndex.map { "\(Self.whole($0)) / 100" } ?? "–"),
            Fact(label: "Balance (benefits − drawbacks)", value: round.balance.map(Self.signed) ?? "–"),
            Fact(label: "Answers scored", value: "\(round.rows.accepted) of \(round.rows.read) rows"),
        ]

        let principles = round.dimensions.filter { $0.category == "principle" }
        radar = principles.count >= 3
            ? Chart(path: Self.radarPath, alt: "Radar chart of the principles' health from 0 to 100: "
                + principles.map { "\(name($0.id)) \(Self.health($0, scale).map(Self.whole) ?? "–")" }.joined(separator: ", "))
            : nil
        barChart = Chart(path: Self.barPath, alt: "Bar chart of every area's health from 0 to 100, with the concern (50) and strength (75) thresholds: "
            + round.dimensions.map { "\(name($0.id)) \(Self.health($0, scale).map(Self.whole) ?? "–")" }.joined(separator: ", "))
        agreementChart = Chart(path: Self.agreementPath, alt: "Diverging bar chart of how members answered each statement, disagreement to the left and agreement to the right")

        dimensionsNote = "Score: the mean on the \(scale.min)–\(scale.max) scale, with its 95% confidence interval. "
            + "Band: strength from \(Self.plain(scale.strengthThreshold)), concern below \(Self.plain(scale.concernThreshold)); "
            + "for drawbacks a low score is healthy and the band uses the flipped score. Agree: share of members at strength level."
        dimensions = round.dimensions.map { statistics in
            DimensionRow(
                title: name(statistics.id) + (statistics.polarity == .negative ? " (lower is better)" : ""),
                category: statistics.category, score: Self.decimal(statistics.mean),
                ci: statistics.ci95.map { "\(Self.decimal($0.lower))–\(Self.decimal($0.upper))" } ?? "–",
                band: statistics.band?.rawValue ?? "not scored", agree: Self.percent(statistics.favorable), n: statistics.n)
        }
        reliability = highlights.lowReliability.isEmpty ? nil
            : "The statements of \(Self.list(highlights.lowReliability.map { name($0.id) })) may not measure one thing (Cronbach's alpha below 0.7): read them one by one rather than trusting the average."

        let benefits = round.dimensions.filter { $0.category == "benefit" }
        let drawbacks = round.dimensions.filter { $0.category == "drawback" }
        balanceRows = (benefits + drawbacks).map { statistics in
            BalanceRow(label: name(statistics.id) + (statistics.polarity == .negative ? " (lower is better)" : ""),
                       score: Self.decimal(statistics.mean), band: statistics.band?.rawValue ?? "not scored")
        }
        if let balance = round.balance {
            balanceSentence = "Benefits score \(Self.signed(balance)) points \(balance >= 0 ? "above" : "below") drawbacks on the \(scale.min)–\(scale.max) scale. "
                + "The higher the benefits and the lower the drawbacks, the more the coalition is worth its cost to members."
        } else {
            balanceSentence = "Benefits and drawbacks could not both be scored."
        }

        itemSections = zip(instrument.dimensions, round.dimensions).map { dimension, statistics in
            ItemSection(
                title: dimension.title,
                note: dimension.polarity == .negative ? "agreeing means a cost to members" : nil,
                items: zip(dimension.items, statistics.items).map { item, stats in
                    let shares = Self.shares(stats.counts)
                    return ItemRow(text: item.text, reverse: item.reverse, n: stats.n, mean: Self.decimal(stats.mean),
                                   disagree: shares.disagree, neutral: shares.neutral, agree: shares.agree, missing: stats.missing)
                })
        }

        if round.groups.isEmpty {
            groups = nil
        } else {
            let options = assessment.options
            let suppressed = round.groups.filter(\.suppressed)
            groups = Groups(
                note: options.isAnonymous
                    ? "Mean scores by group. Groups with fewer than \(options.minimumGroupSize) respondents are not shown (nor, where needed, the next smallest, so that the hidden groups together are never fewer than \(options.minimumGroupSize)), so no one's answers can be singled out."
                    : "Mean scores by group. Groups as small as \(options.minimumGroupSize) are shown: this comparison is not anonymous.",
                columns: round.groups.map(\.name),
                sizes: round.groups.map { String($0.n) },
                rows: round.dimensions.enumerated().map { index, statistics in
                    GroupRow(title: name(statistics.id) + (statistics.polarity == .negative ? " (lower is better)" : ""),
                             cells: round.groups.map { group in
                                 group.suppressed ? "not shown" : Self.decimal(group.dimensions[index].mean)
                             })
                },
                suppressedNote: suppressed.isEmpty ? nil
                    : "Not shown: " + suppressed.map { "\($0.name) (\($0.n) respondents)" }.joined(separator: ", ") + ".")
        }

        let plan = ActionPlan(round: round, instrument: instrument, catalogue: catalogue)
        hasActions = !plan.entries.isEmpty
        actions = plan.entries.enumerated().map { index, entry in
            var status = entry.band.map { "\($0.rawValue), \(Self.decimal(entry.mean))" } ?? "not scored"
            if entry.disagreement { status += entry.band == .strength ? ", but members disagree" : ", and members disagree" }
            return Action(number: index + 1, title: entry.title, status: status, why: entry.why, steps: entry.steps,
                          weakest: entry.weakestStatements.map { "“\($0.trimmingCharacters(in: CharacterSet(charactersIn: ".")))”" }
                              .joined(separator: " and "))
        }
        planning = catalogue.planning.map { section in
            PlanningSection(title: section.title, questions: section.questions.map(Question.init))
        }

        rounds = assessment.rounds.map { RoundRow(label: $0.label, read: $0.rows.read, scored: $0.rows.accepted, setAside: $0.rows.rejected) }
        links = assessment.links.map(LinkWords.line)
        inputs = assessment.inputs.map { input in
            Input(file: input.file, platform: input.platform, personal: LinkWords.personalColumns(input, separator: ", "))
        }
        let counts = Dictionary(grouping: assessment.findings, by: \.severity).mapValues(\.count)
        findingsSummary = assessment.findings.isEmpty ? "No findings: every value was read as expected."
            : "\(Self.plural(assessment.findings.count, "finding")): \(Self.plural(counts[.warning] ?? 0, "warning")), "
                + Self.plural(counts[.info] ?? 0, "note") + ((counts[.error] ?? 0) > 0 ? ", " + Self.plural(counts[.error]!, "error") : "") + "."
        findings = assessment.findingsBySeverity.prefix(Self.findingsShown).map { finding in
            FindingRow(severity: finding.severity == .info ? "note" : finding.severity.rawValue, place: finding.location, message: finding.message)
        }
        hasFindings = !assessment.findings.isEmpty
        moreFindings = assessment.findings.count > Self.findingsShown
            ? "… and \(assessment.findings.count - Self.findingsShown) more, listed in the JSON (--format json)." : nil
    }

    /// The trend section: scores per round and the latest change, in words the CI supports.
    static func trend(_ assessment: Assessment, names: [String: String]) -> Trend? {
        let rounds = assessment.scoredRounds
        guard rounds.count > 1, let latest = rounds.last else { return nil }
        let instrument = assessment.instrument
        var rows = instrument.dimensions.enumerated().map { position, dimension in
            TrendRow(title: dimension.title + (dimension.polarity == .negative ? " (lower is better)" : ""),
                     values: rounds.map { decimal($0.dimensions[position].mean) })
        }
        rows.append(TrendRow(title: "Health index", values: rounds.map { $0.healthIndex.map(whole) ?? "–" }))
        let changes = assessment.changes.filter { $0.to == latest.label }
        let rowsOfChanges = changes.map { change -> ChangeRow in
            let isIndex = change.dimension == ChangeResult.healthIndex
            let format: (Double) -> String = { isIndex ? String(format: "%.1f", $0) : String(format: "%.2f", $0) }
            let band = change.bandFrom != change.bandTo && change.bandFrom != nil && change.bandTo != nil
                ? "\(change.bandFrom!.rawValue) → \(change.bandTo!.rawValue)" : ""
            return ChangeRow(title: isIndex ? "Health index" : names[change.dimension] ?? change.dimension,
                             change: change.difference.map { ($0 >= 0 ? "+" : "−") + format(abs($0)) } ?? "–",
                             ci: change.ci95.map { "\(format($0.lower)) to \(format($0.upper))" } ?? "–",
                             shows: change.direction.words, band: band)
        }
        let improved = changes.filter { $0.direction == .improved && $0.dimension != ChangeResult.healthIndex }.map { names[$0.dimension] ?? $0.dimension }
        let declined = changes.filter { $0.direction == .declined && $0.dimension != ChangeResult.healthIndex }.map { names[$0.dimension] ?? $0.dimension }
        var summary: [String] = []
        summary.append(improved.isEmpty ? "No area clearly improved." : "Clearly improved: \(list(improved)).")
        summary.append(declined.isEmpty ? "No area clearly declined." : "Clearly declined: \(list(declined)).")
        summary.append("Other differences are within what chance alone could give, so they are not called changes.")
        let pairs = changes.first(where: \.paired)?.pairs
        let link = assessment.links.first { $0.to == latest.label }
        return Trend(
            rounds: rounds.map(\.label), rows: rows, from: changes.first?.from ?? "", to: latest.label,
            pairing: link.map { LinkWords.sentence($0) }
                ?? pairs.map { "The same members answered both rounds (up to \($0) per area), so each member's change was measured." }
                ?? "Members were not linked between rounds, so the rounds are compared as two groups.",
            changes: rowsOfChanges, summary: summary.joined(separator: " "),
            chart: Chart(path: trendPath, alt: "Line chart of the health index and each category's health per round: "
                + rounds.map { "\($0.label) \($0.healthIndex.map(whole) ?? "–")" }.joined(separator: ", ")))
    }

    // MARK: Formatting

    static func decimal(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "–"
    }

    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    static func whole(_ value: Double) -> String { String(Int(value.rounded())) }

    /// "1 is a strength", "3 are strengths", "none is of concern".
    /// "1 note", "2 notes", "0 notes".
    static func plural(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func count(_ number: Int, _ one: String, _ many: String) -> String {
        number == 0 ? "none \(one.replacingOccurrences(of: " a ", with: " "))" : "\(number) \(number == 1 ? one : many)"
    }

    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "−") + String(format: "%.2f", abs(value)) }

    static func plain(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.1f", value) : String(value)
    }

    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    static func health(_ statistics: DimensionStatistics, _ scale: Scale) -> Double? {
        statistics.mean.map { scale.health($0, polarity: statistics.polarity) }
    }

    /// Shares of valid answers below, at and above the scale's middle.
    static func shares(_ counts: [Int]) -> (disagree: String, neutral: String, agree: String) {
        let total = counts.reduce(0, +)
        guard total > 0 else { return ("–", "–", "–") }
        let lower = counts.count / 2
        let middle = counts.count % 2 == 1 ? counts[lower] : 0
        let disagree = counts[..<lower].reduce(0, +)
        let agree = counts.suffix(lower).reduce(0, +)
        func share(_ count: Int) -> String { "\(Int((Double(count) * 100 / Double(total)).rounded()))%" }
        return (share(disagree), counts.count % 2 == 1 ? share(middle) : "–", share(agree))
    }
}
