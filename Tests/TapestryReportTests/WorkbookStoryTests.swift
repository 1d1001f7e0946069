import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring
import TapestryTestSupport
import Testing

/// The workbook's Summary tells the model's story first: the headline's sentences as they are,
/// then the priorities; and no cell of it anywhere holds command-line text.
@Suite struct WorkbookStoryTests {
    /// The three quarterly Riverside rounds, compared by group.
    static func riverside() throws -> ReportModel {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/riverside/rounds")
        let inputs = ["2026-Q1", "2026-Q2", "2026-Q3"].map {
            AssessmentRequest.Input(path: root.appendingPathComponent("\($0.lowercased()).csv").path, round: $0)
        }
        let request = AssessmentRequest(inputs: inputs, coalition: "Riverside Food Justice Coalition",
                                        importing: ImportOptions(groupBy: "group"))
        let assessment = try Assessor.assess(request, instrument: try Instrument.partnershipHealth())
        return ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }

    @Test func theSummaryOpensWithTheHeadlineAndThePriorities() throws {
        let model = try Self.riverside()
        #expect(model.headline.sentences.count >= 3 && model.priorities.count == 3)
        let output = try XLSXRendererTests.read(try XLSXRenderer().render(model), """
            import json
            ws = wb["Summary"]
            column = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
            print(json.dumps({"column": column, "reasons": [ws.cell(row=r, column=2).value for r in range(1, ws.max_row + 1)]}))
            """)
        let read = try XLSXRendererTests.jsonObject(output)
        let column = try #require(read["column"] as? [Any])
        let reasons = try #require(read["reasons"] as? [Any])
        #expect(column[0] as? String == "Partnership health")
        #expect(column[1] as? String == "Riverside Food Justice Coalition")
        let sentences = model.headline.sentences
        #expect(column[2..<(2 + sentences.count)].map { $0 as? String } == sentences.map { Optional($0) })
        // Then the priorities, numbered, with their reasons.
        let heading = try #require(column.firstIndex { $0 as? String == "What to work on first" })
        #expect(heading == 2 + sentences.count + 1)
        for priority in model.priorities {
            let row = heading + priority.number
            #expect(column[row] as? String == "\(priority.number). \(priority.area.title)")
            #expect((reasons[row] as? String)?.hasPrefix(priority.reason) == true)
            if let lagging = priority.laggingGroups { #expect((reasons[row] as? String)?.hasSuffix(lagging) == true) }
        }
        // The health index with its band word, below.
        let index = try #require(column.firstIndex { $0 as? String == "Health index (0–100)" })
        #expect(index > heading + model.priorities.count)
    }

    @Test func aFindingsAdviceLosesItsCommandLineOptions() {
        func message(_ text: String) -> String {
            ReportModel.Findings.messageWithoutOptions(Finding(severity: .warning, file: "f.csv", message: text))
        }
        #expect(message("no column holds item EQ1; its answers count as missing. If a column holds it under another heading, map it (--map): `x: EQ1`")
                == "no column holds item EQ1; its answers count as missing. If a column holds it under another heading, map it: `x: EQ1`")
        #expect(message("To score it, put this line under `columns:` in a mapping file and pass --map: `x: EQ1`. It was left out.")
                == "It was left out.")
        #expect(message("3 of 40 rows are partial or test responses; they are not scored unless you pass --include-partial.")
                == "3 of 40 rows are partial or test responses; they are not scored unless you pass the include-partial setting.")
        #expect(message("a second column for item EQ1 (the first is \"A. b\"); only the first is scored. Remove one, or map each in a mapping file (--map).")
                == "a second column for item EQ1 (the first is \"A. b\"); only the first is scored. Remove one, or map each in a mapping file.")
        #expect(message("Nothing to see here.") == "Nothing to see here.")
    }
}
