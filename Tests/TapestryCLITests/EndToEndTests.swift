import Foundation
import Testing

/// The binary's output and exit codes for success, bad usage (64), unusable data (65), a
/// missing input (66) and an unwritable output (73).
@Suite struct EndToEndTests {
    static let sample = "samples/riverside/responses.csv"

    @Test func assessPrintsTheSummary() throws {
        let result = try TapestryBinary.run(["assess", Self.sample, "--group-by", "group"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Health index"))
        #expect(result.stdout.contains("42 rows read, 41 scored, 1 set aside"))
        #expect(result.stdout.contains("Not shown: Local business (3 respondents, fewer than 5 respondents)"))
        #expect(!result.stdout.contains("\u{1B}["))                    // not a terminal: no colour
        #expect(!result.stdout.contains("R001"))                        // respondent ids never shown
    }

    @Test func assessPrintsJSON() throws {
        let result = try TapestryBinary.run(["assess", Self.sample, "--format", "json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "tapestry.assessment/1")
        #expect((root["rounds"] as? [[String: Any]])?.first?["label"] as? String == "responses")
    }

    @Test(arguments: [
        (["assess"], "give the FILE(s) to assess, or run in a folder with a tapestry.yaml"),
        (["assess", sample, "--min-group-size", "0"], "--min-group-size must be at least 1"),
        (["assess", sample, "--format", "pdf"], "pdf"),
        (["assess", sample, "--format", "markdown"], "writes a file: add --output DIR"),
        (["assess", sample, "--round", "a", "--round", "b"], "one --round label per FILE"),
        (["assess", sample, "--group-by", "team"], "--group-by team: there is no such column"),
        (["frobnicate"], "is not a tapestry command"),
        (["asess", sample], "Did you mean `tapestry assess`?"),
        (["assess", "samples"], "is a folder, not an export"),
    ])
    func badUsageExits64(arguments: [String], message: String) throws {
        let result = try TapestryBinary.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func unusableDataExits65AndNamesTheFile() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let file = folder.appendingPathComponent("names.csv")
        try "name,email\nAnn,ann@example.org\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try TapestryBinary.run(["assess", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file.path):1: no column matches an item"))
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.contains("ann@example.org"))
    }

    @Test func strictTurnsFindingsIntoAnError() throws {
        let result = try TapestryBinary.run(["assess", Self.sample, "--strict"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("responses.csv:9 [ST3]"))
    }

    @Test func missingInputExits66() throws {
        let result = try TapestryBinary.run(["assess", "no/such/file.csv"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no/such/file.csv: cannot open"))
    }

    @Test func outputIsWrittenWholeAndNotReplacedWithoutForce() throws {
        let folder = try TapestryBinary.temporaryFolder().appendingPathComponent("out")
        let first = try TapestryBinary.run(["assess", Self.sample, "--format", "json", "--output", folder.path])
        #expect(first.status == 0)
        let report = folder.appendingPathComponent("assessment.json")
        let written = try Data(contentsOf: report)
        #expect(try JSONSerialization.jsonObject(with: written) is [String: Any])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".tapestry-report.json", "assessment.json"])

        let second = try TapestryBinary.run(["assess", Self.sample, "--format", "json", "--output", folder.path])
        #expect(second.status == 73)
        #expect(second.stderr.contains("--force"))
        let forced = try TapestryBinary.run(["assess", Self.sample, "--format", "json", "--output", folder.path, "--force"])
        #expect(forced.status == 0)
        #expect(try Data(contentsOf: report) == written)
    }

    @Test func unwritableOutputExits73AndLeavesNothing() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let blocker = folder.appendingPathComponent("a-file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let target = blocker.appendingPathComponent("reports")
        let result = try TapestryBinary.run(["assess", Self.sample, "--format", "json", "--output", target.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains(target.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a-file"])
    }

    @Test func instrumentAndTemplateCommands() throws {
        let json = try TapestryBinary.run(["instrument", "--format", "json"])
        #expect(json.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((root["dimensions"] as? [Any])?.count == 12)
        let yaml = try TapestryBinary.run(["instrument"])
        #expect(yaml.stdout.hasPrefix("# The partnership health check"))
        let csv = try TapestryBinary.run(["template", "csv"])
        #expect(csv.stdout.hasPrefix("respondent,group,organisation,EQ1,EQ2"))
        #expect(csv.stdout.hasSuffix(",GW6,works_with,should_join\n"))
        #expect((root["connections"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["works-with", "should-join"])
    }

    /// A settings file the user wrote is usage, not data: 64.
    @Test func aBrokenCustomInstrumentExits64WithItsLine() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let file = folder.appendingPathComponent("mine.yaml")
        let yaml = try TapestryBinary.run(["instrument"]).stdout.replacingOccurrences(of: "polarity: negative", with: "polarity: sideways")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let result = try TapestryBinary.run(["assess", Self.sample, "--instrument", file.path])
        #expect(result.status == 64)
        let line = yaml.components(separatedBy: "\n").firstIndex { $0.contains("sideways") }! + 1
        #expect(result.stderr.contains("\(file.path):\(line):15: polarity must be"), "\(result.stderr)")
    }

    @Test func compareShowsAWorkshopSideBySide() throws {
        let open = try TapestryBinary.run(["compare", "samples/workshop/tables.csv", "--group-by", "table", "--min-group-size", "1"])
        #expect(open.status == 0)
        #expect(open.stdout.contains("Groups as small as 1 are shown: this comparison is not anonymous."))
        #expect(open.stdout.contains("Table 1: Transparency 2.22 against 3.49 for everyone else (−1.28)"))
        #expect(open.stdout.contains("Statements that split the groups most"))
        // At the default minimum, Table 3 (4 people) is hidden, and so is the smallest other table.
        let closed = try TapestryBinary.run(["compare", "samples/workshop/tables.csv", "--group-by", "table"])
        let unwrapped = closed.stdout.replacingOccurrences(of: "\n +", with: " ", options: .regularExpression)
        #expect(unwrapped.contains("Not shown: Table 1 (5 respondents, hidden too, so that the smaller hidden groups cannot be worked out "
            + "from the total); Table 3 (4 respondents, fewer than 5 respondents)."), "\(closed.stdout)")
        let json = try jsonObject(try TapestryBinary.run(["compare", "samples/workshop/tables.csv", "--group-by", "table",
                                                          "--min-group-size", "1", "--format", "json"]).stdout)
        let comparison = try #require(json["comparison"] as? [String: Any])
        #expect((comparison["differences"] as? [Any])?.count == 4)
        #expect((comparison["spreads"] as? [[String: Any]])?.first?["item"] as? String == "TR3")
        #expect((comparison["spreads"] as? [[String: Any]])?.first?["text"] as? String
            == "Members know where the coalition's money comes from and how it is spent.")
        #expect((comparison["differences"] as? [[String: Any]])?.first?["title"] as? String == "Transparency")
        #expect((comparison["hidden"] as? [Any])?.isEmpty == true)
    }
}
