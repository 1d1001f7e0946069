import Foundation
import Testing
import TapestryReport
import TapestryScoring
import TapestryTestSupport

/// The map of connections in every output, read back by independent readers: the SVG by
/// Python's XML parser, the Markdown by markdown-it-py, the HTML by html5lib, the workbook by
/// openpyxl; hostile organisation names come out as text.
@Suite struct NetworkOutputTests {
    static func files(_ model: ReportModel) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try MarkdownRenderer(jsonLink: false).render(model).map { ($0.name, String(decoding: $0.contents, as: UTF8.self)) })
    }

    /// The diagram's elements as Python's XML parser reads them: every text with its place,
    /// size and anchor, every group title, the legend's words, and the size of the drawing.
    static func readSVG(_ svg: String) throws -> [String: Any] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-\(UUID().uuidString).svg")
        try svg.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
            import json, sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            ns = "{http://www.w3.org/2000/svg}"
            texts = [{"text": e.text or "", "x": float(e.get("x")), "y": float(e.get("y")), "size": float(e.get("font-size")),
                      "anchor": e.get("text-anchor"), "halo": e.get("stroke") is not None} for e in root.iter(ns + "text")]
            groups = [g.find(ns + "title").text for g in root.iter(ns + "g") if g.find(ns + "title") is not None]
            print(json.dumps({"texts": texts, "groups": groups, "width": float(root.get("width")), "height": float(root.get("height")),
                              "markers": len(list(root.iter(ns + "marker"))), "arrows": len([l for l in root.iter(ns + "line") if l.get("marker-end")])}))
            """
        let (status, output) = try Python.run(["-c", script, url.path])
        guard status == 0, let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else {
            throw ReportError.template("the SVG did not parse: \(output)")
        }
        return object
    }

    @Test func theDiagramIsTheSameEveryTimeAndNamesEveryOrganisation() throws {
        let first = try Self.files(try NetworkFixtures.model())["charts/connections.svg"]
        let second = try Self.files(try NetworkFixtures.model())["charts/connections.svg"]
        let svg = try #require(first)
        #expect(first == second)
        let read = try Self.readSVG(svg)
        let network = try #require(try NetworkFixtures.model().network)
        #expect((read["groups"] as? [String])?.sorted() == NetworkDiagramOrder.names(network))
        let texts = (read["texts"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        for word in ["ngo", "faith", "government", "community", "business", "holds the coalition together", "no ties",
                     "has not answered yet", "named as a partner (one way)", "both named each other"] {
            #expect(texts.contains(word), "legend: \(word)")
        }
        // Every short name is written whole; the long one is shortened (the table has it whole).
        for member in network.members where member.name.count <= 20 {
            #expect(texts.contains(member.name), "\(member.name)")
        }
        #expect(texts.contains { $0.hasPrefix("Riverside Chamber of") })
        // One arrow per tie not returned (5), none for the 26 returned ones, drawn once per pair.
        #expect(read["arrows"] as? Int == 1 + 5)  // the legend's arrow and the ties'
    }

    @Test func sixteenNamesNeverOverlap() throws {
        // The fixture and two more organisations with long names: 16 on the circle.
        var summary = NetworkFixtures.latest
        for name in ["Riverside Community Legal Advice and Advocacy Centre", "Northside Faith Forum"] {
            summary.nodes.append(NetworkNode(name: name, type: "faith", isMember: true, responded: true, inDegree: 1, outDegree: 1,
                                             degree: 1, betweenness: 0))
        }
        summary.tieList += [NetworkTie(from: 14, to: 15), NetworkTie(from: 15, to: 14)]
        summary.members = 16
        let svg = try #require(try Self.files(try NetworkFixtures.model(latest: summary))["charts/connections.svg"])
        try Self.expectNamesApart(svg, atLeast: 16)
    }

    /// Maps of every size up to the labelled limit, with long names and ties among
    /// neighbours, and the Riverside sample's own map: no two names touch.
    @Test func namesNeverOverlapOnMapsOfAnySize() throws {
        let words = ["Riverside", "Community", "Tenants", "Association", "Food", "Justice", "Legal", "Advice", "Faith", "Forum",
                     "Youth", "Club", "Housing", "Trust", "Allotment", "Society"]
        for count in [3, 5, 8, 11, 15, 20, 27, 35, 44, 52, 60] {
            let nodes = (0..<count).map { index in
                let name = (0..<(2 + index % 4)).map { words[(index * 7 + $0 * 3) % words.count] }.joined(separator: " ")
                return NetworkNode(name: "\(name) \(index)", type: ["ngo", "faith", "community"][index % 3], isMember: true,
                                   responded: true, inDegree: 1, outDegree: 1, degree: 2, betweenness: 0)
            }
            let ties = (0..<count).map { NetworkTie(from: $0, to: ($0 + 1) % count) }
            let summary = NetworkSummary(members: count, responding: count, ties: ties.count, density: nil, reciprocity: nil,
                                         components: 1, nodes: nodes, tieList: ties.sorted(), isolates: [], brokers: [nodes[0].name],
                                         notResponding: [], suggestions: [])
            let svg = try #require(try Self.files(try NetworkFixtures.model(latest: summary))["charts/connections.svg"])
            try Self.expectNamesApart(svg, atLeast: count)
        }
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples/riverside/rounds-report/charts/connections.svg")
        try Self.expectNamesApart(try String(contentsOf: sample, encoding: .utf8), atLeast: 15)
    }

    /// Each name's line as a box, its width estimated generously (0.55 of the font size a
    /// character); no two boxes overlap and none runs off the drawing.
    static func expectNamesApart(_ svg: String, atLeast count: Int) throws {
        let read = try Self.readSVG(svg)
        let width = try #require(read["width"] as? Double)
        let boxes = (read["texts"] as? [[String: Any]] ?? []).filter { $0["halo"] as? Bool == true }.map { text -> (Double, Double, Double, Double) in
            let size = text["size"] as? Double ?? 11, x = text["x"] as? Double ?? 0, y = text["y"] as? Double ?? 0
            let length = Double((text["text"] as? String ?? "").count) * size * 0.55
            let left = text["anchor"] as? String == "end" ? x - length : text["anchor"] as? String == "middle" ? x - length / 2 : x
            return (left, y - size * 0.8, left + length, y + size * 0.2)
        }
        #expect(boxes.count >= count)
        for (i, a) in boxes.enumerated() {
            #expect(a.0 >= 0 && a.2 <= width, "a name runs off the drawing")
            for b in boxes[(i + 1)...] {
                let overlap = a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
                #expect(!overlap, "\(a) and \(b) overlap")
            }
        }
    }

    @Test func aLargeMapIsDrawnWithoutNamesAndSaysSo() throws {
        var summary = NetworkFixtures.latest
        for index in 0..<60 {
            summary.nodes.append(NetworkNode(name: "Extra member \(index)", type: nil, isMember: true, responded: false, inDegree: 0,
                                             outDegree: 0, degree: 0, betweenness: 0))
        }
        summary.members = summary.nodes.count
        let model = try NetworkFixtures.model(latest: summary)
        let network = try #require(model.network)
        #expect(!network.labelsShown)
        #expect(network.diagramNote.contains("With more than 60 organisations the names are left out of the map"))
        let read = try Self.readSVG(try #require(try Self.files(model)["charts/connections.svg"]))
        #expect((read["texts"] as? [[String: Any]] ?? []).allSatisfy { $0["halo"] as? Bool != true })
        #expect((read["groups"] as? [String])?.count == 74)  // every organisation still has its title
        #expect((read["texts"] as? [[String: Any]] ?? []).contains { ($0["text"] as? String ?? "").hasPrefix("Names are left out") })
        #expect((read["texts"] as? [[String: Any]] ?? []).contains { $0["text"] as? String == "no type given" })
    }

    @Test func theMarkdownAndHTMLSectionsReadBack() throws {
        let model = try NetworkFixtures.model()
        let markdown = try #require(try Self.files(model)["report.md"])
        let parsed = try MarkdownFixtures.parse(markdown)
        let headings = (parsed["plainHeadings"] as? [[Any]] ?? []).compactMap { $0.last as? String }
        #expect(headings.firstIndex(of: "Connections").map { $0 < (headings.firstIndex(of: "Action plan") ?? 0) } == true)
        #expect(headings.contains("Connections to talk about"))
        let tables = parsed["plainTables"] as? [[[String]]] ?? []
        let members = try #require(tables.first { $0.first?.first == "Organisation" })
        #expect(members.first == ["Organisation", "Type", "Answered", "Ties in", "Ties out", "Betweenness", "Note"])
        #expect(members.count == 15)
        #expect(members.contains(["St Mark's Church", "faith", "yes", "4", "5", "0.40", "holds the coalition together"]))
        #expect(members.contains(["County Public Health Office", "government", "not yet", "2", "0", "0.00", ""]))
        let suggestions = try #require(tables.first { $0.first?.first == "Suggested to bring in" })
        #expect(Array(suggestions.dropFirst()) == [["Riverside Hospital Trust", "4"], ["Food Justice Network", "2"], ["Mayor's Office", "1"]])
        let images = parsed["images"] as? [[String: Any]] ?? []
        #expect(images.contains { $0["src"] as? String == "charts/connections.svg" })
        #expect((parsed["plainParagraphs"] as? [String] ?? []).contains(
            "Since 2026-Q1: density went from 9% to 17% of possible ties (+8 points); members with no ties from 4 to 2."))

        let html = try HTMLReportTests.parse(try MarkdownFixtures.html(try NetworkFixtures.assessment()))
        #expect((html["errors"] as? [String] ?? []).isEmpty)
        let htmlTables: [[[String]]] = (html["tables"] as? [Any] ?? []).map { HTMLReportTests.seen($0) }
        let htmlMembers = try #require(htmlTables.first { $0.first?.first == "Organisation" })
        #expect(htmlMembers == members)
        let svgs = html["svgs"] as? [[String: Any]] ?? []
        #expect(svgs.contains { $0["title"] as? String == "Map of connections, 2026-Q3" })
        #expect((html["headings"] as? [[Any]] ?? []).contains { $0.last as? String == "Connections to talk about" })
    }

    @Test func theWorkbookHasAConnectionsSheetThatSorts() throws {
        let data = try XLSXRenderer().render(try NetworkFixtures.model())
        let output = try XLSXRendererTests.read(data, """
            ws = wb["Connections"]
            print(wb.sheetnames.index("Connections") == wb.sheetnames.index("Groups") + 1)
            print(sorted((name, ws.tables[name].ref) for name in ws.tables))
            rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r[0]}
            print(round(rows["Density (share of possible ties)"][3], 9), [c.number_format for c in ws[[k for k in range(1, ws.max_row + 1) if ws.cell(k, 1).value == "Density (share of possible ties)"][0]]][3])
            r = rows["St Mark's Church"]; print(r[:5] + (round(r[5], 4),) + r[6:8])
            print([r[9:12] for r in ws.iter_rows(values_only=True) if r[9] == "Riverside Food Bank"])
            print(ws.page_setup.orientation, ws.sheet_properties.pageSetUpPr.fitToPage, ws.page_setup.fitToHeight, ws.print_title_rows)
            """)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 6, "\(output)")
        guard lines.count == 6 else { return }
        #expect(lines[0] == "True")
        #expect(lines[1] == "[('Organisations', 'A24:H38'), ('Suggestions', 'A41:B44'), ('Ties', 'J24:L55')]")
        #expect(lines[2] == "0.17032967 0%")  // 31 of 182 possible ties
        #expect(lines[3] == "(\"St Mark's Church\", 'faith', 'yes', 4, 5, 0.3996, 'holds the coalition together', 'yes')")
        #expect(lines[4] == "[('Riverside Food Bank', \"St Mark's Church\", 'yes'), ('Riverside Food Bank', 'Northside Tenants Association', 'yes'), "
            + "('Riverside Food Bank', 'Riverside Youth Club', 'no'), ('Riverside Food Bank', 'Legal Aid Clinic', 'yes')]")
        #expect(lines[5] == "landscape True 0 $24:$24")  // one page wide, as long as it takes; the header row repeats
    }

    @Test func hostileNamesComeOutAsText() throws {
        let hostile = ["<script>alert(1)</script>", "</table><b>bold</b>", "{{title}} & {{{headline}}}", "\"Quoted\" 'single' | pipe",
                       String(repeating: "Very long organisation name ", count: 12)]
        let summary = NetworkFixtures.renamed(NetworkFixtures.latest) { index, name in index < hostile.count ? hostile[index] : name }
        let model = try NetworkFixtures.model(latest: summary)
        let files = try Self.files(model)
        let svg = try #require(files["charts/connections.svg"])
        let read = try Self.readSVG(svg)
        #expect((read["groups"] as? [String])?.sorted() == NetworkDiagramOrder.names(try #require(model.network)))

        let markdown = try MarkdownFixtures.parse(try #require(files["report.md"]))
        #expect(markdown["scriptTag"] as? Bool == false)
        #expect((markdown["html"] as? [String] ?? []).isEmpty)
        let members = try #require((markdown["plainTables"] as? [[[String]]] ?? []).first { $0.first?.first == "Organisation" })
        #expect(Array(members.dropFirst().prefix(5).map { $0[0] }) == hostile.map { $0.trimmingCharacters(in: .whitespaces) })

        let html = try HTMLReportTests.parse(try MarkdownFixtures.html(try NetworkFixtures.assessment(latest: summary)))
        #expect(html["scripts"] as? Int == 0)
        #expect((html["errors"] as? [String] ?? []).isEmpty)
        let htmlMembers = try #require((html["tables"] as? [Any] ?? []).map { HTMLReportTests.seen($0) }.first { $0.first?.first == "Organisation" })
        #expect(Array(htmlMembers.dropFirst().prefix(5).map { $0[0] }) == hostile.map { HTMLReportTests.seen($0) })

        let data = try XLSXRenderer().render(model)
        let cells = try XLSXRendererTests.read(data, """
            import json
            ws = wb["Connections"]
            print(json.dumps([r[0] for r in ws.iter_rows(values_only=True) if r[0]][:60]))
            """)
        let values = try JSONSerialization.jsonObject(with: Data(cells.utf8)) as? [String] ?? []
        for name in hostile { #expect(values.contains(name), "\(name)") }
    }
}

/// The order of the diagram's organisation groups, as the test expects it: the same members,
/// whatever the layout's order, compared as sorted lists.
enum NetworkDiagramOrder {
    static func names(_ network: ReportModel.Network) -> [String] { network.members.map(\.name).sorted() }
}
