import Foundation
import TapestryTemplates

/// The workshop comparison as Markdown (`compare --format markdown`): `comparison.md`,
/// rendered from `Templates/reports/comparison.md.mustache` with ``ComparisonViewModel``, its
/// values escaped for Markdown.
public struct ComparisonMarkdownRenderer: Sendable {
    /// Where the template lives under `Templates/`.
    public static let templatePath = "reports/comparison.md.mustache"
    /// The file it writes into an `--output` folder.
    public static let fileName = "comparison.md"

    private let template: ReportTemplate

    /// A renderer with the shipped template.
    public init() throws {
        guard let text = TemplateFiles.contents(of: Self.templatePath) else {
            throw ReportError.template("the comparison's Markdown template is missing from this build; run `make templates`.")
        }
        template = try ReportTemplate(text, name: "the shipped comparison template")
    }

    /// The Markdown text, ending with one newline.
    public func render(_ model: ComparisonModel) throws -> Data {
        var markdown = try template.render(ComparisonViewModel(model))
        // Sections left empty leave runs of blank lines.
        while markdown.contains("\n\n\n") { markdown = markdown.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        return Data((markdown.trimmingCharacters(in: .newlines) + "\n").utf8)
    }
}
