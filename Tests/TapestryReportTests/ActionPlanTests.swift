import Testing
import TapestryReport
import TapestryScoring

/// The action plan lists steps for every weak or divided dimension, none for strong ones,
/// most urgent first.
@Suite struct ActionPlanTests {
    static func statistics(_ id: String, category: String, polarity: Polarity = .positive, mean: Double, rwg: Double = 0.9) -> DimensionStatistics {
        let scale = MarkdownFixtures.scale
        return DimensionStatistics(id: id, category: category, polarity: polarity, n: 10, mean: mean, sd: 0.5, median: mean, ci95: nil,
                                   band: Band(mean: mean, polarity: polarity, scale: scale), favorable: 0.5, alpha: nil, rwg: rwg,
                                   items: [ItemStatistics(id: id + "1", reverse: false, n: 10, mean: mean, sd: 0.5, counts: [0, 0, 10, 0, 0], missing: 0)])
    }

    /// A data set built for the plan: two strengths, a healthy drawback, a strength members
    /// disagree on, two borderline areas (one divided) and two concerns.
    static let round = RoundResult(label: "r", respondents: 10, healthIndex: nil, balance: nil, dimensions: [
        statistics("equality", category: "principle", mean: 4.4),                       // strength: no step
        statistics("transparency", category: "principle", mean: 2.2),                   // concern
        statistics("results", category: "principle", mean: 3.5),                        // borderline
        statistics("responsibility", category: "principle", mean: 3.2, rwg: 0.4),       // borderline and divided
        statistics("complementarity", category: "principle", mean: 4.2, rwg: 0.5),      // strong but divided
        statistics("agreements", category: "norm", mean: 2.8),                          // concern
        statistics("benefits", category: "benefit", mean: 4.6),                         // strength: no step
        statistics("drawbacks", category: "drawback", polarity: .negative, mean: 1.8),  // low cost: strength, no step
    ], groups: [])

    static let instrument = Instrument(
        id: "plan", version: "1", title: "Plan", scale: MarkdownFixtures.scale,
        dimensions: round.dimensions.map { statistics in
            Dimension(id: statistics.id, title: statistics.id.capitalized, category: statistics.category, polarity: statistics.polarity,
                      items: [Item(id: statistics.id + "1", text: "About \(statistics.id).")])
        })

    @Test func weakAndDividedAreasOnlyMostUrgentFirst() throws {
        let plan = ActionPlan(round: Self.round, instrument: Self.instrument, catalogue: try RecommendationCatalogue.shipped())
        #expect(plan.entries.map(\.dimension) == ["transparency", "agreements", "responsibility", "results", "complementarity"])
        #expect(plan.entries.allSatisfy { !$0.steps.isEmpty })
        let agreements = try #require(plan.entries.first { $0.dimension == "agreements" })
        #expect(agreements.steps.contains { $0.contains("how a member leaves") })
        let divided = try #require(plan.entries.first { $0.dimension == "complementarity" })
        #expect(divided.disagreement && divided.steps.contains { $0.contains("openly") })
        #expect(!divided.steps.contains { $0.contains("Map each member's strengths") })  // strong: no weakness steps
    }

    @Test func customDimensionsFallBackToTheirCategory() throws {
        let custom = Instrument(id: "c", version: "1", title: "C", scale: MarkdownFixtures.scale, dimensions: [
            Dimension(id: "trust_in_staff", title: "Trust in staff", category: "principle", polarity: .positive,
                      items: [Item(id: "X1", text: "x")]),
            Dimension(id: "weather", title: "Weather", category: "mood", polarity: .positive, items: [Item(id: "Y1", text: "y")]),
        ])
        let round = RoundResult(label: "r", respondents: 10, healthIndex: nil, balance: nil, dimensions: [
            Self.statistics("trust_in_staff", category: "principle", mean: 2.0), Self.statistics("weather", category: "mood", mean: 2.0),
        ], groups: [])
        let plan = ActionPlan(round: round, instrument: custom, catalogue: try RecommendationCatalogue.shipped())
        #expect(plan.entries.count == 2)
        #expect(plan.entries.allSatisfy { !$0.steps.isEmpty })
    }

    @Test func theRenderedPlanNamesOnlyWeakAreas() throws {
        let assessment = Assessment(instrument: Self.instrument, coalition: nil, options: ScoringOptions(), rounds: [Self.round], findings: [])
        let report = try MarkdownFixtures.render(assessment)["report.md"]!
        let plan = try #require(report.components(separatedBy: "## Action plan").last?.components(separatedBy: "## Planning worksheet").first)
        for weak in ["Transparency", "Agreements", "Responsibility", "Results", "Complementarity"] {
            #expect(plan.contains("**\(weak)**"), "\(weak)")
        }
        for strong in ["Equality", "Benefits", "Drawbacks"] {
            #expect(!plan.contains("**\(strong)**"), "\(strong)")
        }
    }
}
