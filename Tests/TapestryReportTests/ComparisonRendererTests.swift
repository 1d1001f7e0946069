import Foundation
import Testing
import TapestryImport
import TapestryReport
import TapestryScoring

/// `tapestry compare`: the comparison model laid out in the terminal and in the JSON, with the
/// privacy rule and each hidden group's reason.
@Suite struct ComparisonRendererTests {
    /// Groups A (6), B (7) and C (3) at the default minimum of 5: C is hidden for its size, and
    /// A, the next smallest, too, so that C cannot be worked out from the total; B is shown.
    static let csv = """
        respondent,team,T1,T2,G1,G2,C1,C2,U1
        1,A,4,2,5,4,2,1,
        2,A,5,1,4,4,3,2,
        3,A,3,3,4,5,2,2,
        4,A,4,2,5,5,1,2,
        5,A,4,2,4,4,2,2,
        6,A,5,1,5,5,1,1,
        7,B,2,4,3,3,4,4,
        8,B,3,5,2,3,4,5,
        9,B,2,4,3,2,5,4,
        10,B,3,3,3,3,3,3,
        11,B,2,4,2,2,4,4,
        12,B,3,4,3,3,4,3,
        13,B,2,5,3,2,5,5,
        14,C,4,2,4,4,2,2,
        15,C,3,3,4,3,3,2,
        16,C,4,2,5,4,2,3,

        """

    static func model() throws -> ComparisonModel {
        let instrument = ReportFixtures.instrument
        let options = ScoringOptions(minimumGroupSize: 5)
        var builder = AssessmentBuilder(instrument: instrument)
        let file = try SurveyFile(data: Data(csv.utf8), path: "tables.csv", instrument: instrument)
        _ = try ExportReader(instrument: instrument, options: ImportOptions(groupBy: "team")).read(file, defaultRound: "workshop", into: &builder)
        let assessment = Assessment(instrument: instrument, coalition: nil, options: options,
                                    rounds: builder.results(options: options), findings: [])
        return ComparisonModel(try TerminalRendererTests.model(assessment), groupedBy: "team")
    }

    /// The text with its wrapped lines joined again.
    static func unwrapped(_ text: String) -> String {
        text.replacingOccurrences(of: "\n +", with: " ", options: .regularExpression)
    }

    @Test func golden() throws {
        try Snapshot.check(ComparisonRenderer(colored: false).render(try Self.model()), named: "mini-compare.txt")
    }

    @Test func namesEachHiddenGroupsReason() throws {
        let model = try Self.model()
        #expect(model.groups?.shown.map(\.name) == ["B"])
        let text = Self.unwrapped(ComparisonRenderer(colored: false).render(model))
        #expect(text.contains("Not shown: A (6 respondents, hidden too, so that the smaller hidden groups cannot be worked out from the total); "
            + "C (3 respondents, fewer than 5 respondents)."), "\(text)")
        #expect(text.contains("Groups with fewer than 5 respondents are not shown"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ComparisonJSON.render(model).utf8)) as? [String: Any])
        let hidden = try #require((json["comparison"] as? [String: Any])?["hidden"] as? [[String: Any]])
        #expect(hidden.map { $0["group"] as? String } == ["A", "C"])
        #expect(hidden.map { $0["n"] as? Int } == [6, 3])
        #expect(hidden.map { $0["reason"] as? String } == [
            "hidden too, so that the smaller hidden groups cannot be worked out from the total", "fewer than 5 respondents",
        ])
    }

    /// B against everyone else, worked by hand from the rows above: the largest gap is in Costs
    /// (lower is better): B's seven members score 57/14 = 4.07 on average, the other nine
    /// 17.5/9 = 1.94 (a member's score is the mean of their two answers).
    @Test func namesTheLargestDifferenceWithItsTitle() throws {
        let model = try Self.model()
        let difference = try #require(model.differences.first)
        #expect(difference.group == "B" && difference.area.id == "costs")
        #expect(abs(difference.groupMean - 57.0 / 14) < 1e-12 && abs(difference.restMean - 17.5 / 9) < 1e-12)
        #expect(difference.sentence == "Costs (lower is better) 4.07 against 1.94 for everyone else (+2.13)")
        let text = ComparisonRenderer(colored: false).render(model)
        #expect(text.contains("B: Costs (lower is better) 4.07 against 1.94 for everyone else (+2.13)"))
    }
}
