import Foundation
import Testing
import TapestryTestSupport

/// `compare --output DIR` through the built binary: the workshop's comparison as Markdown, HTML
/// and a workbook, each read back by an independent parser (markdown-it-py, html5lib,
/// openpyxl), with every shown table and the whole room as columns, the same numbers as the
/// JSON, and hidden tables shown by name, size and reason only, in every output.
@Suite struct CompareOutputTests {
    static let workshop = ["compare", "samples/workshop/tables.csv", "--group-by", "table"]

    static func tool(_ name: String, _ file: URL) throws -> [String: Any] {
        let script = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/\(name)").path
        let (status, output) = try Python.run([script, file.path])
        #expect(status == 0, "\(output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    /// Every output of one run at `minimum`, written with `--output` and no `--format`.
    static func run(minimum: String) throws -> (folder: URL, stdout: String) {
        let folder = try TapestryBinary.temporaryFolder().appendingPathComponent("out")
        let result = try TapestryBinary.run(workshop + ["--min-group-size", minimum, "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [".tapestry-report.json", "comparison.html", "comparison.json", "comparison.md", "comparison.xlsx"])
        #expect(result.stdout.hasPrefix("Comparing groups by table"), "the terminal text is printed too")
        return (folder, result.stdout)
    }

    @Test func markdownAloneWritesOneFileTheParserReads() throws {
        let folder = try TapestryBinary.temporaryFolder().appendingPathComponent("md")
        let result = try TapestryBinary.run(Self.workshop + ["--min-group-size", "1", "--format", "markdown", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".tapestry-report.json", "comparison.md"])
        let markdown = try Self.tool("parse_markdown.py", folder.appendingPathComponent("comparison.md"))
        let tables = try #require(markdown["plainTables"] as? [[[String]]])
        let side = try #require(tables.first)
        #expect(side.first == ["Area", "Table 1", "Table 2", "Table 3", "Table 4", "Whole room"])
        #expect(side.dropFirst().first == ["Respondents", "5", "6", "4", "5", "20"])
        // Table 1's transparency (2.22, its members agree at 0.94) stands out from the rest of the room.
        #expect(side.first { $0.first == "Transparency" }?[1] == "2.22* (0.94)")
        #expect((markdown["html"] as? [Any])?.isEmpty == true)
        let paragraphs = (markdown["plainParagraphs"] as? [String] ?? []).joined(separator: "\n")
        #expect(paragraphs.contains("Groups of 4 to 6 people give rough scores: 42 of the 48 gaps"), "\(paragraphs)")
    }

    @Test func everyOutputHasEachShownGroupAndTheWholeRoom() throws {
        let (folder, _) = try Self.run(minimum: "1")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("comparison.json"))) as? [String: Any])
        #expect(json["schema"] as? String == "tapestry.comparison/1")
        let round = try #require((json["rounds"] as? [[String: Any]])?.last)
        let roomMeans = (round["dimensions"] as? [[String: Any]] ?? []).map { $0["mean"] as? Double }
        #expect(roomMeans.count == 12)
        let comparison = try #require(json["comparison"] as? [String: Any])
        let gaps = try #require(comparison["gaps"] as? [[String: Any]])
        #expect(gaps.count == 48)
        // The interval and the word agree: within chance exactly when the interval includes 0.
        for gap in gaps {
            let ci = try #require(gap["ci95"] as? [Double])
            #expect((gap["withinChance"] as? Bool) == (ci[0] <= 0 && ci[1] >= 0))
            #expect(gap["restN"] as? Int == 20 - ((round["groups"] as? [[String: Any]] ?? []).first { $0["name"] as? String == gap["group"] as? String }?["n"] as? Int ?? 0))
        }
        #expect(gaps.filter { $0["withinChance"] as? Bool == false }.count == 6)

        let html = try Self.tool("parse_html.py", folder.appendingPathComponent("comparison.html"))
        #expect((html["errors"] as? [String]) == [], "\(html["errors"] ?? "")")
        #expect(html["scripts"] as? Int == 0 && (html["events"] as? [Any])?.isEmpty == true)
        #expect((html["addresses"] as? [Any])?.isEmpty == true && (html["cssAddresses"] as? [Any])?.isEmpty == true)
        let side = try #require((html["tables"] as? [[[String]]])?.first)
        #expect(side.first == ["Area", "Table 1", "Table 2", "Table 3", "Table 4", "Whole room"])
        #expect(side.first { $0.first == "Transparency" }?[1] == "2.22*agreement 0.94")

        let workbook = try Self.tool("dump_workbook.py", folder.appendingPathComponent("comparison.xlsx"))
        let cells = try #require((workbook["sheets"] as? [String: [[Any]]])?["Comparison"])
        let header = try #require(cells.firstIndex { ($0.first as? String) == "Area" })
        #expect(cells[header].prefix(6).compactMap { $0 as? String } == ["Area", "Table 1", "Table 2", "Table 3", "Table 4", "Whole room"])
        // The whole room's column holds the round's means as numbers (Excel keeps 15 digits).
        for (offset, mean) in roomMeans.enumerated() {
            let cell = try #require(cells[header + 2 + offset][5] as? Double)
            #expect(abs(cell - (mean ?? .nan)) < 1e-12, "\(cell) \(String(describing: mean))")
        }
        let formats = try #require((workbook["formats"] as? [String: [[String]]])?["Comparison"])
        let transparency = try #require(cells.firstIndex { ($0.first as? String) == "Transparency" })
        #expect(formats[transparency][1].contains("*"), "Table 1's transparency is marked")
        #expect(!formats[transparency][2].contains("*"))
    }

    /// At the default minimum, Tables 1 (5) and 3 (4) are hidden: every output names them with
    /// their size and reason, and nowhere with a statistic.
    @Test func hiddenGroupsShowOnlyNameSizeAndReason() throws {
        let (folder, stdout) = try Self.run(minimum: "5")
        let hidden = [("Table 1", "5", "hidden too, so that the smaller hidden groups cannot be worked out from the total"),
                      ("Table 3", "4", "fewer than 5 respondents")]
        let unwrapped = stdout.replacingOccurrences(of: "\n +", with: " ", options: .regularExpression)
        #expect(unwrapped.contains("Not shown: Table 1 (5 respondents, \(hidden[0].2)); Table 3 (4 respondents, \(hidden[1].2))."))
        for line in unwrapped.split(separator: "\n") where line.contains("Table 1") || line.contains("Table 3") {
            #expect(line.contains("Not shown:"), "terminal: \(line)")
        }

        let markdown = try Self.tool("parse_markdown.py", folder.appendingPathComponent("comparison.md"))
        let html = try Self.tool("parse_html.py", folder.appendingPathComponent("comparison.html"))
        for (name, tables) in [("markdown", markdown["plainTables"]), ("html", html["tables"])] {
            let tables = try #require(tables as? [[[String]]])
            #expect(tables.first?.first == ["Area", "Table 2", "Table 4", "Whole room"], "\(name)")
            let rows = tables.flatMap { $0 }.filter { $0.contains { $0.contains("Table 1") || $0.contains("Table 3") } }
            #expect(rows == hidden.map { [$0.0, $0.1, $0.2] }, "\(name): \(rows)")
        }
        let texts = (markdown["plainParagraphs"] as? [String] ?? []) + (html["paragraphs"] as? [String] ?? []) + (html["items"] as? [String] ?? [])
        for text in texts {
            #expect(!text.contains("Table 1") && !text.contains("Table 3"), "\(text)")
        }

        let workbook = try Self.tool("dump_workbook.py", folder.appendingPathComponent("comparison.xlsx"))
        let cells = try #require((workbook["sheets"] as? [String: [[Any]]])?["Comparison"])
        let mentions = cells.filter { row in row.contains { ($0 as? String).map { $0.contains("Table 1") || $0.contains("Table 3") } ?? false } }
        #expect(mentions.map { row in row.compactMap { $0 as? String } } == hidden.map { [$0.0, $0.2] }, "\(mentions)")
        #expect(mentions.map { row in row.compactMap { $0 as? Int } } == [[5], [4]])

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("comparison.json"))) as? [String: Any])
        let comparison = try #require(json["comparison"] as? [String: Any])
        let named = ((comparison["differences"] as? [[String: Any]] ?? []) + (comparison["gaps"] as? [[String: Any]] ?? [])).compactMap { $0["group"] as? String }
        #expect(!named.isEmpty && Set(named) == ["Table 2", "Table 4"])
        #expect((comparison["hidden"] as? [[String: Any]])?.map { $0["group"] as? String } == ["Table 1", "Table 3"])
    }

    @Test func aFileFormatWithoutAFolderIsAUsageError() throws {
        for format in ["markdown", "html", "xlsx"] {
            let result = try TapestryBinary.run(Self.workshop + ["--format", format])
            #expect(result.status == 64, "\(format): \(result.stderr)")
            #expect(result.stderr.contains("add --output DIR"), "\(result.stderr)")
        }
        let json = try TapestryBinary.run(Self.workshop + ["--format", "json"])
        let schema = try jsonObject(json.stdout)["schema"] as? String
        #expect(json.status == 0 && schema == "tapestry.comparison/1")
    }
}
