import Foundation
import TapestryTestSupport
import Testing
import TapestryImport
import TapestryReport
import TapestryScoring

/// The workbook renderer on its own (the CLI tests read whole workbooks back against JSON).
@Suite struct XLSXRendererTests {
    /// Runs Python with openpyxl on a workbook and returns what the snippet prints.
    static func read(_ data: Data, _ snippet: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-\(UUID().uuidString).xlsx")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try Python.run(["-c", "import openpyxl,sys\nwb = openpyxl.load_workbook(sys.argv[1])\n" + snippet, url.path]).output
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func assessment() throws -> Assessment {
        let instrument = ReportFixtures.instrument
        var builder = AssessmentBuilder(instrument: instrument, keepingResponses: true)
        let file = try SurveyFile(data: Data(ReportFixtures.csv.utf8), path: "mini.csv", instrument: instrument)
        let report = try ExportReader(instrument: instrument, options: ImportOptions(groupBy: "team"))
            .read(file, defaultRound: "2026-Q1", into: &builder)
        return Assessment(instrument: instrument, coalition: nil, options: ScoringOptions(), rounds: builder.results(options: ScoringOptions()),
                          findings: report.findings, inputs: [report.input])
    }

    @Test func theResponsesListStopsAtItsLimitAndSaysSo() throws {
        let data = try XLSXRenderer(toolVersion: "test", maximumListedResponses: 3).render(try Self.assessment())
        let output = try Self.read(data, """
            ws = wb["Responses"]
            print(ws.tables["Responses"].ref, "|", ws["A2"].value)
            """)
        #expect(output == "A3:J6 | Only the first 3 of 7 responses are listed here; every sheet's statistics use all of them.")
    }

    @Test func suppressedGroupsAreNotNamedInResponses() throws {
        // Both groups are suppressed at the default minimum of 5 (4 and 3 members).
        let data = try XLSXRenderer(toolVersion: "test").render(try Self.assessment())
        let output = try Self.read(data, """
            ws = wb["Responses"]
            print(sorted(set(row[2] for row in ws.iter_rows(min_row=4, values_only=True))))
            """)
        #expect(output == "['(small group, not shown)']")
    }

    @Test func uncomputableStatisticsAreBlankCellsNotZero() throws {
        let data = try XLSXRenderer(toolVersion: "test").render(try Self.assessment())
        let output = try Self.read(data, """
            ws = wb["Dimensions"]
            for row in ws.iter_rows(min_row=5, values_only=True):
                if row[1] == "unanswered": print(row[5], row[6:15])
            """)
        #expect(output == "0 (None, None, None, None, None, None, None, None, None)")
    }
}
