import Foundation
import Testing

/// Broken and hostile text files through the built binary: each ends in exit 65 with a
/// message that names the file and line, and writes nothing (issue 9).
@Suite struct HostileTextTests {
    static let header = "respondent,group,EQ1,EQ2,EQ3,EQ4"

    static func assess(_ text: String, name: String = "export.csv") throws -> (TapestryBinary.Result, URL) {
        let folder = try TapestryBinary.temporaryFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        let out = folder.appendingPathComponent("reports")
        let result = try TapestryBinary.run(["assess", name, "--format", "json", "--format", "markdown", "--output", out.path], in: folder)
        return (result, out)
    }

    @Test(arguments: [
        "\(header)\n",
        "\(header)\n\n\n\n",
        // SurveyMonkey's two header rows, Qualtrics' three.
        "Respondent ID,Collector ID,EQ1,EQ2\n,,Response,Response\n",
        "ResponseId,Finished,EQ1,EQ2\nResponse ID,Finished,one,two\n{\"ImportId\":\"_recordId\"},{\"ImportId\":\"finished\"},{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID2\"}\n",
    ])
    func aFileWithoutResponsesExits65AndWritesNothing(text: String) throws {
        let (result, out) = try Self.assess(text)
        #expect(result.status == 65)
        #expect(result.stderr.contains("export.csv: the file has no responses"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aCellPastTheLimitNamesItsLineAndColumn() throws {
        let (result, out) = try Self.assess("\(Self.header)\nr1,g,3,\(String(repeating: "a", count: 1_048_577)),3,3\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("export.csv:2: column 4: this cell is longer than 1 MiB"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func strayQuotesAreWarningsThatNameTheLine() throws {
        let (result, out) = try Self.assess("\(Self.header)\nr1,g,3,3,3,3\nr2,g,\"3\"x,3,3,3\nr3,g\"x,3,3,3,3\n")
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("assessment.json"))) as? [String: Any]
        let findings = try #require(json?["findings"] as? [[String: Any]])
        let quotes = findings.filter { ($0["message"] as? String)?.contains("quote") == true }
        #expect(quotes.compactMap { $0["line"] as? Int } == [3, 4])
        #expect(quotes.compactMap { $0["column"] as? String } == ["EQ1", "group"])
    }
}
