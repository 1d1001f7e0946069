import Testing
import TapestryScoring

/// Statement shares (above and below the scale's midpoint, as answered) and category health,
/// against the fixture's answers worked out by hand.
@Suite struct ShareAndCategoryTests {
    @Test func sharesAreOfValidAnswersAsAnswered() throws {
        let round = Fixtures.round()
        // A1 answered 4, 3, 5, 2, 4 (one blank): counts 0 1 1 2 1.
        let a1 = round.dimensions[0].items[0]
        #expect(a1.counts == [0, 1, 1, 2, 1])
        #expect(close(a1.agree, 3.0 / 5) && close(a1.disagree, 1.0 / 5) && close(a1.neutral, 1.0 / 5))
        // B3 is reverse-keyed, but shares stay as answered: 2, 1, 2, 1, 3 → nobody agreed.
        let b3 = round.dimensions[1].items[2]
        #expect(b3.reverse)
        #expect(close(b3.agree, 0) && close(b3.disagree, 4.0 / 5) && close(b3.neutral, 1.0 / 5))
        // C1 (a drawback) answered 2, 3, 1, 4, 2.
        let c1 = round.dimensions[2].items[0]
        #expect(close(c1.agree, 1.0 / 5) && close(c1.disagree, 3.0 / 5))
        #expect(try #require(c1.shares).map { $0 * 5 } == [1, 2, 1, 1, 0])
    }

    @Test func anEvenScaleHasNoMiddle() {
        let item = ItemStatistics(id: "x", reverse: false, n: 7, mean: nil, sd: nil, counts: [1, 2, 3, 1], missing: 0)
        #expect(close(item.disagree, 3.0 / 7) && close(item.agree, 4.0 / 7) && item.neutral == 0)
        let seven = ItemStatistics(id: "y", reverse: false, n: 7, mean: nil, sd: nil, counts: [1, 1, 1, 1, 1, 1, 1], missing: 0)
        #expect(close(seven.disagree, 3.0 / 7) && close(seven.agree, 3.0 / 7) && close(seven.neutral, 1.0 / 7))
    }

    @Test func noAnswersNoShares() {
        let item = ItemStatistics(id: "x", reverse: false, n: 0, mean: nil, sd: nil, counts: [0, 0, 0, 0, 0], missing: 3)
        #expect(item.agree == nil && item.disagree == nil && item.neutral == nil && item.shares == nil)
    }

    @Test func categoryHealthIsTheMeanOfItsAreasHealth() {
        let round = Fixtures.round()
        let categories = Dictionary(uniqueKeysWithValues: round.categories.map { ($0.category, $0) })
        // A: scores 4.5, 3.5, 5, 2.5, 4, 3 → mean 3.75 → health 68.75.
        #expect(close(categories["principle"]?.health, 68.75) && categories["principle"]?.band == .borderline)
        // B: 13/3 three times and 5 (two respondents answered too few) → 4.5 → 87.5.
        #expect(close(categories["benefit"]?.health, 87.5) && categories["benefit"]?.band == .strength)
        // C (drawback): 1.5, 2.5, 1, 4, 2.5 → 2.3, flipped 3.7 → 67.5.
        #expect(close(categories["drawback"]?.health, 67.5) && categories["drawback"]?.band == .borderline)
        #expect(round.categories.map(\.category) == ["principle", "benefit", "drawback"])
    }

    @Test(arguments: [
        (75.0, Band.strength), (74.99999999999999, .strength), (74.9, .borderline),
        (50.0, .borderline), (49.99999999999999, .borderline), (49.9, .concern), (0.0, .concern), (100.0, .strength),
    ])
    func bandOfHealthAtItsEdges(health: Double, band: Band) {
        #expect(HealthSummary.band(ofHealth: health, scale: Fixtures.scale) == band)
    }
}
