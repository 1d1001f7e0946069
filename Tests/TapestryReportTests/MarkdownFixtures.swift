import Foundation
import TapestryTestSupport
import TapestryImport
import TapestryReport
import TapestryScoring

/// Assessments built for the Markdown report's golden files.
enum MarkdownFixtures {
    static let scale = Scale(min: 1, max: 5, labels: ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"], missing: ["Don't know"])

    static func instrument(reverse: Bool, hostileTitle: Bool = false) -> Instrument {
        Instrument(id: "mini", version: "2", title: "Mini check", scale: scale, dimensions: [
            Dimension(id: "equality", title: hostileTitle ? "Trust & <b>\"care\"</b> | `x`" : "Equality", category: "principle", polarity: .positive,
                      items: [Item(id: "E1", text: "Every voice counts."), Item(id: "E2", text: "A few decide for all.", reverse: reverse)]),
            Dimension(id: "transparency", title: "Transparency", category: "principle", polarity: .positive,
                      items: [Item(id: "T1", text: "We share information early."), Item(id: "T2", text: "Money is visible.")]),
            Dimension(id: "results", title: "Focus on results", category: "principle", polarity: .positive,
                      items: [Item(id: "R1", text: "Meetings end in actions."), Item(id: "R2", text: "We deliver.")]),
            Dimension(id: "benefits", title: "Benefits", category: "benefit", polarity: .positive,
                      items: [Item(id: "B1", text: "We learn things."), Item(id: "B2", text: "We meet decision makers.")]),
            Dimension(id: "drawbacks", title: "Drawbacks", category: "drawback", polarity: .negative,
                      items: [Item(id: "D1", text: "It costs too much time."), Item(id: "D2", text: "We compete for money.")]),
        ])
    }

    /// Ten respondents: equality strong, transparency weak and divided, results borderline,
    /// benefits strong, drawbacks low (healthy). Group sizes: North 6, South 2, East 2.
    static func csv(reverse: Bool, groups: [String]? = nil) -> String {
        let lowE2 = reverse ? "1" : "5"
        let rows = [
            ["5", lowE2, "1", "1", "4", "3", "5", "4", "1", "2"],
            ["4", lowE2, "5", "5", "3", "4", "4", "5", "2", "1"],
            ["5", lowE2, "1", "2", "3", "3", "5", "5", "1", "1"],
            ["4", lowE2, "5", "4", "4", "3", "4", "4", "2", "2"],
            ["5", lowE2, "1", "1", "3", "4", "5", "4", "1", "2"],
            ["4", lowE2, "5", "5", "4", "3", "4", "5", "2", "1"],
            ["5", lowE2, "1", "1", "3", "3", "5", "4", "1", "1"],
            ["4", lowE2, "2", "5", "4", "4", "4", "5", "2", "2"],
            ["5", lowE2, "1", "1", "3", "3", "5", "4", "1", "1"],
            ["4", lowE2, "5", "4", "4", "3", "4", "5", "2", "2"],
        ]
        var text = "respondent" + (groups == nil ? "" : ",team") + ",E1,E2,T1,T2,R1,R2,B1,B2,D1,D2\n"
        for (index, row) in rows.enumerated() {
            let group = groups.map { "," + quoted($0[index % $0.count]) } ?? ""
            text += "r\(index)\(group)," + row.joined(separator: ",") + "\n"
        }
        return text
    }

    static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func assessment(csv: String, instrument: Instrument, groupBy: String? = nil, minimumGroupSize: Int = 5,
                           coalition: String? = "Riverside", file: String = "answers.csv") throws -> Assessment {
        let options = ScoringOptions(minimumGroupSize: minimumGroupSize)
        var builder = AssessmentBuilder(instrument: instrument)
        let surveyFile = try SurveyFile(data: Data(csv.utf8), path: file, instrument: instrument)
        let report = try ExportReader(instrument: instrument, options: ImportOptions(groupBy: groupBy))
            .read(surveyFile, defaultRound: "2026-Q3", into: &builder)
        return Assessment(instrument: instrument, coalition: coalition, options: options, rounds: builder.results(options: options),
                          findings: report.findings, inputs: [report.input])
    }

    /// The report model of an assessment, with the shipped catalogue.
    static func model(_ assessment: Assessment) throws -> ReportModel {
        ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }

    /// The report and charts for an assessment, with the shipped catalogue.
    static func render(_ assessment: Assessment, jsonLink: Bool = true) throws -> [String: String] {
        let renderer = try MarkdownRenderer(jsonLink: jsonLink)
        return Dictionary(uniqueKeysWithValues: try renderer.render(try model(assessment)).map { ($0.name, String(decoding: $0.contents, as: UTF8.self)) })
    }

    /// The HTML report of an assessment.
    static func html(_ assessment: Assessment, jsonLink: Bool = true) throws -> String {
        String(decoding: try HTMLRenderer(jsonLink: jsonLink).render(try model(assessment)), as: UTF8.self)
    }

    /// markdown-it-py's reading of a report (Tests/Tools/parse_markdown.py).
    static func parse(_ markdown: String) throws -> [String: Any] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-\(UUID().uuidString).md")
        try markdown.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tools/parse_markdown.py").path
        let (status, output) = try Python.run([script, url.path])
        guard status == 0, let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else {
            throw ReportError.template("parse_markdown.py failed: \(output)")
        }
        return object
    }
}
