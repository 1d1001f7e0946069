import Foundation
import Testing
@testable import TapestryReport
import TapestryScoring
import TapestryTemplates

/// Templates are checked before swift-mustache parses or renders them: a few thousand nested
/// sections (a stack overflow before), list sections inside each other (minutes of rendering
/// before), and every limit at its edge.
@Suite(.timeLimit(.minutes(1))) struct ReportTemplateTests {
    struct Row { var title: String }
    struct Model { var rows: [Row]; var flag: Bool }

    static func model(_ count: Int, title: String = "t") -> Model {
        Model(rows: Array(repeating: Row(title: title), count: count), flag: true)
    }

    private func message(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as ReportError {
            return error.description
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    static func nested(_ depth: Int, _ name: String = "flag", opener: String = "#") -> String {
        String(repeating: "{{\(opener)\(name)}}", count: depth) + "x" + String(repeating: "{{/\(name)}}", count: depth)
    }

    @Test func thousandsOfNestedSectionsAreAClearError() throws {
        // Was a stack overflow in swift-mustache's parser.
        for opener in ["#", "^", "$"] {
            let text = try #require(message { try ReportTemplate(Self.nested(3_000, opener: opener), name: "the template") })
            #expect(text.hasPrefix("the template, line 1: sections are nested more than 32 deep"), "\(text)")
        }
        let inheritance = String(repeating: "{{<p}}", count: 3_000)
        #expect(message { try ReportTemplate(inheritance, name: "t") }?.contains("nested more than") == true)
    }

    @Test func sectionDepthIsBoundedInclusively() throws {
        let depth = ReportTemplate.maximumDepth
        #expect(try ReportTemplate(Self.nested(depth), name: "t").render(Self.model(1)) == "x")
        #expect(message { try ReportTemplate(Self.nested(depth + 1), name: "t") }?.contains("nested more than \(depth) deep") == true)
    }

    @Test func nameDepthIsBoundedInclusively() throws {
        // Each dotted part and each transform is a level of recursion in swift-mustache.
        let depth = ReportTemplate.maximumDepth
        let dotted = "{{" + Array(repeating: "a", count: depth + 1).joined(separator: ".") + "}}"
        #expect(try ReportTemplate(dotted, name: "t").render(Self.model(1)) == "")
        let deeper = "{{" + Array(repeating: "a", count: depth + 2).joined(separator: ".") + "}}"
        #expect(message { try ReportTemplate(deeper, name: "t") }?.contains("has more than \(depth) parts and transforms") == true)
        let transforms = "{{" + String(repeating: "f(", count: depth + 1) + "x" + String(repeating: ")", count: depth + 1) + "}}"
        #expect(message { try ReportTemplate(transforms, name: "t") }?.contains("parts and transforms") == true)
    }

    @Test func sizeIsBoundedInclusively() throws {
        let limit = ReportTemplate.maximumBytes
        let atLimit = String(repeating: "é", count: limit / 2)
        #expect(atLimit.utf8.count == limit)
        #expect(try ReportTemplate(atLimit, name: "t").render(Self.model(0)) == atLimit)
        #expect(message { try ReportTemplate(atLimit + "x", name: "t") }?.contains("at most \(limit) bytes") == true)
    }

    @Test func setDelimitersAreFollowed() throws {
        // After `{{=<% %>=}}` a section opens with `<%#`; the new delimiters end with the section.
        let depth = ReportTemplate.maximumDepth
        let hidden = "{{=<% %>=}}" + String(repeating: "<%#flag%>", count: depth + 1) + String(repeating: "<%/flag%>", count: depth + 1)
        #expect(message { try ReportTemplate(hidden, name: "t") }?.contains("nested more than") == true)
        let scoped = "{{#flag}}{{=<% %>=}}<%#flag%>in<%/flag%><%/flag%>{{#flag}}out{{/flag}}"
        #expect(try ReportTemplate(scoped, name: "t").render(Self.model(1)) == "inout")
        // `{{#` inside a comment is no section.
        #expect(try ReportTemplate("{{! {{#flag }}a", name: "t").render(Self.model(1)) == "a")
    }

    @Test(arguments: ["{{#flag}}", "{{/flag}}", "{{#a}}{{/b}}", "{{=<%>=}}", "{{! never closed", "{{{x}}",
                      // swift-mustache traps on an empty section opened by a one-character delimiter.
                      "{{=| |=}}|#a||/a|"])
    func malformedTemplatesNameTheLine(text: String) throws {
        let found = try #require(message { try ReportTemplate("line one\n" + text, name: "the template") })
        #expect(found.hasPrefix("the template, line 2: "), "\(found)")
    }

    @Test func theOutlineReadsTheShippedTemplates() throws {
        for path in [MarkdownRenderer.defaultTemplatePath, HTMLRenderer.templatePath, QuestionnaireRenderer.templatePath] {
            let text = try #require(TemplateFiles.contents(of: path))
            let outline = try MustacheOutline(MarkdownContentType.pragma + text, maximumDepth: ReportTemplate.maximumDepth)
            #expect(outline.sections.count > 3)
        }
    }

    @Test func listSectionsInsideEachOtherAreRefusedBeforeRendering() throws {
        // Was minutes of rendering: each level repeats the whole list again.
        let template = try ReportTemplate(Self.nested(6, "rows").replacingOccurrences(of: "x", with: "{{title}}"), name: "the template")
        let started = Date()
        let text = try #require(message { try template.render(Self.model(16)) })
        #expect(text.hasPrefix("the template, line 1: its sections repeat inside each other"))
        #expect(Date().timeIntervalSince(started) < 1)
        // Two levels are fine.
        #expect(try ReportTemplate(Self.nested(2, "rows"), name: "t").render(Self.model(16)).count == 256)
    }

    @Test func renderingStepsAreBoundedInclusively() throws {
        // `{{#rows}}{{/rows}}` renders its body once per row: the steps are the rows plus the
        // template's own (its three tags, the content-type one included, and itself).
        let template = try ReportTemplate("{{#rows}}{{/rows}}", name: "t")
        let own = MustacheOutline(text: "{{#rows}}{{/rows}}").estimate(ModelShape(Self.model(0))).steps
        #expect(own == 4)
        let limit = ReportTemplate.maximumSteps
        try template.check(ModelShape(Self.model(limit - 4)))
        #expect(message { try template.check(ModelShape(Self.model(limit - 3))) }?.contains("repeat inside each other") == true)
        #expect(try template.render(Self.model(1_000)) == "")
    }

    @Test func renderedSizeIsBoundedInclusively() throws {
        // 64 rows of a 256 KiB text are 16 MiB exactly.
        let limit = ReportTemplate.maximumOutputBytes
        let text = String(repeating: "x", count: limit / 64)
        let template = try ReportTemplate("{{#rows}}\(text){{/rows}}", name: "t")
        try template.check(ModelShape(Self.model(64)))
        #expect(message { try template.check(ModelShape(Self.model(65))) }?.contains("16 MB") == true)
        // A printed value counts at its largest: one more character tips the balance.
        let printed = try ReportTemplate("{{#rows}}{{title}}{{/rows}}", name: "t")
        try printed.check(ModelShape(Self.model(64, title: text)))
        #expect(message { try printed.check(ModelShape(Self.model(64, title: text + "y"))) } != nil)
        // The estimate is what rendering writes.
        #expect(try template.render(Self.model(4)).utf8.count == 4 * text.utf8.count)
    }

    @Test func aListInsideTheElementsThatHoldItIsCountedOnce() throws {
        // 200 sections of 5 items and 4 of 200 would bound at 200 × 200 per section by the
        // longest lists; each item is rendered once, and the estimate knows it.
        struct Item { var text: String }
        struct Section { var title: String; var items: [Item] }
        struct Sections { var sections: [Section] }
        let model = Sections(sections: (0..<200).map { index in
            Section(title: "s", items: Array(repeating: Item(text: "i"), count: index < 4 ? 200 : 1))
        })
        let outline = MustacheOutline(text: "{{#sections}}{{#items}}{{text}}{{/items}}{{/sections}}")
        let estimate = outline.estimate(ModelShape(model))
        #expect(estimate.steps < 4_000, "\(estimate)")
        // Not when the inner list is named from outside the element (`{{#sections}}{{#sections}}`).
        let crossed = MustacheOutline(text: "{{#sections}}{{#sections}}{{title}}{{/sections}}{{/sections}}").estimate(ModelShape(model))
        #expect(crossed.steps >= 200 * 200)
    }

    @Test func theShippedReportOfAnInstrumentAtItsLimitsRenders() throws {
        // 200 dimensions of 5 items with texts of 900 characters, and 20 groups.
        let scale = Scale(min: 1, max: 5, labels: ["a", "b", "c", "d", "e"], missing: [])
        let instrument = Instrument(id: "big", version: "1", title: "Big", scale: scale, dimensions: (0..<InstrumentLoader.maximumDimensions).map { d in
            Dimension(id: "d\(d)", title: "Dimension \(d)", category: ["principle", "norm", "benefit", "drawback"][d % 4],
                      polarity: d % 4 == 3 ? .negative : .positive,
                      items: (0..<5).map { Item(id: "I\(d)x\($0)", text: String(repeating: "w", count: 900)) })
        })
        var csv = "respondent,group," + instrument.items.map(\.id).joined(separator: ",") + "\n"
        for respondent in 0..<100 {
            csv += "r\(respondent),g\(respondent % 20)," + instrument.items.indices.map { String(($0 + respondent) % 5 + 1) }.joined(separator: ",") + "\n"
        }
        let assessment = try MarkdownFixtures.assessment(csv: csv, instrument: instrument, groupBy: "group")
        let report = try #require(try MarkdownFixtures.render(assessment, jsonLink: false)["report.md"])
        #expect(report.contains("Dimension 199"))
        let page = try MarkdownFixtures.html(assessment, jsonLink: false)
        #expect(page.contains("<h3>Dimension 199</h3>"))
    }

    @Test func theQuestionnaireChecksItsTemplateToo() throws {
        let text = try #require(message { try QuestionnaireRenderer.render(try Instrument.partnershipHealth(), template: Self.nested(3_000)) })
        #expect(text.hasPrefix("the questionnaire template, line 1: sections are nested"))
    }
}

extension MustacheOutline {
    /// The outline of `text` as ``ReportTemplate`` reads it (with the content-type tag).
    init(text: String) {
        // swiftlint:disable:next force_try
        try! self.init(MarkdownContentType.pragma + text, maximumDepth: ReportTemplate.maximumDepth)
    }
}
