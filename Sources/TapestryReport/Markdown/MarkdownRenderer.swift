import Foundation
import TapestryTemplates

/// The coalition's report (`--format markdown`): `report.md`, rendered from a Mustache
/// template (`Templates/reports/report.md.mustache`, or the user's own with `--template`),
/// and its charts as SVG files under `charts/`. It lays out the ``ReportModel`` through
/// ``ReportViewModel``, the view the HTML report shares.
public struct MarkdownRenderer: Sendable {
    /// Where the default template lives under `Templates/`.
    public static let defaultTemplatePath = "reports/report.md.mustache"

    private let template: ReportTemplate
    private let jsonLink: Bool

    /// A renderer with `template` (the default one when nil). `jsonLink` says whether
    /// `assessment.json` is written beside the report. Throws ``ReportError/template(_:)``
    /// for a template that is too large or nests too deep (see ``ReportTemplate``).
    public init(template: String? = nil, jsonLink: Bool) throws {
        guard let text = template ?? TemplateFiles.contents(of: Self.defaultTemplatePath) else {
            throw ReportError.template("the report template is missing from this build; run `make templates`.")
        }
        self.template = try ReportTemplate(text, name: template == nil ? "the shipped report template" : "the report template (--template)")
        self.jsonLink = jsonLink
    }

    /// The report and its charts, as paths relative to the output folder.
    public func render(_ model: ReportModel) throws -> [(name: String, contents: Data)] {
        guard let round = model.latest else { throw ReportError.template("there is no round to report on.") }
        let charts = ReportCharts(model, round: round)
        var markdown = try template.render(ReportViewModel(model, round: round, charts: charts, jsonLink: jsonLink))
        // Templates may leave runs of blank lines where sections are empty.
        while markdown.contains("\n\n\n") { markdown = markdown.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        markdown = markdown.trimmingCharacters(in: .newlines) + "\n"
        var files: [(name: String, contents: Data)] = [("report.md", Data(markdown.utf8))]
        for chart in charts.all { files.append((chart.path, Data(chart.document.rendered().utf8))) }
        return files
    }
}
