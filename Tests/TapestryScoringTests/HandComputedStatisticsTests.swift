import Testing
@testable import TapestryScoring

/// Every statistic of one round against values worked out by hand from ``Fixtures/answers``.
@Suite struct HandComputedStatisticsTests {
    let round = Fixtures.round()

    @Test func dimensionAUsesEveryRespondentWithOneOfTwoItems() throws {
        // k = 2, so one answer is enough. Scores: 4.5, 3.5, 5, 2.5, 4, 3 (r6 answered A2 only).
        let a = round.dimensions[0]
        #expect(a.n == 6)
        #expect(close(a.mean, 22.5 / 6))                               // 3.75
        // Deviations ±0.75, ±0.25, ±1.25 twice each: Σd² = 4.375, s² = 4.375 / 5.
        #expect(close(a.sd, (4.375 / 5).squareRoot()))
        #expect(close(a.median, 3.75))                                  // (3.5 + 4) / 2
        let margin = 2.570_581_836_614_739_5 * (4.375 / 5).squareRoot() / 6.0.squareRoot()
        #expect(close(a.ci95?.lower, 3.75 - margin, 1e-9))
        #expect(close(a.ci95?.upper, 3.75 + margin, 1e-9))
        #expect(a.band == .borderline)
        #expect(close(a.favorable, 0.5))                                // 4.5, 5, 4 of six
        // Complete cases r1–r5: s²(A1) = 1.3, s²(A2) = 0.7, s²(total) = 3.7.
        #expect(close(a.alpha, 2 * (1 - 2.0 / 3.7)))
        // rwg over all answers: s²(A1) = 1.3 (n 5), s²(A2) = 0.8 (n 6); r = 1.05 / 2.
        #expect(close(a.rwg, 2 * (1 - 0.525) / (2 * (1 - 0.525) + 0.525)))
    }

    @Test func itemStatisticsAreOnTheScaleAsAnswered() {
        let a1 = round.dimensions[0].items[0]
        #expect(a1.n == 5 && a1.missing == 1)
        #expect(a1.counts == [0, 1, 1, 2, 1])
        #expect(close(a1.mean, 3.6))
        #expect(close(a1.sd, 1.3.squareRoot()))
        let b3 = round.dimensions[1].items[2]
        #expect(b3.reverse)
        #expect(b3.counts == [2, 2, 1, 0, 0])                           // raw 2, 1, 2, 1, 3
        #expect(close(b3.mean, 1.8))                                    // not flipped
        #expect(b3.missing == 1)
    }

    @Test func reverseKeyedItemIsFlippedBeforeDimensionScores() {
        // B3 recoded 6 − x. r1: (5 + 4 + 4)/3, r2: (4 + 4 + 5)/3, r4: (4 + 5 + 4)/3, r5: 5.
        // r3 and r6 answered one of three items (< ceil(3/2) = 2): no score.
        let b = round.dimensions[1]
        #expect(b.n == 4)
        #expect(close(b.mean, 4.5))
        #expect(close(b.sd, 1.0 / 3))                                   // Σd² = 1/3, / 3
        #expect(close(b.median, 13.0 / 3))
        #expect(b.band == .strength)
        #expect(close(b.favorable, 1))
        #expect(b.alpha == nil)                                         // 4 complete < 5
        // s²: B1 0.7, B2 1/3, B3 0.7; r = (1.7333…/3)/2.
        let r = (0.7 + 1.0 / 3 + 0.7) / 3 / 2
        #expect(close(b.rwg, 3 * (1 - r) / (3 * (1 - r) + r)))
    }

    @Test func negativePolarityIsBandedOnTheFlippedMean() {
        // Scores 1.5, 2.5, 1, 4, 2.5: mean 2.3, oriented 6 − 2.3 = 3.7 → borderline.
        let c = round.dimensions[2]
        #expect(c.n == 5)
        #expect(close(c.mean, 2.3))
        #expect(close(c.sd, 1.325.squareRoot()))
        #expect(close(c.median, 2.5))
        #expect(c.band == .borderline)
        #expect(close(c.favorable, 0.4))                                // scores ≤ 2: 1.5 and 1
        #expect(close(c.alpha, 2 * (1 - 3.0 / 5.3)))                    // s² 1.3 + 1.7, total 5.3
        #expect(close(c.rwg, 0.4))                                      // r = 1.5 / 2 = 0.75
    }

    @Test func healthIndexAndBalance() {
        // 100·(m′ − 1)/4: A 68.75, B 87.5, C (3.7) 67.5.
        #expect(close(round.healthIndex, (68.75 + 87.5 + 67.5) / 3))
        #expect(close(round.balance, 4.5 - 2.3))
        #expect(round.respondents == 6)
        #expect(round.rows == RowCounts(accepted: 6, rejected: 0))
    }
}
