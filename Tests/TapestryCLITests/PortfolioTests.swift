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
        #expect(workbook["charts"] as? [String] == ["BarChart"])
        let rows = try #require(workbook["rows"] as? [[Any]])
        #expect(rows.count == 4)
        for row in rows.dropFirst() {
            let name = row[0] as? String ?? ""
            if name == "Hillview Youth Coalition" {
                #expect(row[4] is NSNull)
                #expect((row[8] as? String)?.hasPrefix("no: too few responses") == true)
            } else {
                #expect((row[4] as? Double).map { abs($0 - (expected[name] ?? -1)) < 1e-9 } == true, "\(name)")
                #expect(row[8] as? String == "yes")
            }
        }
        let markdown = try String(contentsOf: output.appendingPathComponent("portfolio.md"), encoding: .utf8)
        #expect(markdown.contains("| Hillview Youth Coalition | 2026-H2 | 3 | – | – | too few responses to compare |"))
    }

    @Test func aFolderWithoutAProjectFileIsNamed() throws {
        let empty = try TapestryBinary.temporaryFolder()
        let result = try TapestryBinary.run(["portfolio", empty.path, "--output", empty.appendingPathComponent("out").path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("tapestry.yaml"))
    }
}
