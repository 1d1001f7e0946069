import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// An input without a single response is an error, not an empty report: a header alone, a
/// header and blank lines, a platform export of header rows only.
@Suite struct NoResponsesTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    static func assess(_ files: [(name: String, text: String)]) throws -> Assessment {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("noresp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs: [AssessmentRequest.Input] = []
        for file in files {
            let path = folder.appendingPathComponent(file.name).path
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
            inputs.append(.init(path: path, round: file.name))
        }
        // Tests run in parallel in one process, so the folder is named in the paths rather than
        // made the current one; errors are compared by file name.
        do {
            return try Assessor.assess(AssessmentRequest(inputs: inputs), instrument: instrument)
        } catch let ImportError.noResponses(files) {
            throw ImportError.noResponses(files: files.map { URL(fileURLWithPath: $0).lastPathComponent })
        }
    }

    @Test(arguments: [
        "respondent,Q1,Q2\n",
        "respondent,Q1,Q2",
        "respondent,Q1,Q2\n\n\n,,\n\r\n",
        // SurveyMonkey: two header rows.
        "Respondent ID,Collector ID,Q1,Q2\n,,Response,Response\n",
        // Qualtrics: three header rows.
        "ResponseId,Finished,Q1,Q2\nResponse ID,Finished,one,two\n{\"ImportId\":\"_recordId\"},{\"ImportId\":\"finished\"},{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID2\"}\n\n",
    ])
    func headerRowsAloneAreAnError(text: String) {
        #expect(throws: ImportError.noResponses(files: ["export.csv"])) { try Self.assess([("export.csv", text)]) }
    }

    @Test func theMessageSaysSo() {
        #expect(ImportError.noResponses(files: ["a.csv"]).description
            == "a.csv: the file has no responses, only a header. Export it again once people have answered, or check that it is the right file.")
        #expect(ImportError.noResponses(files: ["a.csv", "b.csv"]).description.hasPrefix("a.csv, b.csv: none of these files has any responses"))
    }

    @Test func severalFilesWithoutResponsesAreNamedTogether() {
        #expect(throws: ImportError.noResponses(files: ["a.csv", "b.csv"])) {
            try Self.assess([("a.csv", "Q1,Q2\n"), ("b.csv", "Q1,Q2\n\n")])
        }
    }

    @Test func oneEmptyFileBesideOthersIsAFinding() throws {
        let assessment = try Self.assess([("spring.csv", "Q1,Q2\n4,4\n"), ("autumn.csv", "Q1,Q2\n")])
        #expect(assessment.rounds.map(\.label) == ["spring.csv", "autumn.csv"])
        let finding = try #require(assessment.findings.first { $0.file.hasSuffix("/autumn.csv") && $0.message.contains("no responses") })
        #expect(finding.severity == .warning && finding.line == 1)
        #expect(finding.message.contains("round \"autumn.csv\" has none"))
    }

    @Test func rejectedRowsAreResponsesThatWereRead() throws {
        // Every row rejected is still a file with responses: the report says why.
        let assessment = try Self.assess([("x.csv", "Q1,Q2\nmaybe,\n")])
        #expect(assessment.rounds[0].rows == RowCounts(accepted: 0, rejected: 1))
    }
}
