import Foundation
import TapestryTemplates

/// The workshop comparison as one web page (`compare --format html`): `comparison.html`,
/// rendered from `Templates/reports/comparison.html.mustache` with the same
/// ``ComparisonViewModel`` as the Markdown, its values escaped for HTML, large type for a room's
/// projector, a print style sheet, and no script or link to anything outside the file.
public struct ComparisonHTMLRenderer: Sendable {
    /// Where the template lives under `Templates/`.
    public static let templatePath = "reports/comparison.html.mustache"
    /// The file it writes into an `--output` folder.
    public static let fileName = "comparison.html"

    private let template: ReportTemplate

    /// A renderer with the shipped template.
    public init() throws {
        guard let text = TemplateFiles.contents(of: Self.templatePath) else {
            throw ReportError.template("the comparison's HTML template is missing from this build; run `make templates`.")
        }
        template = try ReportTemplate(text, name: "the shipped comparison HTML template", escaping: .html)
    }

    /// The page.
    public func render(_ model: ComparisonModel) throws -> Data {
        let html = try template.render(ComparisonViewModel(model))
        return Data((html.trimmingCharacters(in: .newlines) + "\n").utf8)
    }
}
