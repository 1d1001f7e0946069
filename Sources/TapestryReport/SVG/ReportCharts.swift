/// The report's charts, drawn from the model once for both reports that show them: the
/// Markdown report writes them as files under `charts/`, the HTML report puts the same
/// drawings inside its page. Every number and word on them comes from the model.
struct ReportCharts {
    /// One chart: where the Markdown report writes it, and its drawing.
    struct Chart {
        /// Its path under the output folder.
        var path: String
        /// The drawing.
        var document: SVGDocument
    }

    /// The principles' health on a radar; nil with fewer than three principles.
    var radar: Chart?
    /// Every area's health as bars.
    var areas: Chart
    /// Health over the scored rounds; nil with fewer than two.
    var trend: Chart?
    /// How members answered each statement.
    var statements: Chart
    /// The same, one compact chart per area (in the order of the round's areas), for a
    /// report that shows each beside its area's table; not written as files.
    var statementsByArea: [SVGDocument]
    /// The latest round's map of connections; nil without one.
    var network: Chart?

    /// The charts of the model's latest round (and its trend).
    init(_ model: ReportModel, round: ReportModel.Round) {
        let principles = round.areas(in: "principle")
        radar = principles.count >= 3
            ? Chart(path: "charts/principles.svg", document: RadarChartSVG.render(
                id: "principles", title: "The principles of partnership",
                axes: principles.map { RadarChartSVG.Axis(label: $0.title, value: $0.health) }, thresholds: model.thresholds))
            : nil
        areas = Chart(path: "charts/dimensions.svg", document: BarChartSVG.render(
            id: "dimensions", title: "Health of every area",
            bars: round.areas.map { area in
                BarChartSVG.Bar(label: area.title + (area.polarity == .negative ? ReportWords.flipped : ""),
                                value: area.health, band: area.band, bandWord: area.bandWord)
            },
            thresholds: model.thresholds))
        trend = model.trend.map { trend in
            Chart(path: "charts/trend.svg", document: LineChartSVG.render(
                id: "trend", title: "Health over the rounds", rounds: trend.rounds,
                series: [trend.healthIndex] + trend.categories, thresholds: model.thresholds))
        }
        statements = Chart(path: "charts/statements.svg", document: AgreementChartSVG.render(
            id: "statements", title: "How members answered each statement", labels: model.scale.labels,
            sections: round.areas.map(Self.section)))
        network = model.network.map { Chart(path: "charts/connections.svg", document: NetworkDiagramSVG.render(id: "connections", $0)) }
        statementsByArea = round.areas.enumerated().map { index, area in
            AgreementChartSVG.render(id: "statements-\(index + 1)", title: nil, labels: model.scale.labels,
                                     sections: [Self.section(area)])
        }
    }

    /// An area's statements for a statements chart: written whole, and mirrored where agreeing
    /// is the less healthy answer, so the healthier answers are always on the right.
    static func section(_ area: ReportModel.Area) -> AgreementChartSVG.Section {
        AgreementChartSVG.Section(
            title: area.title, note: area.polarity == .negative ? ReportWords.agreeingIsACost : nil,
            statements: area.statements.map { statement in
                AgreementChartSVG.Statement(label: label(statement), statistics: statement.statistics, mirrored: !statement.agreeingIsHealthy)
            })
    }

    /// Every chart, in the order the report shows them.
    var all: [Chart] { [radar, areas, trend, statements, network].compactMap { $0 } }

    /// A statement's label in a statements chart: its whole text (the chart wraps it), whether
    /// it is worded the other way, and whether its bar is mirrored.
    static func label(_ statement: ReportModel.Statement) -> String {
        let notes = (statement.reverse ? [ReportWords.wordedTheOtherWay] : []) + (statement.agreeingIsHealthy ? [] : [ReportWords.mirrored])
        return notes.isEmpty ? statement.text : "\(statement.text) (\(notes.joined(separator: "; ")))"
    }
}
