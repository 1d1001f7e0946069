import Foundation
import TapestryScoring
import TapestryTemplates

/// The coalition's report (`--format markdown`): `report.md`, rendered from a Mustache
/// template (`Templates/reports/report.md.mustache`, or the user's own with `--template`),
/// and its charts as SVG files under `charts/`.
public struct MarkdownRenderer: Sendable {
    /// Where the default template lives under `Templates/`.
    public static let defaultTemplatePath = "reports/report.md.mustache"

    private let template: ReportTemplate
    private let catalogue: RecommendationCatalogue
    private let jsonLink: Bool
    private let toolVersion: String

    /// A renderer with `template` (the default one when nil). `jsonLink` says whether
    /// `assessment.json` is written beside the report. Throws ``ReportError/template(_:)``
    /// for a template that is too large or nests too deep (see ``ReportTemplate``).
    public init(template: String? = nil, catalogue: RecommendationCatalogue, jsonLink: Bool, toolVersion: String) throws {
        guard let text = template ?? TemplateFiles.contents(of: Self.defaultTemplatePath) else {
            throw ReportError.template("the report template is missing from this build; run `make templates`.")
        }
        self.template = try ReportTemplate(text, name: template == nil ? "the shipped report template" : "the report template (--template)")
        self.catalogue = catalogue
        self.jsonLink = jsonLink
        self.toolVersion = toolVersion
    }

    /// The report and its charts, as paths relative to the output folder.
    public func render(_ assessment: Assessment) throws -> [(name: String, contents: Data)] {
        guard !assessment.rounds.isEmpty else { throw ReportError.template("there is no round to report on.") }
        let model = ReportViewModel(assessment, catalogue: catalogue, jsonLink: jsonLink, toolVersion: toolVersion)
        var markdown = try template.render(model)
        // Templates may leave runs of blank lines where sections are empty.
        while markdown.contains("\n\n\n") { markdown = markdown.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        markdown = markdown.trimmingCharacters(in: .newlines) + "\n"
        var files: [(name: String, contents: Data)] = [("report.md", Data(markdown.utf8))]
        for (path, svg) in charts(assessment) { files.append((path, Data(svg.utf8))) }
        return files
    }

    /// The charts of the latest round.
    func charts(_ assessment: Assessment) -> [(String, String)] {
        let instrument = assessment.instrument
        let scale = instrument.scale
        let round = assessment.latestRound!
        let titles = Dictionary(uniqueKeysWithValues: instrument.dimensions.map { ($0.id, $0.title) })
        var charts: [(String, String)] = []
        let principles = round.dimensions.filter { $0.category == "principle" }
        if principles.count >= 3 {
            charts.append((ReportViewModel.radarPath, RadarChartSVG.render(
                title: "The principles of partnership", axes: principles.map {
                    RadarChartSVG.Axis(label: titles[$0.id] ?? $0.id, value: ReportViewModel.health($0, scale))
                })))
        }
        charts.append((ReportViewModel.barPath, BarChartSVG.render(
            title: "Health of every area", bars: round.dimensions.map {
                BarChartSVG.Bar(label: (titles[$0.id] ?? $0.id) + ($0.polarity == .negative ? " (flipped)" : ""),
                                value: ReportViewModel.health($0, scale), band: $0.band)
            })))
        let scoredRounds = assessment.scoredRounds
        if scoredRounds.count > 1 {
            let series = [LineChartSVG.Series(name: "Health index", values: scoredRounds.map(\.healthIndex))]
                + instrument.categories.map { category in
                    LineChartSVG.Series(name: category.capitalized, values: scoredRounds.map { round in
                        HealthSummary.healthIndex(round.dimensions.filter { $0.category == category }, scale: scale)
                    })
                }
            charts.append((ReportViewModel.trendPath, LineChartSVG.render(
                title: "Health over the rounds", rounds: scoredRounds.map(\.label), series: series)))
        }
        charts.append((ReportViewModel.agreementPath, AgreementChartSVG.render(
            title: "How members answered each statement", labels: scale.labels,
            sections: zip(instrument.dimensions, round.dimensions).map { dimension, statistics in
                AgreementChartSVG.Section(
                    title: dimension.title, note: dimension.polarity == .negative ? "agreeing is a cost" : nil,
                    statements: zip(dimension.items, statistics.items).map { item, stats in
                        AgreementChartSVG.Statement(label: Self.short(item.text) + (item.reverse ? " (reversed)" : ""), counts: stats.counts)
                    })
            })))
        return charts
    }

    /// A statement cut to fit a chart's label column.
    static func short(_ text: String) -> String {
        text.count > 52 ? String(text.prefix(50)).trimmingCharacters(in: .whitespaces) + "…" : text
    }
}
