import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TapestryReport
import TapestryScoring

/// The coalition's report: golden files for the four cases the issue names, read back by a
/// CommonMark parser, and charts that are valid SVG with titles.
@Suite struct MarkdownReportTests {
    static let hostileCoalition = "Pipes | and `ticks` <script>alert(1)</script>\nsecond line **bold** [link](http://x)"
    static let hostileGroups = ["| North |", "<img src=x onerror=alert(1)>", "`code`\nbreak"]

    static func cases() throws -> [(name: String, assessment: Assessment)] {
        [
            ("markdown-no-groups.md", try MarkdownFixtures.assessment(csv: MarkdownFixtures.csv(reverse: false), instrument: MarkdownFixtures.instrument(reverse: false))),
            ("markdown-groups.md", try MarkdownFixtures.assessment(
                csv: MarkdownFixtures.csv(reverse: false, groups: ["North", "North", "North", "South", "North", "North", "East", "North", "South", "East"]),
                instrument: MarkdownFixtures.instrument(reverse: false), groupBy: "team")),
            ("markdown-reverse.md", try MarkdownFixtures.assessment(csv: MarkdownFixtures.csv(reverse: true), instrument: MarkdownFixtures.instrument(reverse: true))),
            ("markdown-hostile.md", try MarkdownFixtures.assessment(
                csv: MarkdownFixtures.csv(reverse: false, groups: hostileGroups) + "r99,\"| North |\",7,maybe,,,,,,,,\n",
                instrument: MarkdownFixtures.instrument(reverse: false, hostileTitle: true), groupBy: "team", minimumGroupSize: 1,
                coalition: hostileCoalition, file: "evil|<b>name</b>.csv")),
        ]
    }

    @Test func goldenReports() throws {
        for (name, assessment) in try Self.cases() {
            try Snapshot.check(try MarkdownFixtures.render(assessment)["report.md"]!, named: name)
        }
    }

    @Test func everyReportParsesIntoTheExpectedStructure() throws {
        for (name, assessment) in try Self.cases() {
            let parsed = try MarkdownFixtures.parse(try MarkdownFixtures.render(assessment)["report.md"]!)
            let headings = (parsed["headings"] as? [[Any]] ?? []).filter { $0.first as? Int == 2 }.compactMap { $0.last as? String }
            let expected = ["Summary", "Areas", "Benefits and drawbacks", "Statements"]
                + (assessment.rounds[0].groups.isEmpty ? [] : ["Groups"])
                + ["Action plan", "Planning worksheet", "Data quality", "How these numbers are made"]
            #expect(headings == expected, "\(name)")
            let tables = parsed["tables"] as? [[[String]]] ?? []
            #expect(tables.count >= 8, "\(name)")
            for table in tables {
                let width = table.first?.count ?? 0
                #expect(table.allSatisfy { $0.count == width }, "\(name): a table row has the wrong number of cells: \(table)")
            }
            let areas = try #require(tables.first { $0.first?.first == "Area" && $0.first?.count == 8 })
            #expect(areas.count == 1 + assessment.instrument.dimensions.count, "\(name)")
            let images = (parsed["images"] as? [[String: String]] ?? []).compactMap { $0["src"] }
            #expect(images == ["charts/principles.svg", "charts/dimensions.svg", "charts/statements.svg"], "\(name)")
            #expect((parsed["html"] as? [Any])?.isEmpty == true, "\(name): raw HTML in the report")
            #expect(parsed["scriptTag"] as? Bool == false, "\(name)")
        }
    }

    @Test func hostileNamesShowAsWritten() throws {
        let (_, assessment) = try Self.cases()[3]
        let parsed = try MarkdownFixtures.parse(try MarkdownFixtures.render(assessment)["report.md"]!)
        let tables = parsed["tables"] as? [[[String]]] ?? []
        let groups = try #require(tables.first { $0.first?.first == "Area" && $0.first?.count == 4 })
        // What a reader sees (escapes and entities resolved) is the names as written, with line
        // breaks turned into spaces.
        func seen(_ source: String) -> String {
            source.replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }
        #expect(groups[0].dropFirst().map(seen) == ["<img src=x onerror=alert(1)>", "`code` break", "| North |"])
        let title = ((parsed["headings"] as? [[Any]])?.first?.last as? String).map(seen)
        #expect(title?.contains("<script>alert(1)</script> second line **bold** [link](http://x)") == true)
    }

    @Test func chartsAreValidSVGWithTitles() throws {
        for (name, assessment) in try Self.cases() {
            let files = try MarkdownFixtures.render(assessment)
            let charts = files.filter { $0.key.hasPrefix("charts/") }
            #expect(charts.count == 3, "\(name)")
            for (path, svg) in charts {
                let reader = SVGTitleReader()
                let parser = XMLParser(data: Data(svg.utf8))
                parser.delegate = reader
                #expect(parser.parse(), "\(name) \(path): \(parser.parserError.map(String.init(describing:)) ?? "")")
                #expect(reader.root == "svg" && !reader.title.isEmpty, "\(name) \(path)")
            }
        }
    }

    @Test func chartGolden() throws {
        let files = try MarkdownFixtures.render(try Self.cases()[0].assessment)
        try Snapshot.check(files["charts/dimensions.svg"]!, named: "markdown-dimensions.svg")
    }

    @Test func withoutJSONTheReportSaysHowToGetExactNumbers() throws {
        let report = try MarkdownFixtures.render(try Self.cases()[0].assessment, jsonLink: false)["report.md"]!
        #expect(!report.contains("(assessment.json)"))
        #expect(report.contains("run tapestry assess with --format json"))
    }

    @Test func aUserTemplateIsEscapedToo() throws {
        let assessment = try Self.cases()[3].assessment
        let renderer = try MarkdownRenderer(template: "# {{coalition}}\n\n{{#dimensions}}- {{title}}\n{{/dimensions}}", jsonLink: false)
        let report = String(decoding: try renderer.render(try MarkdownFixtures.model(assessment))[0].contents, as: UTF8.self)
        #expect(report.hasPrefix("# Pipes \\| and \\`ticks\\` &lt;script&gt;alert(1)&lt;/script&gt; second line \\*\\*bold\\*\\* \\[link\\](http://x)\n"))
        #expect(report.contains("- Trust &amp; &lt;b&gt;\"care\"&lt;/b&gt; \\| \\`x\\`"))
    }
}

/// Collects an SVG's root element and title.
final class SVGTitleReader: NSObject, XMLParserDelegate {
    var root = ""
    var title = ""
    private var inTitle = false

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if root.isEmpty { root = element }
        inTitle = element == "title"
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { title += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "title" { inTitle = false }
    }
}
