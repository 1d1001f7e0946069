import Foundation
import TapestryTestSupport
import Testing

/// A project file means the same to every command: `assess --project`, `assess DIR` and
/// `portfolio` turn it into a request in one place (`RunSettings`), so a project is paired
/// alike, with `TAPESTRY_LINK_KEY` set or not, and a project one command refuses, the others
/// refuse with the same words (issue 11).
@Suite struct ProjectRunTests {
    /// Three coalitions' project folders under one folder: `linked` (eight members identified
    /// by e-mail in both rounds, plus one member in each round only: paired, and only the
    /// pairing shows the rise), `few` (four members in both rounds: fewer than 5, compared as
    /// two groups) and `anonymous` (no identifier: two groups).
    static func projects() throws -> URL {
        let members = LinkingTests.members
        let folder = try TapestryBinary.temporaryFolder()
        let rounds: [(String, [String], [String])] = [
            ("linked", members, members),
            ("few", Array(members.prefix(4)) + (5...8).map { "first\($0)@coalition.example" },
             Array(members.prefix(4)) + (5...8).map { "second\($0)@coalition.example" }),
            ("anonymous", Array(repeating: "", count: 8), Array(repeating: "", count: 8)),
        ]
        for (name, first, second) in rounds {
            let project = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
            let extra = name == "anonymous" ? ("", "") : ("only.first@coalition.example", "only.second@coalition.example")
            try LinkingTests.canonical(first, scores: LinkingTests.before, extra: extra.0)
                .write(to: project.appendingPathComponent("q1.csv"), atomically: true, encoding: .utf8)
            try LinkingTests.canonical(second, scores: LinkingTests.after, extra: extra.1)
                .write(to: project.appendingPathComponent("q2.csv"), atomically: true, encoding: .utf8)
            try "coalition: \(name)\nrounds:\n  - file: q1.csv\n  - file: q2.csv\n"
                .write(to: project.appendingPathComponent("tapestry.yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// The health index's change as `assess` gives it: (paired, pairs, direction).
    static func assessed(_ project: URL, arguments: [String], environment: [String: String?]) throws -> (Bool, Int, String) {
        let result = try TapestryBinary.run(["assess"] + arguments + ["--format", "json"], in: project.deletingLastPathComponent(),
                                            environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let health = try LinkingTests.change(try jsonObject(result.stdout), "healthIndex")
        return (try #require(health["paired"] as? Bool), try #require(health["pairs"] as? Int), try #require(health["direction"] as? String))
    }

    @Test(arguments: [nil, "a coordinator's secret"])
    func portfolioPairsAProjectAsAssessDoes(key: String?) throws {
        let folder = try Self.projects()
        let environment: [String: String?] = ["TAPESTRY_LINK_KEY": key]
        let names = ["linked", "few", "anonymous"]
        var expected: [String: (Bool, Int, String)] = [:]
        for name in names {
            let project = folder.appendingPathComponent(name)
            let byFlag = try Self.assessed(project, arguments: ["--project", project.path], environment: environment)
            let byFolder = try Self.assessed(project, arguments: [name], environment: environment)
            #expect(byFlag == byFolder, "\(name)")
            expected[name] = byFlag
        }
        // The three cases the test is about: paired, too few to pair, nothing to pair by.
        #expect(expected["linked"].map { $0 == (true, 8, "improved") } == true)
        #expect(expected["few"].map { $0 == (false, 0, "unclear") } == true)
        #expect(expected["anonymous"].map { $0 == (false, 0, "unclear") } == true)

        let out = folder.appendingPathComponent("portfolio")
        let result = try TapestryBinary.run(["portfolio"] + names + ["--output", out.path], in: folder, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let snippet = """
            import openpyxl, sys, json
            ws = openpyxl.load_workbook(sys.argv[1])["Comparison"]
            rows = [[c.value for c in r] for r in ws[ws.tables["Coalitions"].ref]]
            print(json.dumps([dict(zip(rows[0], row)) for row in rows[1:]]))
            """
        let read = try Python.run(["-c", snippet, out.appendingPathComponent("portfolio.xlsx").path])
        #expect(read.status == 0, "\(read.output)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [[String: Any]])
        // portfolio.md, as markdown-it-py reads it: its one table, by heading.
        let script = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/parse_markdown.py").path
        let parsed = try jsonObject(try Python.run([script, out.appendingPathComponent("portfolio.md").path]).output)
        let table = try #require((parsed["tables"] as? [[[String]]])?.first)
        let lines = table.dropFirst().map { Dictionary(zip(table[0], $0), uniquingKeysWith: { a, _ in a }) }
        for name in names {
            let (paired, pairs, direction) = try #require(expected[name])
            let row = try #require(rows.first { $0["Coalition"] as? String == name })
            // Paired: how many members were compared with themselves; else empty.
            #expect((row["Same members"] as? Int) == (paired ? pairs : nil), "\(name): \(row)")
            #expect(row["What it shows"] as? String == (direction == "improved" ? "improved" : "no clear change"), "\(name)")
            let line = try #require(lines.first { $0["Coalition"] == name })
            #expect(line["Same members"] == (paired ? String(pairs) : "–"), "\(name): \(line)")
            #expect(line["What it shows"] == row["What it shows"] as? String, "\(name)")
        }
    }

    /// `formats:` is checked for every command, not only the one that writes the formats.
    @Test func aProjectFileOneCommandRefusesEveryCommandRefuses() throws {
        let folder = try Self.projects()
        let project = folder.appendingPathComponent("linked")
        let text = try String(contentsOf: project.appendingPathComponent("tapestry.yaml"), encoding: .utf8)
        try (text + "formats: [markdown, pdf]\n").write(to: project.appendingPathComponent("tapestry.yaml"), atomically: true, encoding: .utf8)
        let problem = "tapestry.yaml: project file: unknown format `pdf`; use terminal, json, markdown, xlsx or html."
        for arguments in [["assess", "--project", project.path], ["assess", "linked"],
                          ["portfolio", "linked", "--output", folder.appendingPathComponent("portfolio").path]] {
            let result = try TapestryBinary.run(arguments, in: folder)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(problem), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("portfolio").path))
    }

    /// `--project` with FILEs used to drop the project without a word (its link key, mapping and
    /// instrument with it).
    @Test func aProjectAndFilesTogetherAreAUsageError() throws {
        let folder = try Self.projects()
        let result = try TapestryBinary.run(["assess", "--project", "linked", "linked/q2.csv"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--project"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
