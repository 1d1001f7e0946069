import Foundation
import TapestryTestSupport
import Testing

/// The funder workbook, read back by an independent reader (openpyxl, through
/// Tests/Tools/check_workbook.py) and compared with the JSON of the same run; made twice to
/// the byte; and never left half-written.
@Suite struct WorkbookTests {
    static let checker = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/check_workbook.py").path

    /// Runs the checker; its output explains any problem. With `responses`, the workbook must
    /// have the Responses sheet (`--include-responses`); without, it must have none.
    static func check(_ folder: URL, json: URL? = nil, planted: [String] = [], responses: Bool = false) throws -> (status: Int32, output: String) {
        try Python.run([checker] + (responses ? ["--responses"] : []) + [folder.appendingPathComponent("report.xlsx").path,
                        (json ?? folder.appendingPathComponent("assessment.json")).path] + planted)
    }

    static func assess(_ arguments: [String], into folder: URL) throws -> TapestryBinary.Result {
        try TapestryBinary.run(["assess"] + arguments + ["--format", "xlsx", "--format", "json", "--output", folder.path])
    }

    @Test func theSampleWorkbookMatchesItsJSON() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let result = try Self.assess(["samples/riverside/responses.csv", "--group-by", "group", "--coalition", "Riverside"], into: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try Self.check(folder)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func withIncludeResponsesTheWorkbookListsEveryRespondent() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let result = try Self.assess(["samples/riverside/responses.csv", "--group-by", "group", "--include-responses"], into: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try Self.check(folder, responses: true)
        #expect(check.status == 0, "\(check.output)")
        // The checker tells the two kinds of workbook apart, both ways.
        #expect(try Self.check(folder).status == 1)
        let plain = try TapestryBinary.temporaryFolder()
        #expect(try Self.assess(["samples/riverside/responses.csv", "--group-by", "group"], into: plain).status == 0)
        let wrong = try Self.check(plain, responses: true)
        #expect(wrong.status == 1)
        #expect(wrong.output.contains("sheets are"), "\(wrong.output)")
    }

    @Test func theTrendSheetMatchesTheJSON() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let result = try Self.assess(RoundsTests.rounds + ["--link-key-file", "samples/riverside/link.key", "--group-by", "group"], into: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try Self.check(folder)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func theCheckerNoticesAWorkbookThatDoesNotMatch() throws {
        let sample = try TapestryBinary.temporaryFolder()
        #expect(try Self.assess(["samples/riverside/responses.csv", "--group-by", "group"], into: sample).status == 0)
        let other = try TapestryBinary.temporaryFolder()
        #expect(try Self.assess(["samples/exports/qualtrics.csv", "--include-partial"], into: other).status == 0)
        let check = try Self.check(sample, json: other.appendingPathComponent("assessment.json"))
        #expect(check.status == 1)
        #expect(check.output.contains("Mean"), "\(check.output)")
    }

    static let hostile = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-2+3"]

    @Test func formulaLikeTextComesBackAsText() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let file = folder.appendingPathComponent("hostile.csv")
        var csv = "respondent,team,EQ1,EQ2,EQ3,EQ4,BE1,BE2,DR1,DR2\n"
        for (index, name) in Self.hostile.enumerated() {
            for member in 0..<2 {
                let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                csv += "r\(index)-\(member),\(quoted),\(1 + (index + member) % 5),4,3,2,5,4,2,1\n"
            }
        }
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let result = try Self.assess([file.path, "--group-by", "team", "--min-group-size", "1", "--coalition", "=1+1"], into: output)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try Self.check(output, planted: Self.hostile + ["=1+1"])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        var files: [Data] = []
        for _ in 0..<2 {
            let folder = try TapestryBinary.temporaryFolder()
            #expect(try Self.assess(["samples/exports/google-forms.csv", "--group-by", "What kind of organisation do you represent?"], into: folder).status == 0)
            files.append(try Data(contentsOf: folder.appendingPathComponent("report.xlsx")))
        }
        #expect(files[0] == files[1])
        #expect(files[0].count > 10_000)
    }

    @Test func theWorkbookIsDatedByTheLatestResponse() throws {
        func created(_ arguments: [String]) throws -> String {
            let folder = try TapestryBinary.temporaryFolder()
            #expect(try TapestryBinary.run(["assess"] + arguments + ["--format", "xlsx", "--output", folder.path]).status == 0)
            let output = try Python.run(["-c", "import openpyxl,sys;print(openpyxl.load_workbook(sys.argv[1]).properties.created)",
                                         folder.appendingPathComponent("report.xlsx").path]).output
            return output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // The last Google Forms row was sent at 9/13/2026 15:00:00; the canonical sample has no timestamps.
        #expect(try created(["samples/exports/google-forms.csv"]) == "2026-09-13 15:00:00")
        #expect(try created(["samples/riverside/responses.csv"]) == "2000-01-01 00:00:00")
    }

    @Test func aFailedRunLeavesNoWorkbook() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let blocker = folder.appendingPathComponent("a-file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let unwritable = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--format", "xlsx",
                                                 "--output", blocker.appendingPathComponent("out").path])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains(blocker.path))

        let bad = folder.appendingPathComponent("bad.csv")
        try "name,age\nAnn,4\n".write(to: bad, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("reports")
        let unusable = try TapestryBinary.run(["assess", bad.path, "--format", "xlsx", "--output", output.path])
        #expect(unusable.status == 65)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("report.xlsx").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a-file", "bad.csv"])
    }

    @Test func anExistingWorkbookIsKeptWithoutForce() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let report = folder.appendingPathComponent("report.xlsx")
        try "keep me".write(to: report, atomically: true, encoding: .utf8)
        let result = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--format", "xlsx", "--output", folder.path])
        #expect(result.status == 73)
        #expect(try String(contentsOf: report, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.xlsx"])
    }

    @Test func aWorkbookNeedsAnOutputFolder() throws {
        let result = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--format", "xlsx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("add --output DIR"))
    }
}
