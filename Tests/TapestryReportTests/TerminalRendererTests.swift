import Foundation
import Testing
import TapestryImport
import TapestryReport
import TapestryScoring

/// The terminal summary: golden files, no colour unless asked, no control characters from the
/// input, and numbers only as the report model's ``ReportNumbers`` writes them.
@Suite struct TerminalRendererTests {
    /// The report model of `assessment`, as `assess` builds it.
    static func model(_ assessment: Assessment) throws -> ReportModel {
        ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }

    static func render(_ assessment: Assessment, colored: Bool = false) throws -> String {
        TerminalRenderer(colored: colored).render(try model(assessment))
    }

    @Test func suppressedGroupsGolden() throws {
        try Snapshot.check(try Self.render(try ReportFixtures.assessment()), named: "mini-suppressed.txt")
    }

    @Test func openWorkshopGolden() throws {
        try Snapshot.check(try Self.render(try ReportFixtures.assessment(minimumGroupSize: 1)), named: "mini-open.txt")
    }

    @Test func inputCannotInjectEscapeSequences() throws {
        let text = try Self.render(try ReportFixtures.assessment(minimumGroupSize: 1))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Groups as small as 1 are shown: this comparison is not anonymous."))
    }

    @Test func colourOnlyWhenAsked() throws {
        let colored = try Self.render(try ReportFixtures.assessment(minimumGroupSize: 1), colored: true)
        let plain = try Self.render(try ReportFixtures.assessment(minimumGroupSize: 1))
        #expect(!plain.contains("\u{1B}["))
        // Rainbow itself leaves colour out when standard output is not a terminal, as in tests.
        #expect(colored != plain || !colored.contains("\u{1B}["))
    }

    /// The areas table calls the favourable share "At strength", never "Agree" (which means the
    /// share of answers above the midpoint everywhere else).
    @Test func theAreasTableSaysAtStrengthNotAgree() throws {
        let text = try Self.render(try ReportFixtures.assessment())
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("  Area ") })
        #expect(header.contains("At strength"))
        #expect(!text.contains("Agree"))
        // Trust: 3 of the 7 members' own scores reach 4 (hand-counted from the fixture), 43%.
        let trust = try #require(text.split(separator: "\n").first { $0.hasPrefix("  Trust ") })
        #expect(trust.split(separator: " ").contains("43%"))
    }

    /// Two rounds of the same answers, each change then set to a fall too small to show: the
    /// terminal prints it as 0.00 (0.0 for the health index), never "-0.00".
    static func tinyFall() throws -> Assessment {
        let instrument = ReportFixtures.instrument
        let options = ScoringOptions(minimumGroupSize: 5)
        var builder = AssessmentBuilder(instrument: instrument)
        let reader = ExportReader(instrument: instrument, options: ImportOptions(groupBy: "team"))
        for round in ["2026-Q1", "2026-Q2"] {
            let file = try SurveyFile(data: Data(ReportFixtures.csv.utf8), path: "\(round).csv", instrument: instrument)
            _ = try reader.read(file, defaultRound: round, into: &builder)
        }
        var assessment = Assessment(instrument: instrument, coalition: nil, options: options,
                                    rounds: builder.results(options: options), findings: [])
        assessment.changes = assessment.changes.map { change in
            var change = change
            let isIndex = change.dimension == ChangeResult.healthIndex
            change.difference = change.difference.map { _ in isIndex ? -0.04 : -0.004 }
            change.ci95 = change.difference.map { _ in ConfidenceInterval(lower: -0.3, upper: isIndex ? -0.04 : -0.004) }
            change.direction = .unclear
            return change
        }
        return assessment
    }

    @Test func aChangeThatRoundsToZeroHasNoMinus() throws {
        let assessment = try Self.tinyFall()
        #expect(assessment.changes.filter { $0.difference != nil }.count >= 3)
        let text = try Self.render(assessment)
        #expect(!text.contains("-0.0") && !text.contains("−0.0"), "\(text)")
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Change from 2026-Q1 to 2026-Q2") })
        let rows = lines[start...].map { $0.split(separator: " ").map(String.init) }
        let index = try #require(rows.first { $0.starts(with: ["Health", "index"]) })
        #expect(index[2...] == ["0.0", "−0.3", "to", "0.0", "no", "clear", "change"])
        let trust = try #require(rows.first { $0.first == "Trust" })
        #expect(trust[1...] == ["0.00", "−0.30", "to", "0.00", "no", "clear", "change"])
    }
}
