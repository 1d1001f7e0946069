import Foundation
import Testing
import TapestryTestSupport

/// `--format html` through the built binary: one page that an HTML5 parser (html5lib) reads
/// without an error, with every area, its charts inside, nothing that runs or is fetched;
/// hostile names from every place they come from shown as text; and the same numbers as the
/// JSON and the Markdown report.
@Suite struct HTMLOutputTests {
    static func parse(_ url: URL, tool: String) throws -> [String: Any] {
        let script = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/\(tool)").path
        let (status, output) = try Python.run([script, url.path])
        #expect(status == 0, "\(output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func theSampleProjectIsOnePageWithItsChartsInside() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let result = try TapestryBinary.run(["assess", "samples/riverside", "--format", "html", "--format", "json", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote \(folder.appendingPathComponent("report.html").path)"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [".tapestry-report.json", "assessment.json", "report.html"])
        let text = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let html = try Self.parse(folder.appendingPathComponent("report.html"), tool: "parse_html.py")
        #expect((html["errors"] as? [String]) == [], "\(html["errors"] ?? "")")

        let rounds = try #require(try Self.json(folder.appendingPathComponent("assessment.json"))["rounds"] as? [[String: Any]])
        #expect(rounds.count == 3)
        let titles = (rounds.last?["dimensions"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        #expect(titles.count == 12)
        let headings = (html["headings"] as? [[Any]] ?? []).compactMap { $0.last as? String }
        let svgs = (html["svgs"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        #expect(headings.contains("Change since 2026-Q2") && headings.contains("Groups"))
        for title in titles {
            #expect(headings.contains(title), "\(title) has no heading")
            #expect(svgs.contains(title), "\(title) has no chart")
        }
        #expect(svgs.prefix(3) == ["Health over the rounds", "The principles of partnership", "Health of every area"])
        // The three overview charts, one per area, and the map of connections.
        #expect(svgs.contains("Map of connections, 2026-Q3"))
        #expect(svgs.count == 3 + titles.count + 1)
        #expect(text.components(separatedBy: "<svg").count - 1 == svgs.count)
        #expect(!text.lowercased().contains("<script"))
        #expect(!text.contains("http://") && !text.contains("https://"))
        #expect((html["addresses"] as? [String]) == [] && (html["cssAddresses"] as? [String]) == [])
    }

    @Test func htmlNeedsAnOutputFolderAndIsInTheDefaultSet() throws {
        let alone = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--format", "html"])
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--format html writes a file: add --output DIR (the report goes to DIR/report.html)"))
        let folder = try TapestryBinary.temporaryFolder()
        let every = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--output", folder.path])
        #expect(every.status == 0, "\(every.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
        let help = try TapestryBinary.run(["assess", "--help"])
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Output format (repeatable): terminal, json, markdown, xlsx, html."))
        #expect(words.contains("as one page to e-mail or print, to DIR/report.html"))
    }

    /// A 7-point instrument whose titles and statements are hostile: markup, a closing table
    /// tag, Mustache braces, quotes and line breaks; one statement worded the other way, and a
    /// drawback.
    static let instrument = #"""
        id: hostile
        version: "1"
        title: "Hostile <script>alert(1)</script> check"
        scale:
          min: 1
          max: 7
          labels: [Strongly disagree, Disagree, Somewhat disagree, "Neither <i>agree</i> nor disagree", Somewhat agree, Agree, Strongly agree]
          missing: [Unsure]
        dimensions:
          - id: trust
            title: "Trust <script>alert('t')</script> & \"care\" {{title}}"
            category: principle
            polarity: positive
            items:
              - id: T1
                text: "We share </table> information {{early}}."
              - id: T2
                text: "Every \"voice\" counts,\nsays <b>'everyone'</b>."
                reverse: true
              - id: T3
                text: "Decisions are made in the open."
          - id: cost
            title: "Costs </svg><script>x</script>"
            category: drawback
            polarity: negative
            items:
              - id: C1
                text: "It costs {{#time}}time{{/time}} & <img src=x onerror=alert(1)>."
              - id: C2
                text: "We compete\nfor money <!-- comment -->."
        """#
    static let groups = ["</table>{{x}} \"q\"\nsecond line", "<script>alert(2)</script>"]
    static let coalition = "Coal <script>alert(3)</script>\n\"quoted\" {{c}} 'single'"
    static let file = "<script>evil \"q\" {{f}}.csv"

    static func hostileRun() throws -> URL {
        let folder = try TapestryBinary.temporaryFolder()
        try instrument.write(to: folder.appendingPathComponent("instrument.yaml"), atomically: true, encoding: .utf8)
        var csv = "respondent,team,T1,T2,T3,C1,C2\n"
        for index in 0..<12 {
            let answers = [index % 7 + 1, (index * 3 + 2) % 7 + 1, (index + 4) % 7 + 1, (index * 2) % 7 + 1, (index + 5) % 7 + 1]
            let group = groups[index % 2].replacingOccurrences(of: "\"", with: "\"\"")
            csv += "r\(index),\"\(group)\"," + answers.map(String.init).joined(separator: ",") + "\n"
        }
        try csv.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        let result = try TapestryBinary.run(["assess", file, "--instrument", "instrument.yaml", "--group-by", "team", "--min-group-size", "1",
                                             "--coalition", coalition, "--format", "html", "--format", "markdown", "--format", "json",
                                             "--output", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return folder.appendingPathComponent("out")
    }

    @Test func hostileNamesFromEveryPlaceAreText() throws {
        let out = try Self.hostileRun()
        let html = try Self.parse(out.appendingPathComponent("report.html"), tool: "parse_html.py")
        #expect((html["errors"] as? [String]) == [], "\(html["errors"] ?? "")")
        #expect(html["scripts"] as? Int == 0)
        #expect((html["events"] as? [String]) == [])
        #expect((html["addresses"] as? [String]) == [])
        let elements = Set(html["elements"] as? [String] ?? [])
        #expect(elements.isDisjoint(with: ["script", "img", "b", "i"]), "\(elements)")

        // The coalition, in the page's title and its heading.
        #expect(html["title"] as? String == "Partnership health check: " + Self.coalition)
        let headings = (html["headings"] as? [[Any]] ?? []).compactMap { $0.last as? String }
        #expect(headings.first == "Partnership health check: " + Self.coalition)
        // The dimensions, as headings, chart titles and table cells.
        let trust = "Trust <script>alert('t')</script> & \"care\" {{title}}"
        let cost = "Costs </svg><script>x</script>"
        #expect(headings.contains(trust) && headings.contains(cost))
        let svgs = html["svgs"] as? [[String: Any]] ?? []
        #expect(svgs.compactMap { $0["title"] as? String }.contains(trust))
        let tables = html["tables"] as? [[[String]]] ?? []
        let areas = try #require(tables.first { $0.first?.count == 8 })
        #expect(areas.dropFirst().map(\.first) == [trust, cost + " (lower is better)"])
        // The statements, in their tables and in their charts (cut to fit there).
        let statements = tables.filter { $0.first?.first == "Statement" }.flatMap { $0.dropFirst() }.compactMap(\.first)
        #expect(statements == [
            "We share </table> information {{early}}.",
            "Every \"voice\" counts,\nsays <b>'everyone'</b>. (worded the other way)",
            "Decisions are made in the open.",
            "It costs {{#time}}time{{/time}} & <img src=x onerror=alert(1)>.",
            "We compete\nfor money <!-- comment -->.",
        ])
        let svgTexts = svgs.flatMap { $0["texts"] as? [String] ?? [] }
        #expect(svgTexts.contains("We share </table> information {{early}}."))
        #expect(svgTexts.contains("Neither <i>agree</i> nor disagree"))
        // The groups, as column headings; the file, in Data quality and as the round's label.
        let groups = try #require(tables.first { $0.count > 1 && $0[1].first == "Respondents" })
        #expect(Array(groups[0].dropFirst()) == Self.groups)
        let items = html["items"] as? [String] ?? []
        #expect(items.contains { $0.hasPrefix(Self.file + " (canonical).") }, "\(items)")
        #expect((html["paragraphs"] as? [String] ?? []).contains { $0.hasPrefix("Round <script>evil \"q\" {{f}} · instrument Hostile <script>alert(1)</script> check") })
    }

    @Test func eachStatementsSharesAndEachAreasHealthAreTheJSONsInBothReports() throws {
        let out = try Self.hostileRun()
        let json = try Self.json(out.appendingPathComponent("assessment.json"))
        let round = try #require((json["rounds"] as? [[String: Any]])?.last)
        let dimensions = try #require(round["dimensions"] as? [[String: Any]])
        let html = try Self.parse(out.appendingPathComponent("report.html"), tool: "parse_html.py")
        let markdown = try Self.parse(out.appendingPathComponent("report.md"), tool: "parse_markdown.py")
        // Whole numbers as the reports write them (printf's rounding, halves to even).
        func percent(_ value: Any?) -> String { (value as? Double).map { String(format: "%.0f%%", $0 * 100) } ?? "–" }
        // Health on 0–100 by hand: the mean placed on 1–7, flipped for a drawback.
        func health(_ dimension: [String: Any]) -> String {
            guard let mean = dimension["mean"] as? Double else { return "–" }
            let oriented = dimension["polarity"] as? String == "negative" ? 8 - mean : mean
            // Whole, halves up; but never rounded up onto a band threshold (50, 75) it is below:
            // then one decimal, cut.
            let value = 100 * (oriented - 1) / 6
            let whole = (value * 1e9).rounded() / 1e9
            let rounded = whole.rounded(.toNearestOrAwayFromZero)
            if [50.0, 75.0].contains(where: { value < $0 && rounded >= $0 }) {
                return String(format: "%.1f", (value * 10).rounded(.down) / 10)
            }
            return String(Int(rounded))
        }
        for (name, tables) in [("HTML", html["tables"]), ("Markdown", markdown["plainTables"])] {
            let tables = (tables as? [[[String]]] ?? []).map { $0.map { $0.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") } } }
            let areas = try #require(tables.first { $0.first?.count == 8 }, "\(name)")
            #expect(areas[0][4] == "Health", "\(name)")
            #expect(areas.dropFirst().map { $0[4] } == dimensions.map(health), "\(name)")
            let statements = tables.filter { $0.first?.first == "Statement" }
            #expect(statements.count == dimensions.count, "\(name)")
            for (table, dimension) in zip(statements, dimensions) {
                #expect(table[0] == ["Statement", "n", "Mean", "Disagree", "Neutral", "Agree", "No answer"], "\(name)")
                let items = dimension["items"] as? [[String: Any]] ?? []
                #expect(table.dropFirst().map { $0[5] } == items.map { percent($0["agree"]) }, "\(name)")
                #expect(table.dropFirst().map { $0[3] } == items.map { percent($0["disagree"]) }, "\(name)")
            }
        }
    }
}
