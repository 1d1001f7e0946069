import Foundation
import TapestryTestSupport
import Testing
import TapestryImport
import TapestryReport
import TapestryScoring

/// The workbook renderer on its own (the CLI tests read whole workbooks back against JSON).
@Suite struct XLSXRendererTests {
    /// Runs Python with openpyxl on a workbook and returns what the snippet prints.
    static func read(_ data: Data, _ snippet: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-\(UUID().uuidString).xlsx")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try Python.run(["-c", "import openpyxl,sys\nwb = openpyxl.load_workbook(sys.argv[1])\n" + snippet, url.path]).output
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The fixture's assessment, keeping (at most `kept` per round of) the responses.
    static func assessment(kept: Int = .max) throws -> Assessment {
        let instrument = ReportFixtures.instrument
        var builder = AssessmentBuilder(instrument: instrument, keepingResponses: true, atMost: kept)
        let file = try SurveyFile(data: Data(ReportFixtures.csv.utf8), path: "mini.csv", instrument: instrument)
        let report = try ExportReader(instrument: instrument, options: ImportOptions(groupBy: "team"))
            .read(file, defaultRound: "2026-Q1", into: &builder)
        return Assessment(instrument: instrument, coalition: nil, options: ScoringOptions(), rounds: builder.results(options: ScoringOptions()),
                          findings: report.findings, inputs: [report.input])
    }

    static func model(kept: Int = .max) throws -> ReportModel {
        ReportModel(try assessment(kept: kept), catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }

    @Test func theResponsesListStopsAtItsLimitAndSaysSo() throws {
        // Also when the import kept no more than the sheet lists: the note counts every response.
        for kept in [Int.max, 3] {
            let data = try XLSXRenderer(includingResponses: true, maximumListedResponses: 3).render(try Self.model(kept: kept))
            let output = try Self.read(data, """
                ws = wb["Responses"]
                print(ws.tables["Responses"].ref, "|", ws["A2"].value)
                """)
            #expect(output == "A3:J6 | Only the first 3 of 7 responses are listed here; every sheet's statistics use all of them.")
        }
    }

    @Test func byDefaultNoSheetListsEachRespondentsAnswers() throws {
        // Even when the assessment kept the responses, the renderer lists them only when asked.
        let sheets = { (renderer: XLSXRenderer) in try Self.read(try renderer.render(try Self.model()), "print(wb.sheetnames)") }
        #expect(try sheets(XLSXRenderer()) == "['Summary', 'Dimensions', 'Items', 'Groups', 'Data quality', 'About']")
        #expect(try sheets(XLSXRenderer(includingResponses: true)) == "['Summary', 'Dimensions', 'Items', 'Groups', 'Data quality', 'Responses', 'About']")
    }

    @Test func suppressedGroupsAreNotNamedInResponses() throws {
        // Both groups are suppressed at the default minimum of 5 (4 and 3 members).
        let data = try XLSXRenderer(includingResponses: true).render(try Self.model())
        let output = try Self.read(data, """
            ws = wb["Responses"]
            print(sorted(set(row[2] for row in ws.iter_rows(min_row=4, values_only=True))))
            """)
        #expect(output == "['(small group, not shown)']")
    }

    @Test func uncomputableStatisticsAreBlankCellsNotZero() throws {
        let data = try XLSXRenderer().render(try Self.model())
        let output = try Self.read(data, """
            ws = wb["Dimensions"]
            for row in ws.iter_rows(min_row=6, values_only=True):
                if row[17] == "unanswered": print(row[2], row[3:13])
            """)
        // n is 0; mean, sd, median, the interval, band, health, share at strength level, alpha
        // and rwg are blank.
        #expect(output == "0 (None, None, None, None, None, None, None, None, None, None)")
    }

    // MARK: A 7-point instrument: every number on the sheets is the model's

    /// Seven points, a reverse-keyed principle statement, a drawback with one statement
    /// worded each way, and two rounds (so the Trend sheet is written too).
    static let sevenPoint = Instrument(
        id: "seven", version: "1", title: "Seven-point check",
        scale: Scale(min: 1, max: 7, labels: ["1", "2", "3", "4", "5", "6", "7"], missing: ["Don't know"]),
        dimensions: [
            Dimension(id: "trust", title: "Trust", category: "principle", polarity: .positive,
                      items: [Item(id: "T1", text: "We trust each other"), Item(id: "T2", text: "Partners hold back", reverse: true)]),
            Dimension(id: "gains", title: "Gains", category: "benefit", polarity: .positive,
                      items: [Item(id: "G1", text: "We gain contacts"), Item(id: "G2", text: "We gain skills")]),
            Dimension(id: "costs", title: "Costs", category: "drawback", polarity: .negative,
                      items: [Item(id: "C1", text: "It takes too much time"), Item(id: "C2", text: "It is worth the time", reverse: true)]),
        ])

    /// Round 2026-Q1: T1 answered 7, 6, 4, 5, 2, 3 — three of six above the middle (4), two
    /// below; the top two points (the old rule) would have given two of six.
    static let sevenPointCSV = """
        respondent,round,T1,T2,G1,G2,C1,C2
        1,2026-Q1,7,2,6,7,2,6
        2,2026-Q1,6,1,5,6,3,7
        3,2026-Q1,4,4,4,5,4,4
        4,2026-Q1,5,3,7,6,1,5
        5,2026-Q1,2,6,3,2,6,2
        6,2026-Q1,3,5,4,3,5,3
        7,2026-Q2,7,1,7,7,1,7
        8,2026-Q2,6,2,6,6,2,6
        9,2026-Q2,5,2,5,6,2,6
        10,2026-Q2,6,3,6,5,3,5
        11,2026-Q2,4,4,4,4,4,4
        12,2026-Q2,3,5,3,3,5,3

        """

    static func sevenPointModel() throws -> ReportModel {
        let instrument = sevenPoint
        var builder = AssessmentBuilder(instrument: instrument, keepingResponses: true)
        let file = try SurveyFile(data: Data(sevenPointCSV.utf8), path: "seven.csv", instrument: instrument)
        let report = try ExportReader(instrument: instrument, options: ImportOptions())
            .read(file, defaultRound: "2026-Q1", into: &builder)
        let assessment = Assessment(instrument: instrument, coalition: "Seven", options: ScoringOptions(),
                                    rounds: builder.results(options: ScoringOptions()), findings: report.findings, inputs: [report.input])
        return ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }

    /// What the sheets show, read back by openpyxl as JSON: the Items and Dimensions tables,
    /// the Categories table, and the Summary's table and category rows (label, score, band,
    /// health) below their headings.
    static let sevenPointSnippet = """
        import json
        def table(ws, name):
            cells = ws[ws.tables[name].ref]
            headers = [c.value for c in cells[0]]
            return [dict(zip(headers, [c.value for c in row])) for row in cells[1:]]
        summary = wb["Summary"]
        rows = [[c.value for c in r] for r in summary.iter_rows(max_col=7)]
        top = next(i for i, r in enumerate(rows) if r[0] == "Dimension")
        cats = next(i for i, r in enumerate(rows) if r[0] == "Category")
        print(json.dumps({
            "items": table(wb["Items"], "Items"),
            "dimensions": table(wb["Dimensions"], "Dimensions"),
            "categories": table(wb["Dimensions"], "Categories"),
            "summaryHeaders": rows[top],
            "summary": [r for r in rows[top + 1:cats] if r[0]],
            "summaryCategories": [r for r in rows[cats + 1:] if r[0]][:3],
            "healthBand": [r[2] for r in rows if r[0] == "Health index (0–100)"][0],
            "trend": [[c.value for c in r][:4] for r in wb["Trend"].iter_rows(min_row=3, max_row=10)],
            "responsesNote": wb["Responses"]["A1"].value,
        }))
        """

    static func close(_ a: Any?, _ b: Double?) -> Bool {
        guard let b else { return a == nil || a is NSNull }
        guard let a = a as? Double else { return false }
        return abs(a - b) <= 1e-12 * max(1, abs(b))
    }

    @Test func sevenPointItemsAgreeAndDisagreeAreTheJSONs() throws {
        let model = try Self.sevenPointModel()
        let workbook = try Self.jsonObject(try Self.read(try XLSXRenderer(includingResponses: true).render(model), Self.sevenPointSnippet))
        let json = try Self.jsonObject(JSONRenderer().render(model))
        let rounds = try #require(json["rounds"] as? [[String: Any]])
        let expected = rounds.flatMap { round in
            ((round["dimensions"] as? [[String: Any]]) ?? []).flatMap { dimension in
                ((dimension["items"] as? [[String: Any]]) ?? []).map { (round["label"] as? String ?? "", $0) }
            }
        }
        let items = try #require(workbook["items"] as? [[String: Any]])
        #expect(items.count == 12 && expected.count == 12)
        for (row, (label, item)) in zip(items, expected) {
            let id = item["id"] as? String ?? ""
            #expect(row["Round"] as? String == label && row["Item"] as? String == id)
            #expect(row["Statement"] as? String == item["text"] as? String)
            #expect(Self.close(row["Agree"], item["agree"] as? Double), "\(label) \(id) agree \(row["Agree"] ?? "nil") vs \(item["agree"] ?? "nil")")
            #expect(Self.close(row["Disagree"], item["disagree"] as? Double), "\(label) \(id) disagree")
        }
        // By hand: T1 in 2026-Q1 answered 7, 6, 4, 5, 2, 3 → 3/6 above 4, 2/6 below.
        let t1 = try #require(items.first)
        #expect(Self.close(t1["Agree"], 0.5) && Self.close(t1["Disagree"], 2.0 / 6))
        // Which side is healthy, in the model's words.
        let healthy = Dictionary(items.prefix(6).map { ($0["Item"] as? String ?? "", $0["Healthy answer"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(healthy == ["T1": "agree", "T2": "disagree (worded the other way)", "G1": "agree", "G2": "agree",
                            "C1": "disagree (agreeing means a cost to members)", "C2": "agree (worded the other way)"])
        // The instrument's scale in the headings, not 1–5.
        #expect((workbook["summaryHeaders"] as? [Any])?[2] as? String == "Score (1–7)")
        #expect((workbook["responsesNote"] as? String)?.contains("(1–7,") == true)
        #expect(((workbook["items"] as? [[String: Any]])?.first?.keys.contains("7 (n)")) == true)
    }

    @Test func sevenPointHealthIsTheModels() throws {
        let model = try Self.sevenPointModel()
        let workbook = try Self.jsonObject(try Self.read(try XLSXRenderer(includingResponses: true).render(model), Self.sevenPointSnippet))
        // Dimensions: every round's areas, health and band as the model has them.
        let dimensions = try #require(workbook["dimensions"] as? [[String: Any]])
        let areas = model.rounds.flatMap { round in round.areas.map { (round.label, $0) } }
        #expect(dimensions.count == areas.count && areas.count == 6)
        for (row, (label, area)) in zip(dimensions, areas) {
            #expect(row["Round"] as? String == label && row["Dimension"] as? String == area.id)
            #expect(Self.close(row["Health"], area.health), "\(label) \(area.id) health \(row["Health"] ?? "nil") vs \(area.health ?? -1)")
            #expect(row["Band"] as? String == area.band?.rawValue)
            #expect(Self.close(row["At strength level"], area.statistics.favorable))
        }
        // By hand: Costs in 2026-Q1, C2 flipped (8 − answer): members' means 2, 2, 4, 2, 6, 5 → 3.5;
        // a drawback, so flipped again for health: 8 − 3.5 = 4.5 on 1–7 → (4.5 − 1) / 6 × 100.
        let costs = try #require(dimensions.first { $0["Round"] as? String == "2026-Q1" && $0["Dimension"] as? String == "costs" })
        #expect(Self.close(costs["Health"], 3.5 / 6 * 100))
        // Categories per round, as the JSON and the model have them.
        let json = try Self.jsonObject(JSONRenderer().render(model))
        let expected = ((json["rounds"] as? [[String: Any]]) ?? []).flatMap { round in
            ((round["categories"] as? [[String: Any]]) ?? []).map { (round["label"] as? String ?? "", $0) }
        }
        let categories = try #require(workbook["categories"] as? [[String: Any]])
        #expect(categories.count == expected.count && expected.count == 6)
        for (row, (label, category)) in zip(categories, expected) {
            #expect(row["Round"] as? String == label && row["Category"] as? String == category["category"] as? String)
            #expect(Self.close(row["Health"], category["health"] as? Double))
            #expect(row["Band"] as? String == category["band"] as? String)
        }
        // Summary: the latest round's areas and categories, and the health index's band.
        let latest = try #require(model.latest)
        let summary = try #require(workbook["summary"] as? [[Any]])
        #expect(summary.map { $0[0] as? String } == latest.areas.map(\.label))
        #expect(summary.map { $0[0] as? String }.contains("Costs (lower is better)"))
        for (row, area) in zip(summary, latest.areas) {
            #expect(Self.close(row[4], area.health) && row[3] as? String == area.bandWord)
        }
        let summaryCategories = try #require(workbook["summaryCategories"] as? [[Any]])
        #expect(summaryCategories.map { $0[0] as? String } == latest.categories.map(\.title))
        for (row, category) in zip(summaryCategories, latest.categories) {
            #expect(Self.close(row[4], category.health) && row[3] as? String == category.bandWord)
        }
        #expect(workbook["healthBand"] as? String == latest.healthBand?.rawValue)
        // Trend: the category health rows follow the health index.
        let trend = try #require(workbook["trend"] as? [[Any]])
        let trendSeries = try #require(model.trend)
        let principles = try #require(trend.first { $0[0] as? String == "Principles (health 0–100)" })
        #expect(Self.close(principles[2], trendSeries.categories[0].values[0]) && Self.close(principles[3], trendSeries.categories[0].values[1]))
    }

    /// Parses what a snippet printed as JSON.
    static func jsonObject(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
