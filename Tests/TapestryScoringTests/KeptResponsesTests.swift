import TapestryScoring
import Testing

/// The builder keeps responses only when asked (for the workbook's Responses sheet), and then
/// no more per round than asked: the statistics use every response either way.
@Suite struct KeptResponsesTests {
    /// Fixtures' six respondents in round "a", then the first four again in round "b".
    static func results(keeping: Bool, atMost: Int = .max) -> [RoundResult] {
        var builder = AssessmentBuilder(instrument: Fixtures.instrument, keepingResponses: keeping, atMost: atMost)
        for answers in Fixtures.answers { builder.add(Response(answers: answers), round: "a") }
        for answers in Fixtures.answers.prefix(4) { builder.add(Response(answers: answers), round: "b") }
        return builder.results(options: ScoringOptions())
    }

    @Test func nothingIsKeptUnlessAsked() {
        let rounds = Self.results(keeping: false)
        #expect(rounds.map(\.respondents) == [6, 4])
        #expect(rounds.map(\.responses.count) == [0, 0])
    }

    @Test func atMostTheFirstFewOfEachRoundAreKept() {
        let all = Self.results(keeping: true)
        #expect(all.map(\.responses.count) == [6, 4])
        let capped = Self.results(keeping: true, atMost: 5)
        #expect(capped.map(\.responses.count) == [5, 4])
        #expect(capped[0].responses.map(\.answers) == Array(Fixtures.answers.prefix(5)))
        #expect(capped.map(\.respondents) == [6, 4])
        // The statistics do not depend on what is kept.
        #expect(capped.map { $0.dimensions.map(\.mean) } == Self.results(keeping: false).map { $0.dimensions.map(\.mean) })
    }
}
