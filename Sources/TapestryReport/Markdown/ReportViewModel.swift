import TapestryScoring

/// What the report templates (Markdown and HTML) print: the ``ReportModel`` laid out as
/// text. Every number is formatted here with ``ReportNumbers`` and every word comes from the
/// model or ``ReportWords``; nothing is computed. Property names are what templates refer to
/// (a user's `--template` may use any of them, so they stay as they are); every string is
/// escaped for the template's format when printed.
struct ReportViewModel {
    struct Fact { var label: String; var value: String }
    /// A chart: where the Markdown report writes it, what it shows in words, and its drawing
    /// for a place inside an HTML page (``SVGDocument/inline()``; print it unescaped).
    struct Chart { var path: String; var alt: String; var svg: String }
    struct DimensionRow {
        /// The area's label ("(lower is better)" for a drawback).
        var title: String
        var category: String
        var score: String
        var ci: String
        /// Health on 0–100.
        var health: String
        var band: String
        /// The share of members whose own score reaches the strength band.
        var atStrength: String
        /// The same as ``atStrength``, under the name templates written before it knew.
        var agree: String
        var n: Int
    }
    struct BalanceRow { var label: String; var score: String; var band: String }
    struct ItemRow {
        var text: String
        var reverse: Bool
        /// "worded the other way" for a reverse-keyed statement; nil otherwise.
        var reverseNote: String?
        var n: Int
        var mean: String
        /// The shares of valid answers below, on and above the scale's midpoint, as answered.
        var disagree: String
        var neutral: String
        var agree: String
        var missing: Int
    }
    struct ItemSection {
        var title: String
        var note: String?
        var items: [ItemRow]
        /// A compact chart of its statements, for a place inside an HTML page (print it
        /// unescaped); no file is written of it. Named apart from ``Chart/svg`` so that the
        /// template checks bound it by its own size, not by the chart of all statements.
        var answersSVG: String
        /// What that chart shows, in words.
        var answersAlt: String
    }
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
    /// One of the (at most three) areas to work on first.
    struct Priority {
        var number: Int
        var title: String
        /// Why it comes first, in words.
        var reason: String
        /// The group(s) that lag in it, in words; nil when none does (or no groups were compared).
        var lagging: String?
        /// Its one or two steps.
        var steps: [String]
    }
    /// One organisation in the Connections table: network figures only, never its answers.
    struct NetworkMember {
        var name: String
        var type: String
        var responded: String
        var tiesIn: Int
        var tiesOut: Int
        var betweenness: String
        /// "holds the coalition together", "no ties" or "".
        var role: String
    }
    struct NetworkSuggestion { var name: String; var mentions: Int }
    /// The Connections section: the map, its figures and sentences, every organisation, the
    /// suggestions and the change since the previous map.
    struct Connections {
        var round: String
        var sentences: [String]
        var figures: [Fact]
        var chart: Chart
        var diagramNote: String
        var members: [NetworkMember]
        var suggestions: [NetworkSuggestion]
        var hasSuggestions: Bool
        var change: String?
    }
    /// Something the map suggests discussing, in the action plan.
    struct Discussion { var title: String; var names: String; var why: String; var steps: [String]; var note: String }
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
    /// The headline (``ReportModel/Headline/sentences``), what the report says first.
    var headline: [String]
    var summary: [String]
    var trend: Trend?
    var facts: [Fact]
    var radar: Chart?
    var barChart: Chart
    var agreementChart: Chart
    /// Which statements the statements charts draw mirrored (healthier answers always on the
    /// right), for the caption; nil when none is.
    var mirroredNote: String?
    var dimensionsNote: String
    var dimensions: [DimensionRow]
    var reliability: String?
    var balanceSentence: String
    var balanceRows: [BalanceRow]
    var itemSections: [ItemSection]
    var groups: Groups?
    /// The map of connections; nil without one.
    var connections: Connections?
    /// Why the map is not shown although the connection questions were asked.
    var connectionsNote: String?
    /// What the map suggests discussing (the action plan's last part).
    var connectionActions: [Discussion]
    var hasConnectionActions: Bool
    /// The priorities the action plan opens with (at most three).
    var priorities: [Priority]
    var hasPriorities: Bool
    /// Areas that clearly improved, acknowledged ("keep going") rather than prioritised.
    var keepGoing: [String]
    /// Whether there is any area to act on (the full catalogue of steps, ``actions``).
    var hasActions: Bool
    /// Every weak or divided area with all its steps, most urgent first.
    var actions: [Action]
    /// What the action plan says when no area is weak or divided.
    var noActionsSentence: String
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

    /// How many findings the report lists before pointing to the JSON.
    static let findingsShown = 20

    /// The view of `model`'s latest round `round` with its `charts`; `jsonLink` says whether
    /// `assessment.json` is written beside the report.
    init(_ model: ReportModel, round: ReportModel.Round, charts: ReportCharts, jsonLink: Bool) {
        title = model.title
        coalition = model.coalition
        roundLine = model.roundLine
        headline = model.headline.sentences
        summary = model.summary
        self.jsonLink = jsonLink
        toolVersion = model.toolVersion
        trend = model.trend.flatMap { trend in charts.trend.map { Self.trend(trend, chart: $0) } }

        facts = [
            Fact(label: "Health index", value: round.healthIndex.map { "\(ReportNumbers.health($0)) / 100" } ?? "–"),
            Fact(label: "Balance (benefits − drawbacks)", value: ReportNumbers.signed(round.balance)),
            Fact(label: "Answers scored", value: "\(round.rows.accepted) of \(round.rows.read) rows"),
        ]

        func healthList(_ areas: [ReportModel.Area]) -> String {
            areas.map { "\($0.title) \(ReportNumbers.health($0.health))" }.joined(separator: ", ")
        }
        radar = charts.radar.map { chart in
            Self.chart(chart, alt: "Radar chart of the principles' health from 0 to 100: " + healthList(round.areas(in: "principle")))
        }
        barChart = Self.chart(charts.areas, alt: "Bar chart of every area's health from 0 to 100, with the concern "
            + "(\(ReportNumbers.plain(model.thresholds.concernHealth))) and strength (\(ReportNumbers.plain(model.thresholds.strengthHealth))) thresholds: "
            + healthList(round.areas))
        agreementChart = Self.chart(charts.statements, alt: "Diverging bar chart of how members answered each statement, "
            + "the less healthy answers to the left and the healthier ones to the right")
        mirroredNote = round.mirroredSentence

        dimensionsNote = model.areasNote
        dimensions = round.areas.map { area in
            let statistics = area.statistics
            return DimensionRow(
                title: area.label, category: area.category, score: ReportNumbers.score(statistics.mean),
                ci: ReportNumbers.interval(statistics.ci95?.lower, statistics.ci95?.upper), health: ReportNumbers.health(area.health),
                band: area.bandWord, atStrength: ReportNumbers.percent(statistics.favorable), agree: ReportNumbers.percent(statistics.favorable),
                n: statistics.n)
        }
        reliability = model.reliabilitySentence

        balanceSentence = model.balanceSentence
        balanceRows = (round.areas(in: "benefit") + round.areas(in: "drawback")).map { area in
            BalanceRow(label: area.label, score: ReportNumbers.score(area.statistics.mean), band: area.bandWord)
        }

        // A scale with an even number of points has no middle to be neutral on.
        let hasMiddle = model.scale.pointCount % 2 == 1
        itemSections = zip(round.areas, charts.statementsByArea).map { area, chart in
            ItemSection(
                title: area.title, note: area.polarity == .negative ? ReportWords.agreeingIsACost : nil,
                items: area.statements.map { statement in
                    let answers = statement.statistics
                    return ItemRow(
                        text: statement.text, reverse: statement.reverse,
                        reverseNote: statement.reverse ? ReportWords.wordedTheOtherWay : nil,
                        n: answers.n, mean: ReportNumbers.score(answers.mean),
                        disagree: ReportNumbers.percent(answers.disagree),
                        neutral: hasMiddle ? ReportNumbers.percent(answers.neutral) : "–",
                        agree: ReportNumbers.percent(answers.agree), missing: answers.missing)
                },
                answersSVG: chart.inline(),
                answersAlt: "How members answered the statements of \(area.title), the less healthy answers to the left and the healthier ones to the right")
        }

        groups = round.groups.map { groups in
            Groups(
                note: "Mean scores by group. " + groups.rule,
                columns: groups.columns.map(\.name),
                sizes: groups.columns.map { String($0.n) },
                rows: round.areas.enumerated().map { index, area in
                    GroupRow(title: area.label, cells: groups.columns.map { column in
                        column.suppressed ? "not shown" : ReportNumbers.score(column.areas[index].statistics.mean)
                    })
                },
                suppressedNote: groups.hiddenSentence)
        }

        connections = model.network.flatMap { network in charts.network.map { chart in
            Connections(
                round: network.round, sentences: network.sentences,
                figures: network.figures.map { Fact(label: $0.label, value: $0.value) },
                chart: Self.chart(chart, alt: network.diagramDescription), diagramNote: network.diagramNote,
                members: network.members.map { member in
                    NetworkMember(name: member.name, type: member.typeWord, responded: member.respondedWord, tiesIn: member.inDegree,
                                  tiesOut: member.outDegree, betweenness: member.betweennessText, role: member.role)
                },
                suggestions: network.suggestions.map { NetworkSuggestion(name: $0.name, mentions: $0.mentions) },
                hasSuggestions: !network.suggestions.isEmpty, change: network.change)
        } }
        connectionsNote = model.networkNote
        connectionActions = model.connectionActions.map { Discussion(title: $0.title, names: $0.names, why: $0.why, steps: $0.steps, note: $0.note) }
        hasConnectionActions = !model.connectionActions.isEmpty
        priorities = model.priorities.map { priority in
            Priority(number: priority.number, title: priority.area.title, reason: priority.reason, lagging: priority.laggingGroups, steps: priority.steps)
        }
        hasPriorities = !model.priorities.isEmpty
        keepGoing = model.keepGoing
        noActionsSentence = model.noActionsSentence
        hasActions = !model.actions.isEmpty
        actions = model.actions.enumerated().map { index, entry in
            Action(number: index + 1, title: entry.title, status: model.status(of: entry), why: entry.why, steps: entry.steps, weakest: entry.weakestQuoted)
        }
        planning = model.planning.map { section in
            PlanningSection(title: section.title, questions: section.questions.map(Question.init))
        }

        rounds = model.rounds.map { RoundRow(label: $0.label, read: $0.rows.read, scored: $0.rows.accepted, setAside: $0.rows.rejected) }
        links = model.links
        inputs = model.inputs.map { Input(file: $0.file, platform: $0.platform, personal: $0.personalColumns) }
        findingsSummary = model.findings.summary
        findings = model.findings.all.prefix(Self.findingsShown).map { finding in
            FindingRow(severity: ReportModel.Findings.severity(finding), place: finding.location, message: finding.message)
        }
        hasFindings = !model.findings.all.isEmpty
        moreFindings = model.findings.more(afterShowing: Self.findingsShown)
    }

    /// The trend section: scores per round and the latest changes.
    static func trend(_ trend: ReportModel.Trend, chart: ReportCharts.Chart) -> Trend {
        let rows = trend.areas.map { TrendRow(title: $0.name, values: $0.values.map(ReportNumbers.score)) }
            + [TrendRow(title: trend.healthIndex.name, values: trend.healthIndex.values.map(ReportNumbers.health))]
        let alt = "Line chart of the health index and each category's health per round: "
            + zip(trend.rounds, trend.healthIndex.values).map { "\($0) \(ReportNumbers.health($1))" }.joined(separator: ", ")
        return Trend(
            rounds: trend.rounds, rows: rows, from: trend.from, to: trend.to, pairing: trend.pairing,
            changes: trend.latestChanges.map { change in
                ChangeRow(title: change.title, change: change.differenceText, ci: change.intervalText, shows: change.words,
                          band: change.bandChange ?? "")
            },
            summary: trend.summary,
            chart: Self.chart(chart, alt: alt))
    }

    static func chart(_ chart: ReportCharts.Chart, alt: String) -> Chart {
        Chart(path: chart.path, alt: alt, svg: chart.document.inline())
    }
}
