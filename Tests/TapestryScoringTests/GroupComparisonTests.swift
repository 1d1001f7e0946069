import Testing
@testable import TapestryScoring

/// Where each group differs from the rest, and which statements split the groups.
@Suite struct GroupComparisonTests {
    @Test func gapsToTheRestAndSpreads() throws {
        // Groups x (r1–r4) and y (r5, r6), shown with a minimum of 2.
        let round = Fixtures.round(groups: ["x", "x", "x", "x", "y", "y"], options: ScoringOptions(minimumGroupSize: 2))
        let comparison = GroupComparison(round, instrument: Fixtures.instrument)
        // Dimension A: x scores 4.5, 3.5, 5, 2.5 (mean 3.875), y scores 4 and 3 (mean 3.5); total 3.75 over 6.
        // Rest of x = (6·3.75 − 4·3.875)/2 = 3.5. Dimension C: x 1.5, 2.5, 1, 4 (2.25) vs y 2.5 only (n 1):
        // rest of x = (5·2.3 − 4·2.25)/1 = 2.5, gap −0.25. B: x 13/3 ×3 (n 3) vs y 5 (n 1): rest 5, gap −2/3.
        let x = try #require(comparison.differences.first { $0.group == "x" })
        #expect(x.dimension == "B")
        #expect(close(x.groupMean, 13.0 / 3) && close(x.restMean, 5) && close(x.gap, 13.0 / 3 - 5))
        let y = try #require(comparison.differences.first { $0.group == "y" })
        #expect(y.dimension == "B" && close(y.restMean, 13.0 / 3))
        // Widest item spread: B2 — x answered 4, 4, 5 (4.33), y 5 (5.0); A1 — x 3.5, y 4; C1 — x 2.5, y 2 …
        let widest = try #require(comparison.spreads.first)
        #expect(comparison.spreads.count == 5)
        #expect(widest.range >= comparison.spreads.last!.range)
        for spread in comparison.spreads { #expect(spread.highest.mean - spread.lowest.mean == spread.range) }
    }

    @Test func suppressedGroupsTakeNoPart() {
        let round = Fixtures.round(groups: ["x", "x", "x", "x", "y", "y"])          // both suppressed at 5
        let comparison = GroupComparison(round, instrument: Fixtures.instrument)
        #expect(comparison.differences.isEmpty && comparison.spreads.isEmpty)
    }

    @Test func everyoneElseNeverSinglesOutAHiddenGroup() throws {
        // 10, 10, 1, 1: with both tens shown, Funders' "everyone else" minus Members would be
        // the two singletons. Only Members is shown; its rest is the other 12 together.
        let groups = Array(repeating: "Funders", count: 10) + Array(repeating: "Members", count: 10) + ["Board", "Staff"]
        let round = GroupSuppressionTests.round(groups: groups) { index in Array(repeating: 1 + index % 5, count: 7) }
        let comparison = GroupComparison(round, instrument: Fixtures.instrument)
        #expect(comparison.differences.map(\.group) == ["Members"])
        let difference = try #require(comparison.differences.first)
        // The 12 others scored on their own (same answers, in the same order).
        let others = groups.indices.filter { groups[$0] != "Members" }
        let rest = GroupSuppressionTests.round(groups: others.map { _ in "all" }) { Array(repeating: 1 + others[$0] % 5, count: 7) }
        let restDimension = try #require(rest.dimensions.first { $0.id == difference.dimension })
        let restMean = try #require(restDimension.mean)
        #expect(close(difference.restMean, restMean, 1e-9))
        // Everyone else's n and sd, worked out from the totals, are those of the 12 scored on their own.
        #expect(difference.restN == restDimension.n)
        let restSD = try #require(restDimension.sd)
        #expect(close(difference.restSD, restSD, 1e-9))
        #expect(comparison.gaps.filter { $0.group == "Members" }.count == round.dimensions.count)
        #expect(comparison.gaps.contains(difference))
    }

    /// Group 2, 3, 3, 4 in a room of nine with 4, 4, 5, 5, 3: the whole room's mean is 11/3 and
    /// its sd exactly 1. Everyone else (mean 4.2, sd √0.7) follows from those totals alone, and
    /// Welch's interval of the gap matches scipy.stats.ttest_ind(equal_var=False) on the raw
    /// answers: df 6.6419, −2.5239 to 0.1239, which includes 0 — within chance.
    @Test func everyoneElseAndTheIntervalOfTheGapByHand() throws {
        let group = SampleSummary(n: 4, mean: 3, sd: (2.0 / 3).squareRoot())
        let total = SampleSummary(n: 9, mean: 11.0 / 3, sd: 1)
        let rest = try #require(GroupComparison.rest(of: group, in: total))
        #expect(rest.n == 5 && close(rest.mean, 4.2, 1e-12) && close(rest.sd, 0.7.squareRoot(), 1e-12))
        let gap = try #require(GroupComparison.Difference(group: "t", dimension: "d", group: group, total: total))
        #expect(close(gap.gap, -1.2, 1e-12) && gap.restN == 5)
        let ci = try #require(gap.ci95)
        #expect(close(ci.lower, -2.5239182707297556, 1e-9) && close(ci.upper, 0.12391827072975525, 1e-9))
        #expect(gap.withinChance)
        // 1, 1, 2, 1 against the same five: mean 26/9, sd 1.6914819275153699 in all; scipy gives
        // −4.0269 to −1.8731, all below 0 — more than chance.
        let low = SampleSummary(n: 4, mean: 1.25, sd: 0.5)
        let clear = try #require(GroupComparison.Difference(group: "t", dimension: "d", group: low,
                                                            total: SampleSummary(n: 9, mean: 26.0 / 9, sd: 1.6914819275153699)))
        let clearCI = try #require(clear.ci95)
        #expect(close(clearCI.lower, -4.026881700883752, 1e-9) && close(clearCI.upper, -1.8731182991162483, 1e-9))
        #expect(!clear.withinChance)
        // One respondent on either side: no interval, so it cannot be told from chance.
        let single = try #require(GroupComparison.Difference(group: "t", dimension: "d", group: SampleSummary(n: 1, mean: 2, sd: nil),
                                                             total: SampleSummary(n: 6, mean: 4, sd: 1)))
        #expect(single.ci95 == nil && single.withinChance)
        #expect(GroupComparison.rest(of: total, in: total) == nil)
    }
}
