import Foundation
import TapestryTemplates

/// The coalition's report as one web page (`--format html`): `report.html`, rendered from
/// `Templates/reports/report.html.mustache` with the same ``ReportViewModel`` as the Markdown
/// report, its values escaped for HTML, its charts drawn inside the page, its style inline
/// (with a print style sheet), and no script or link to anything outside the file: a
/// coordinator can e-mail it or print it from a browser.
public struct HTMLRenderer: Sendable {
    /// Where the template lives under `Templates/`.
    public static let templatePath = "reports/report.html.mustache"

    private let template: ReportTemplate
    private let jsonLink: Bool

    /// A renderer with the shipped template. `jsonLink` says whether `assessment.json` is
    /// written beside the report.
    public init(jsonLink: Bool) throws {
        guard let text = TemplateFiles.contents(of: Self.templatePath) else {
            throw ReportError.template("the HTML report template is missing from this build; run `make templates`.")
        }
        template = try ReportTemplate(text, name: "the shipped HTML report template", escaping: .html)
        self.jsonLink = jsonLink
    }

    /// The page.
    public func render(_ model: ReportModel) throws -> Data {
        guard let round = model.latest else { throw ReportError.template("there is no round to report on.") }
        let view = ReportViewModel(model, round: round, charts: ReportCharts(model, round: round), jsonLink: jsonLink)
        let html = try template.render(view)
        return Data((html.trimmingCharacters(in: .newlines) + "\n").utf8)
    }
}
