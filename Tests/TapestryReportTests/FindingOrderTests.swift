import Foundation
import TapestryTestSupport
import Testing
import TapestryReport
import TapestryScoring

/// Reports for people list findings most serious first, in file order within a severity, so
/// that a warning is not buried under notes (issue 10, item 5): the terminal, the Markdown
/// report and the workbook's Data quality sheet. The JSON keeps the order found.
@Suite struct FindingOrderTests {
    /// Twelve notes (partial rows), then a warning on the last line, as an export with many
    /// unfinished responses and one typo gives them.
    static func assessment() throws -> Assessment {
        var assessment = try ReportFixtures.assessment(minimumGroupSize: 1)
        assessment.findings = (2...13).map { (line: Int) in
            Finding(severity: .info, file: "export.csv", line: line, column: "Finished", message: "not scored: note \(line).")
        } + [
            Finding(severity: .warning, file: "export.csv", line: 14, column: "T1", message: "9 is outside the scale."),
            Finding(severity: .info, file: "export.csv", line: 15, message: "note 15."),
            Finding(severity: .warning, file: "export.csv", line: 16, column: "T2", message: "8 is outside the scale."),
        ]
        return assessment
    }

    /// The lines of `text` that hold one of the findings' messages, in order.
    static func messages(in text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            ["9 is outside", "8 is outside", "note 2.", "note 3.", "note 15."].first { line.contains($0) }
        }
    }

    @Test func terminalListsWarningsFirst() throws {
        let text = try TerminalRendererTests.render(try Self.assessment())
        #expect(Self.messages(in: text) == ["9 is outside", "8 is outside", "note 2.", "note 3."])
        #expect(text.contains("Findings: 2 warnings, 13 notes"))
        #expect(text.contains("… and 5 more"))
    }

    @Test func markdownListsWarningsFirst() throws {
        let model = ReportModel(try Self.assessment(), catalogue: try RecommendationCatalogue.shipped(), toolVersion: "t")
        let report = String(decoding: try MarkdownRenderer(jsonLink: false).render(model)[0].contents, as: UTF8.self)
        #expect(Array(Self.messages(in: report).prefix(4)) == ["9 is outside", "8 is outside", "note 2.", "note 3."])
    }

    @Test func dataQualitySheetListsWarningsFirst() throws {
        let data = try XLSXRenderer().render(ReportModel(try Self.assessment(), catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test"))
        let output = try XLSXRendererTests.read(data, """
            ws = wb["Data quality"]
            table = ws.tables["Findings"]
            rows = list(ws[table.ref])[1:]
            print("|".join(f"{r[0].value} {r[1].value}" for r in rows))
            """)
        let expected = ["warning 14", "warning 16"] + (2...13).map { "note \($0)" } + ["note 15"]
        #expect(output == expected.joined(separator: "|"))
    }

    @Test func jsonKeepsTheOrderFound() throws {
        let assessment = try Self.assessment()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(try TerminalRendererTests.model(assessment)).utf8)) as? [String: Any])
        let lines = (root["findings"] as? [[String: Any]])?.compactMap { $0["line"] as? Int }
        #expect(lines == assessment.findings.compactMap(\.line))
    }
}
