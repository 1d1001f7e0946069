import Testing
import TapestryScoring

/// When alpha and rwg are null, and rwg's floor at zero.
@Suite struct ReliabilityAndAgreementTests {
    let twoItems = ProrationAndBandTests.dimension(items: 2)

    @Test func alphaNeedsFiveCompleteRespondents() {
        let four = ProrationAndBandTests.scored([[1, 2], [2, 2], [4, 5], [5, 4]], instrument: twoItems)
        #expect(four.alpha == nil)
        // Five: s²(x) = 10/4 = 2.5, s²(y) = 8/4 = 2, totals 3, 4, 9, 9, 5 → s²(t) = 32/4 = 8;
        // α = 2·(1 − 4.5/8) = 0.875.
        let five = ProrationAndBandTests.scored([[1, 2], [2, 2], [4, 5], [5, 4], [3, 2]], instrument: twoItems)
        #expect(close(five.alpha, 0.875))
    }

    @Test func alphaIsNullForOneItemOrNoVariance() {
        let one = ProrationAndBandTests.scored(Array(repeating: [3], count: 6) + [[4]], instrument: ProrationAndBandTests.dimension(items: 1))
        #expect(one.alpha == nil)
        let flat = ProrationAndBandTests.scored(Array(repeating: [3, 3], count: 6), instrument: twoItems)
        #expect(flat.alpha == nil)                                      // s²(total) = 0
        #expect(flat.rwg == 1)                                          // full agreement
    }

    @Test func rwgIsNullWhenAnItemHasFewerThanTwoAnswers() {
        let stats = ProrationAndBandTests.scored([[3, nil], [4, 2], [5, nil]], instrument: twoItems)
        #expect(stats.rwg == nil)
    }

    @Test func rwgIsZeroWhenAnswersVaryMoreThanChance() {
        // Answers at both ends: s² = 16·4/(4·3)… each item 1,5,1,5 → s² = 16/3 > 2 → r > 1.
        let stats = ProrationAndBandTests.scored([[1, 1], [5, 5], [1, 1], [5, 5]], instrument: twoItems)
        #expect(stats.rwg == 0)
        #expect(stats.membersDisagree)
    }
}
