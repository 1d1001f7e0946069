import Testing
import TapestryScoring

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
        let restMean = try #require(rest.dimensions.first { $0.id == difference.dimension }?.mean)
        #expect(close(difference.restMean, restMean, 1e-9))
    }
}
