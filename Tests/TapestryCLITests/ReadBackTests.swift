import Foundation
import TapestryTestSupport
import Testing

/// One report set of a seven-point instrument — reverse-worded statements, a drawback with a
/// statement of each wording — read back by independent parsers (openpyxl, markdown-it-py,
/// html5lib through Tests/Tools/check_readback.py): every statement's agree and disagree share
/// and every area's health are the same number in the JSON, the workbook, the Markdown report
/// and the HTML report.
@Suite struct ReadBackTests {
    static let checker = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/check_readback.py").path
    static let data = "Tests/Data/seven-point/"

    static func reportSet() throws -> URL {
        let folder = try TapestryBinary.temporaryFolder().appendingPathComponent("report")
        let result = try TapestryBinary.run([
            "assess", data + "responses.csv", "--instrument", data + "instrument.yaml", "--group-by", "team",
            "--format", "json", "--format", "xlsx", "--format", "markdown", "--format", "html", "--output", folder.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    @Test func everyOutputShowsTheJSONsShareAndHealth() throws {
        let folder = try Self.reportSet()
        let check = try Python.run([Self.checker, folder.path, "1", "7"])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("checked 9 statements and 4 areas in four outputs"), "\(check.output)")
    }

    @Test func theCheckerNoticesAShareThatDisagrees() throws {
        let folder = try Self.reportSet()
        // Change one statement's agree share in the HTML report only.
        let html = folder.appendingPathComponent("report.html")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("assessment.json"))) as? [String: Any]
        let dimensions = ((json?["rounds"] as? [[String: Any]])?.last?["dimensions"] as? [[String: Any]]) ?? []
        let item = try #require((dimensions.first?["items"] as? [[String: Any]])?.first)
        let agree = try #require(item["agree"] as? Double)
        let statement = try #require(item["text"] as? String)
        let shown = "\(Int((agree * 100).rounded()))%"
        var text = try String(contentsOf: html, encoding: .utf8)
        // The statement's row of its table, then the first cell showing that share after it.
        let row = try #require(text.range(of: "<td>" + statement))
        let cell = try #require(text.range(of: ">\(shown)<", range: row.upperBound..<text.endIndex))
        text.replaceSubrange(cell, with: ">\(shown == "0%" ? "1%" : "0%")<")
        try text.write(to: html, atomically: true, encoding: .utf8)
        let check = try Python.run([Self.checker, folder.path, "1", "7"])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("HTML: statement T1"), "\(check.output)")
    }
}
