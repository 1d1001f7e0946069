import Foundation
import TapestryTestSupport
import Testing

/// The funder portfolio: one workbook and one Markdown file for several coalition folders.
@Suite struct PortfolioTests {
    static let folders = ["samples/portfolio/eastbank", "samples/portfolio/hillview", "samples/portfolio/northside"]

    @Test func comparesCoalitionsAndMarksTheSmallOne() throws {
        let output = try TapestryBinary.temporaryFolder()
        let result = try TapestryBinary.run(["portfolio"] + Self.folders + ["--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [".tapestry-report.json", "portfolio.md", "portfolio.xlsx"])
        // Each coalition's health index as its own assessment gives it.
        var expected: [String: Double] = [:]
        for folder in Self.folders {
            let json = try jsonObject(try TapestryBinary.run(["assess", "--project", folder, "--format", "json"]).stdout)
            expected[json["coalition"] as? String ?? ""] = (json["rounds"] as? [[String: Any]])?.last?["healthIndex"] as? Double
        }
        let snippet = """
            import openpyxl, sys, json
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Comparison"]
            table = ws.tables["Coalitions"]
            rows = [[c.value for c in r] for r in ws[table.ref]]
            charts = [type(c).__name__ for c in ws._charts]
            print(json.dumps({"sheets": wb.sheetnames, "rows": rows, "charts": charts}))
            """
        let read = try Python.run(["-c", snippet, output.appendingPathComponent("portfolio.xlsx").path])
        #expect(read.status == 0, "\(read.output)")
        let workbook = try jsonObject(read.output)
        #expect(workbook["sheets"] as? [String] == ["Comparison", "Eastbank Clean Air Network", "Hillview Youth Coalition", "Northside Housing Alliance"])
        // The band bars with the round before and the thresholds (a line chart; see BandBarChart).
        #expect(workbook["charts"] as? [String] == ["LineChart"])
        let rows = try #require(workbook["rows"] as? [[Any]])
        #expect(rows.count == 4)
        for row in rows.dropFirst() {
            let name = row[0] as? String ?? ""
            if name == "Hillview Youth Coalition" {
                #expect(row[3] is NSNull)
                #expect(row[6] as? String == "not compared")
            } else {
                #expect((row[3] as? Double).map { abs($0 - (expected[name] ?? -1)) < 1e-9 } == true, "\(name)")
                #expect(row[6] as? String == "no clear change")
            }
        }
        let markdown = try String(contentsOf: output.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(markdown.contains("| Hillview Youth Coalition | 2026-H2 | 3 | – | – | too few responses to compare |"))
    }

    /// A coalition below the minimum (Hillview: 3 responses) shows its name, its number of
    /// responses and why it is not compared — no health index, band, share or other number,
    /// in the workbook or the Markdown; and no cell of the workbook holds command-line text.
    @Test func theSmallCoalitionShowsNoStatistic() throws {
        let output = try TapestryBinary.temporaryFolder()
        let result = try TapestryBinary.run(["portfolio"] + Self.folders + ["--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let snippet = """
            import openpyxl, sys, json
            wb = openpyxl.load_workbook(sys.argv[1])
            cells = []
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    values = [c.value for c in row]
                    for c in row:
                        if c.value is not None:
                            cells.append({"sheet": ws.title, "row": c.row, "value": c.value, "first": values[0]})
            print(json.dumps(cells))
            """
        let read = try Python.run(["-c", snippet, output.appendingPathComponent("portfolio.xlsx").path])
        #expect(read.status == 0, "\(read.output)")
        let cells = try #require(try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [[String: Any]])
        #expect(cells.count > 100)
        let bandWords = ["strength", "borderline", "concern"]
        var hillview: [Any] = []
        for cell in cells {
            let value = cell["value"] ?? ""
            if let text = value as? String { #expect(!text.contains("--"), "\(cell)") }
            let onHillviewsSheet = cell["sheet"] as? String == "Hillview Youth Coalition"
            let onHillviewsRow = cell["first"] as? String == "Hillview Youth Coalition"
            guard onHillviewsSheet || onHillviewsRow else { continue }
            hillview.append(value)
            if let number = value as? Double {
                #expect(number == 3, "Hillview shows the number \(number) (\(cell))")
            } else if let text = value as? String, text != "2026-H2" {
                #expect(!text.contains { $0.isNumber } && !bandWords.contains { text.lowercased().contains($0) }, "\(cell)")
            }
        }
        // Its name, n and reason are there (the test would prove nothing otherwise).
        #expect(hillview.contains { $0 as? Double == 3 } && hillview.contains { ($0 as? String)?.contains("not compared") == true }
                && hillview.contains { ($0 as? String)?.contains("too few responses") == true }, "\(hillview)")

        let markdown = try String(contentsOf: output.appendingPathComponent("portfolio.md"), encoding: .utf8)
        let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Hillview") })
        let shown = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(shown.first == "Hillview Youth Coalition" && shown.contains("3"))
        for text in shown.dropFirst() where text != "2026-H2" && text != "3" {
            #expect(!text.contains { $0.isNumber } && !bandWords.contains { text.contains($0) }, "\(text)")
        }
        #expect(shown.contains("too few responses to compare"))
        // The category columns have a legend from the thresholds.
        #expect(markdown.contains("strength: health 75 or more of 100; borderline: 50 to under 75; concern: under 50."))
    }

    @Test func aFolderWithoutAProjectFileIsNamed() throws {
        let empty = try TapestryBinary.temporaryFolder()
        let result = try TapestryBinary.run(["portfolio", empty.path, "--output", empty.appendingPathComponent("out").path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("tapestry.yaml"))
    }
}
