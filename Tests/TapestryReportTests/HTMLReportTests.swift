import Foundation
import Testing
import TapestryReport
import TapestryScoring
import TapestryTestSupport

/// The HTML report, read back by html5lib (the HTML5 parsing algorithm browsers use): it
/// parses without an error, says what the Markdown report says in the same order, draws the
/// same charts inside the page, and neither runs nor fetches anything.
@Suite struct HTMLReportTests {
    /// html5lib's reading of a page (Tests/Tools/parse_html.py).
    static func parse(_ html: String) throws -> [String: Any] {
        try parsed(html, tool: "parse_html.py", suffix: "html")
    }

    static func parsed(_ text: String, tool: String, suffix: String) throws -> [String: Any] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-\(UUID().uuidString).\(suffix)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tools/\(tool)").path
        let (status, output) = try Python.run([script, url.path])
        guard status == 0, let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else {
            throw ReportError.template("\(tool) failed: \(output)")
        }
        return object
    }

    /// Text as a reader sees it: runs of white space (line breaks included) as one space.
    static func seen(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func seen(_ value: Any?) -> [[String]] {
        (value as? [[Any]] ?? []).map { row in row.map { seen("\($0)") } }
    }

    @Test func everyReportParsesAndSaysWhatTheMarkdownSaysInTheSameOrder() throws {
        for (name, assessment) in try MarkdownReportTests.cases() {
            let html = try Self.parse(try MarkdownFixtures.html(assessment))
            let markdown = try MarkdownFixtures.parse(try MarkdownFixtures.render(assessment)["report.md"]!)
            #expect((html["errors"] as? [String]) == [], "\(name): \(html["errors"] ?? "")")
            // The same headings, in the same order.
            #expect(Self.seen(html["headings"]) == Self.seen(markdown["plainHeadings"]), "\(name)")
            // The same tables, cell for cell.
            let htmlTables = (html["tables"] as? [[[String]]] ?? []).map { $0.map { $0.map(Self.seen) } }
            let markdownTables = (markdown["plainTables"] as? [[[String]]] ?? []).map { $0.map { $0.map(Self.seen) } }
            #expect(htmlTables.count == markdownTables.count, "\(name)")
            for (htmlTable, markdownTable) in zip(htmlTables, markdownTables) {
                #expect(htmlTable == markdownTable, "\(name)")
            }
            // Every paragraph of the Markdown report, in order, in the page's text.
            let body = Self.seen(html["body"] as? String ?? "")
            var from = body.startIndex
            for paragraph in (markdown["plainParagraphs"] as? [String] ?? []).map(Self.seen) where !paragraph.isEmpty {
                let found = body.range(of: paragraph, range: from..<body.endIndex)
                #expect(found != nil, "\(name): not found after the previous one: \(paragraph)")
                if let found { from = found.upperBound }
            }
        }
    }

    @Test func chartsAreInsideThePageAndNothingRunsOrIsFetched() throws {
        for (name, assessment) in try MarkdownReportTests.cases() {
            let text = try MarkdownFixtures.html(assessment)
            let html = try Self.parse(text)
            let svgs = html["svgs"] as? [[String: Any]] ?? []
            let titles = svgs.compactMap { $0["title"] as? String }
            // The radar of the principles, the areas' bars, and one chart of statements per area.
            #expect(titles.prefix(2) == ["The principles of partnership", "Health of every area"], "\(name)")
            #expect(Array(titles.dropFirst(2)) == assessment.instrument.dimensions.map(\.title), "\(name)")
            #expect(!text.contains("<?xml"), "\(name)")
            #expect(html["scripts"] as? Int == 0, "\(name)")
            #expect((html["events"] as? [String]) == [], "\(name)")
            #expect((html["addresses"] as? [String]) == [], "\(name)")
            #expect((html["cssAddresses"] as? [String]) == [], "\(name)")
            let elements = Set(html["elements"] as? [String] ?? [])
            #expect(elements.isDisjoint(with: ["script", "iframe", "object", "embed", "img", "link", "base", "foreignObject", "a"]), "\(name)")
            // No address at all but the ones a hostile name brings as text.
            if name != "markdown-hostile.md" {
                #expect(!text.contains("http://") && !text.contains("https://"), "\(name)")
            }
            // Ids are unique in the page, so each chart's title, description and hatch are its own.
            let ids = text.matches(of: /\sid="([^"]*)"/).map { String($0.output.1) }
            #expect(ids.count == Set(ids).count && !ids.isEmpty, "\(name)")
        }
    }

    @Test func theChartsAreTheMarkdownReportsDrawings() throws {
        let assessment = try MarkdownReportTests.cases()[0].assessment
        let html = try MarkdownFixtures.html(assessment)
        let files = try MarkdownFixtures.render(assessment)
        for path in ["charts/principles.svg", "charts/dimensions.svg"] {
            let file = try #require(files[path])
            #expect(file.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "))
            let inline = file.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
                .replacingOccurrences(of: " xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            #expect(html.contains(inline), "\(path)")
        }
    }

    @Test func hostileNamesAreText() throws {
        let (_, assessment) = try MarkdownReportTests.cases()[3]
        let html = try Self.parse(try MarkdownFixtures.html(assessment))
        let headings = html["headings"] as? [[Any]] ?? []
        #expect(headings.first?.last as? String == "Partnership health check: " + MarkdownReportTests.hostileCoalition)
        #expect(html["title"] as? String == "Partnership health check: " + MarkdownReportTests.hostileCoalition)
        let tables = html["tables"] as? [[[String]]] ?? []
        let groups = try #require(tables.first { $0.first?.first == "Area" && $0.count > 1 && $0[1].first == "Respondents" })
        #expect(Array(groups[0].dropFirst()) == ["<img src=x onerror=alert(1)>", "`code`\nbreak", "| North |"])
        let areas = try #require(tables.first { $0.first?.count == 8 })
        #expect(areas[1][0] == "Trust & <b>\"care\"</b> | `x`")
        #expect((html["items"] as? [String] ?? []).contains { $0.hasPrefix("evil|<b>name</b>.csv (canonical).") })
        let svgTexts = (html["svgs"] as? [[String: Any]] ?? []).flatMap { $0["texts"] as? [String] ?? [] }
        #expect(svgTexts.contains("Trust & <b>\"care\"</b> | `x`"))
        #expect(html["scripts"] as? Int == 0)
        #expect(!(html["elements"] as? [String] ?? []).contains("b"))
    }

    @Test func itPrintsAsAReport() throws {
        let text = try MarkdownFixtures.html(try MarkdownReportTests.cases()[1].assessment)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(text.contains("<meta charset=\"utf-8\">"))
        for rule in ["@page {", "@media print {", "break-inside: avoid", "thead { display: table-header-group; }", "svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }"] {
            #expect(text.contains(rule), "\(rule)")
        }
    }
}
