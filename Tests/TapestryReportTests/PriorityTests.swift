import Testing
import TapestryReport
import TapestryScoring

/// The action plan's priorities (``PrioritySelection``) on data built for them: an area that
/// clearly improved is acknowledged instead of prioritised, a lagging group is named, at most
/// three areas, concern before borderline.
@Suite struct PriorityTests {
    static let scale = Scale(min: 1, max: 5, labels: ["1", "2", "3", "4", "5"], missing: [])
    static let instrument = Instrument(id: "p", version: "1", title: "P", scale: scale, dimensions: ["rising", "split", "steady", "strong", "weak"].map { id in
        Dimension(id: id, title: id.capitalized, category: "principle", polarity: .positive,
                  items: [Item(id: id + "1", text: id + " one"), Item(id: id + "2", text: id + " two")])
    })

    /// Two rounds of 20: Rising goes from 2.25 to 3.75 (clearly up), Split is 4 in North and 2 in
    /// South both times, Steady stays at 3.5, Strong at 4.5, Weak at 2.5.
    static func model() throws -> ReportModel {
        var builder = AssessmentBuilder(instrument: instrument)
        for (round, rising) in [("2026-Q1", [[2, 2], [2, 3]]), ("2026-Q2", [[3, 4], [4, 4]])] {
            for member in 0..<20 {
                let north = member < 10
                let wobble = member % 2
                let answers: [Int?] = [rising[wobble][0], rising[wobble][1], north ? 4 : 2, north ? 4 : 2,
                                       3 + wobble, 4 - wobble, 4 + wobble, 5 - wobble, 2 + wobble, 3 - wobble]
                builder.add(Response(group: north ? "North" : "South", answers: answers), round: round)
            }
        }
        let options = ScoringOptions(minimumGroupSize: 5)
        let assessment = Assessment(instrument: instrument, coalition: nil, options: options, rounds: builder.results(options: options), findings: [])
        return ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }

    @Test func anImprovedAreaIsAcknowledgedNotPrioritised() throws {
        let model = try Self.model()
        let rising = try #require(model.trend?.latestChanges.first { $0.result.dimension == "rising" })
        #expect(rising.result.direction == .improved)
        #expect(!model.priorities.contains { $0.area.id == "rising" })
        #expect(model.keepGoing == ["Rising improved clearly since 2026-Q1: keep going."])
        #expect(model.headline.improved == ["Rising"])
    }

    @Test func concernFirstThenTheLaggingGroupsArea() throws {
        let model = try Self.model()
        // Weak (2.5, concern) first; Split (3.0, borderline, South lags) before Steady (3.5).
        #expect(model.priorities.map(\.area.id) == ["weak", "split", "steady"])
        let split = model.priorities[1]
        #expect(split.laggingGroups == "One group lags here: South 2.00, against 3.00 for all members.")
        #expect(model.priorities[0].laggingGroups == nil)
        #expect(model.priorities.allSatisfy { (1...2).contains($0.steps.count) })
        #expect(model.headline.sentences.contains("Work first on: Weak, Split and Steady."))
    }

    @Test func advicePresumingNoEarlierRoundIsNotGivenLater() throws {
        let catalogue = try RecommendationCatalogue.shipped()
        let review = catalogue.advice(dimension: "review", category: "norm")
        #expect(review.steps(rounds: 1, groupsCompared: false).contains { $0.hasPrefix("Run this assessment again") })
        #expect(!review.steps(rounds: 3, groupsCompared: false).contains { $0.hasPrefix("Run this assessment again") })
        let divided = catalogue.disagreementAdvice
        #expect(divided.steps(rounds: 1, groupsCompared: true) != divided.steps(rounds: 1, groupsCompared: false))
    }
}
