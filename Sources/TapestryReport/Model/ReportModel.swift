import Foundation
import TapestryScoring

/// Everything the reports of one assessment show — titles and statement texts, health on
/// 0–100, bands and their thresholds, answer shares, highlights, changes and their words, the
/// action plan, the privacy rule, the findings — worked out once, so that the terminal,
/// JSON, Markdown, HTML, SVG and XLSX renderers only lay it out and can never disagree.
/// Numbers stay numbers (renderers format them with ``ReportNumbers``); every sentence is
/// decided here or in ``ReportWords``.
public struct ReportModel: Sendable {
    /// The assessment the model was built from (the JSON renderer writes its full precision).
    public var assessment: Assessment
    /// The report's title.
    public var title: String
    /// The coalition's name, if given.
    public var coalition: String?
    /// The instrument's title, id and version, as the reports name it.
    public var instrumentLine: String
    /// The answer scale.
    public var scale: Scale
    /// The band thresholds of that scale.
    public var thresholds: BandThresholds
    /// Every round, in the order given.
    public var rounds: [Round]
    /// The round the reports are about (the latest scored one); nil when there is no round.
    public var latest: Round?
    /// "Round 2026-Q3 (earlier rounds: …) · instrument …".
    public var roundLine: String
    /// The opening sentences about the latest round.
    public var summary: [String]
    /// How the scored rounds changed; nil with fewer than two.
    public var trend: Trend?
    /// What the areas table's columns mean.
    public var areasNote: String
    /// What the balance of benefits and drawbacks says.
    public var balanceSentence: String
    /// A warning about areas whose statements may not measure one thing; nil when none.
    public var reliabilitySentence: String?
    /// Whether members broadly agree, or where they see things differently.
    public var disagreementSentence: String
    /// What every output says first (``Headline``).
    public var headline: Headline
    /// At most three areas to work on first (``PrioritySelection``).
    public var priorities: [Priority]
    /// "Transparency improved clearly since 2026-Q2: keep going." for each area that clearly
    /// improved into the latest round.
    public var keepGoing: [String]
    /// Said instead of the action plan when no area is weak or divided.
    public var noActionsSentence: String
    /// The full action plan: every weak or divided area with all its steps, most urgent first.
    public var actions: [ActionPlan.Entry]
    /// The planning worksheet's questions.
    public var planning: [RecommendationCatalogue.PlanningSection]
    /// For each pair of consecutive rounds, how many members were linked, or why none were
    /// ("A → B: …").
    public var links: [String]
    /// Each input file with its platform and the personal-data columns dropped.
    public var inputs: [(file: String, platform: String, personalColumns: String)]
    /// The findings.
    public var findings: Findings
    /// The map of connections of every round that has one, in round order.
    public var networks: [Network]
    /// The latest round's map of connections; nil when it has none.
    public var network: Network?
    /// Why the latest round has no map although the connection questions were asked; nil
    /// otherwise.
    public var networkNote: String?
    /// What the latest map suggests discussing (part of the action plan); empty without a map.
    public var connectionActions: [ActionPlan.Discussion]
    /// The version of tapestry that made the report.
    public var toolVersion: String

    /// The model of `assessment`; `catalogue` gives the action plan's steps.
    public init(_ assessment: Assessment, catalogue: RecommendationCatalogue, toolVersion: String) {
        self.assessment = assessment
        self.toolVersion = toolVersion
        let instrument = assessment.instrument
        scale = instrument.scale
        thresholds = BandThresholds(instrument.scale)
        title = "Partnership health check"
        coalition = assessment.coalition
        instrumentLine = "\(instrument.title) (\(instrument.id), version \(instrument.version))"
        rounds = assessment.rounds.map { Self.round($0, instrument: instrument, options: assessment.options) }
        let latestLabel = assessment.latestRound?.label
        latest = rounds.last { $0.label == latestLabel }
        let earlier = rounds.map(\.label).filter { $0 != latestLabel }
        roundLine = (latestLabel.map { "Round \($0)" } ?? "No round")
            + (earlier.isEmpty ? "" : " (earlier rounds: \(earlier.joined(separator: ", ")))")
            + " · instrument \(instrument.title), version \(instrument.version)"
        trend = Self.trend(assessment, rounds: rounds)
        let scaleRange = "\(scale.min)–\(scale.max)"
        areasNote = "Score: the mean on the \(scaleRange) scale, with its 95% confidence interval. "
            + "Band: strength from \(ReportNumbers.plain(thresholds.strengthScore)), concern below \(ReportNumbers.plain(thresholds.concernScore)); "
            + "for drawbacks a low score is healthy and the band uses the flipped score. "
            + "Health: the score on 0–100, higher always healthier. At strength level: the share of members whose own score reaches the strength band."
        if let balance = latest?.balance {
            balanceSentence = "Benefits score \(ReportNumbers.signed(balance)) points \(balance >= 0 ? "above" : "below") drawbacks on the \(scaleRange) scale. "
                + "The higher the benefits and the lower the drawbacks, the more the coalition is worth its cost to members."
        } else {
            balanceSentence = "Benefits and drawbacks could not both be scored."
        }
        let unreliable = latest?.unreliable.map(\.title) ?? []
        reliabilitySentence = unreliable.isEmpty ? nil
            : "The statements of \(ReportWords.list(unreliable)) may not measure one thing (Cronbach's alpha below 0.7): read them one by one rather than trusting the average."
        let divided = latest?.divided.map(\.title) ?? []
        disagreementSentence = divided.isEmpty ? "Members broadly agree with each other in every area."
            : "Members see \(ReportWords.list(divided)) differently: there the average hides real disagreement, which is worth talking about."
        if let round = assessment.latestRound {
            actions = ActionPlan(round: round, instrument: instrument, catalogue: catalogue, rounds: assessment.scoredRounds.count).entries
        } else {
            actions = []
        }
        let trend = self.trend, latest = self.latest
        let improvedIDs = Set(trend?.latestChanges.filter { !$0.isHealthIndex && $0.result.direction == .improved }.map(\.result.dimension) ?? [])
        let scoredRounds = assessment.scoredRounds.count
        priorities = latest.map { PrioritySelection.priorities($0, improved: improvedIDs, scale: instrument.scale, catalogue: catalogue, rounds: scoredRounds) } ?? []
        let since = trend?.from ?? "the last round"
        keepGoing = (latest?.areas ?? []).filter { improvedIDs.contains($0.id) }.map { area in
            "\(area.title) improved clearly since \(since): keep going."
        }
        noActionsSentence = scoredRounds > 1
            ? "No area is weak or divided: keep doing what works, and keep comparing each round with the last."
            : "No area is weak or divided: keep doing what works, and run this check again in six months."
        headline = Self.headline(assessment, latest: latest, trend: trend, priorities: priorities)
        networks = Self.networks(assessment)
        network = networks.last { $0.round == latestLabel }
        networkNote = Self.networkNote(assessment)
        connectionActions = ActionPlan.discussions(network, catalogue: catalogue)
        if let network { headline.sentences.append(network.headlineSentence) }
        planning = catalogue.planning
        links = assessment.links.map(LinkWords.line)
        inputs = assessment.inputs.map { ($0.file, $0.platform, LinkWords.personalColumns($0, separator: ", ")) }
        findings = Self.findings(assessment.findingsBySeverity)
        summary = []
        summary = openingSentences(options: assessment.options)
    }

    /// The opening paragraph about the latest round.
    private func openingSentences(options: ScoringOptions) -> [String] {
        guard let round = latest else { return ["There is no round to report on."] }
        let onlyMissing = round.rows.onlyMissing > 0
            ? ", \(round.rows.onlyMissing) of them answering only \"don't know\" or \"not applicable\"" : ""
        var sentences = ["\(round.rows.accepted) members' answers were scored (\(round.rows.read) rows read, \(round.rows.rejected) set aside\(onlyMissing); see Data quality)."]
        // The health index and whether members disagree are the headline's; not said twice.
        if round.healthIndex != nil {
            sentences.append("Of the partnership's \(round.areas.count) areas, "
                + "\(ReportWords.count(round.count(.strength), "is a strength", "are strengths")), "
                + "\(ReportWords.count(round.count(.borderline), "is borderline", "are borderline")) and "
                + "\(ReportWords.count(round.count(.concern), "is of concern", "are of concern")).")
        } else {
            sentences.append(ReportWords.nothingScored)
        }
        if !round.strongest.isEmpty {
            sentences.append("Strongest: \(ReportWords.list(round.strongest.map(\.title))). Weakest: \(ReportWords.list(round.weakest.map(\.title))).")
        }
        if let balance = round.balance {
            sentences.append(balance >= 0
                ? "On balance members gain more from the coalition than it costs them (benefits minus drawbacks: \(ReportNumbers.signed(balance)))."
                : "On balance membership costs members more than it gives them (benefits minus drawbacks: \(ReportNumbers.signed(balance))).")
        }
        if !options.isAnonymous, round.groups != nil {
            sentences.append("Groups as small as \(options.minimumGroupSize) are shown: this report is not anonymous.")
        }
        return sentences
    }

    /// One round's areas, categories, highlights and groups.
    static func round(_ result: RoundResult, instrument: Instrument, options: ScoringOptions) -> Round {
        let scale = instrument.scale
        func areas(_ statistics: [DimensionStatistics]) -> [Area] {
            zip(instrument.dimensions, statistics).map { Area($0, statistics: $1, scale: scale) }
        }
        let roundAreas = areas(result.dimensions)
        let highlights = RoundHighlights(result, scale: scale)
        func pick(_ chosen: [DimensionStatistics]) -> [Area] {
            chosen.compactMap { statistics in roundAreas.first { $0.id == statistics.id } }
        }
        var groups: Groups?
        if !result.groups.isEmpty {
            let minimum = options.minimumGroupSize
            let columns = result.groups.map { group in
                GroupColumn(
                    name: group.name, n: group.n, suppressed: group.suppressed,
                    hiddenReason: group.suppressed
                        ? (group.n < minimum ? "fewer than \(minimum) respondents"
                            : "hidden too, so that the smaller hidden groups cannot be worked out from the total")
                        : nil,
                    healthIndex: group.suppressed ? nil : group.healthIndex,
                    areas: group.suppressed ? [] : areas(group.dimensions))
            }
            let hidden = columns.filter(\.suppressed)
            groups = Groups(
                columns: columns,
                rule: options.isAnonymous
                    ? "Groups with fewer than \(minimum) respondents are not shown (nor, where needed, the next smallest, so that the hidden groups together are never fewer than \(minimum)), so no one's answers can be singled out."
                    : "Groups as small as \(minimum) are shown: this comparison is not anonymous.",
                anonymous: options.isAnonymous,
                hiddenSentence: Groups.hiddenSentence(hidden, naming: hidden.count))
        }
        return Round(
            label: result.label, rows: result.rows, respondents: result.respondents,
            healthIndex: result.healthIndex,
            healthBand: result.healthIndex.map { HealthSummary.band(ofHealth: $0, scale: scale) },
            balance: result.balance, areas: roundAreas, categories: result.categories.map(Category.init),
            strongest: pick(highlights.strongest), weakest: pick(highlights.weakest),
            divided: pick(highlights.disagreements), unreliable: pick(highlights.lowReliability),
            groups: groups)
    }

    /// The trend over the scored rounds, and the latest changes in words the CIs support.
    static func trend(_ assessment: Assessment, rounds: [Round]) -> Trend? {
        let scored = rounds.filter { $0.respondents > 0 }
        guard scored.count > 1, let latest = scored.last else { return nil }
        let instrument = assessment.instrument
        let labels = Dictionary(uniqueKeysWithValues: instrument.dimensions.map {
            ($0.id, $0.title + ($0.polarity == .negative ? ReportWords.lowerIsBetter : ""))
        })
        let changes = assessment.changes.map { result in
            let isIndex = result.dimension == ChangeResult.healthIndex
            return Change(result: result, title: isIndex ? "Health index" : labels[result.dimension] ?? result.dimension,
                          isHealthIndex: isIndex, words: result.direction.words,
                          bandChange: ReportWords.bandChange(from: result.bandFrom, to: result.bandTo))
        }
        let latestChanges = changes.filter { $0.result.to == latest.label }
        let titles = Dictionary(uniqueKeysWithValues: instrument.dimensions.map { ($0.id, $0.title) })
        func named(_ direction: Direction) -> [String] {
            latestChanges.filter { !$0.isHealthIndex && $0.result.direction == direction }.map { titles[$0.result.dimension] ?? $0.result.dimension }
        }
        let improved = named(.improved), declined = named(.declined)
        let summary = [
            improved.isEmpty ? "No area clearly improved." : "Clearly improved: \(ReportWords.list(improved)).",
            declined.isEmpty ? "No area clearly declined." : "Clearly declined: \(ReportWords.list(declined)).",
            "Other differences are within what chance alone could give, so they are not called changes.",
        ].joined(separator: " ")
        let pairs = latestChanges.first(where: \.result.paired)?.result.pairs
        let link = assessment.links.first { $0.to == latest.label }
        let pairing = link.map { LinkWords.sentence($0) }
            ?? pairs.map { "The same members answered both rounds (up to \($0) per area), so each member's change was measured." }
            ?? "Members were not linked between rounds, so the rounds are compared as two groups."
        return Trend(
            rounds: scored.map(\.label),
            areas: instrument.dimensions.indices.map { index in
                Series(name: scored[0].areas[index].label, values: scored.map { $0.areas[index].statistics.mean })
            },
            healthIndex: Series(name: "Health index", values: scored.map(\.healthIndex)),
            categories: instrument.categories.map { category in
                Series(name: ReportWords.category(category), values: scored.map { round in
                    round.categories.first { $0.id == category }?.health
                })
            },
            changes: changes, latestChanges: latestChanges,
            from: latestChanges.first?.result.from ?? scored[scored.count - 2].label, to: latest.label,
            pairing: pairing, summary: summary, improved: improved, declined: declined)
    }

    /// The headline: the index and its band, its change since the previous and the first round,
    /// the priorities, what improved and where members disagree.
    static func headline(_ assessment: Assessment, latest: Round?, trend: Trend?, priorities: [Priority]) -> Headline {
        let previous = trend?.latestChanges.first(where: \.isHealthIndex)
        var first: Change?
        let scored = assessment.scoredRounds
        if scored.count >= 3, let from = scored.first, let to = scored.last,
           let result = ChangeCalculator.changes([from, to], instrument: assessment.instrument).first(where: { $0.dimension == ChangeResult.healthIndex }) {
            first = Change(result: result, title: "Health index", isHealthIndex: true, words: result.direction.words, bandChange: nil)
        }
        let improved = trend?.improved ?? []
        let divided = latest?.divided.map(\.title) ?? []
        var sentences: [String] = []
        if let index = latest?.healthIndex {
            sentences.append("Health index: \(ReportNumbers.health(index)) out of 100, \(ReportWords.band(latest?.healthBand)).")
        } else {
            sentences.append(ReportWords.nothingScored)
        }
        if let previous {
            var change = "Since \(previous.result.from): \(previous.differenceText) (\(previous.words))"
            if let first { change += "; since \(first.result.from), the first round: \(first.differenceText) (\(first.words))" }
            sentences.append(change + ".")
        }
        if !priorities.isEmpty {
            sentences.append("Work first on: \(ReportWords.list(priorities.map(\.area.title))).")
        }
        if trend != nil {
            sentences.append(improved.isEmpty ? "No area clearly improved since \(trend?.from ?? "the last round")."
                : "Clearly improved since \(trend?.from ?? "the last round"): \(ReportWords.list(improved)).")
        }
        sentences.append(divided.isEmpty ? "Members broadly agree with each other in every area."
            : "Members see \(ReportWords.list(divided)) differently.")
        return Headline(healthIndex: latest?.healthIndex, bandWord: ReportWords.band(latest?.healthBand), sincePrevious: previous,
                        sinceFirst: first, priorities: priorities.map(\.area.title), improved: improved, divided: divided,
                        sentences: sentences)
    }

    /// The findings with their counts in words.
    static func findings(_ all: [Finding]) -> Findings {
        let counts = Dictionary(grouping: all, by: \.severity).mapValues(\.count)
        let parts = [Finding.Severity.error, .warning, .info].compactMap { severity -> String? in
            guard let count = counts[severity], count > 0 else { return nil }
            return ReportWords.plural(count, severity == .info ? "note" : severity.rawValue)
        }
        return Findings(
            all: all,
            summary: all.isEmpty ? "No findings: every value was read as expected."
                : "\(ReportWords.plural(all.count, "finding")): \(parts.joined(separator: ", ")).",
            counts: parts.joined(separator: ", "))
    }
}
