import Testing
import TapestryScoring

/// Change between rounds against hand-computed values.
@Suite struct ChangeTests {
    @Test func welchDegreesOfFreedomAndHedgesG() throws {
        // From n 5, mean 3, sd 1 to n 10, mean 3.5, sd 2: s²/n = 0.2 and 0.4.
        let from = SampleSummary(n: 5, mean: 3, sd: 1)
        let to = SampleSummary(n: 10, mean: 3.5, sd: 2)
        // df = 0.6² / (0.2²/4 + 0.4²/9) = 0.36 / 0.027777… = 12.96.
        #expect(close(ChangeStatistics.welchDegreesOfFreedom(from: from, to: to), 12.96, 1e-12))
        let change = ChangeStatistics.unpaired(from: from, to: to)
        #expect(close(change.difference, 0.5))
        let se = 0.6.squareRoot()
        let t = StudentT.quantile(0.975, degreesOfFreedom: 12.96)
        #expect(t > StudentT.quantile(0.975, degreesOfFreedom: 13) && t < StudentT.quantile(0.975, degreesOfFreedom: 12))
        #expect(close(change.ci95?.lower, 0.5 - t * se) && close(change.ci95?.upper, 0.5 + t * se))
        // Pooled sd = √((4·1 + 9·4)/13) = √(40/13); g = 0.5/pooled · (1 − 3/(4·15 − 9)) = … · 48/51.
        #expect(close(change.effect, 0.5 / (40.0 / 13).squareRoot() * (48.0 / 51)))
    }

    @Test func nullsWhereTheMethodSaysSo() {
        let one = ChangeStatistics.unpaired(from: SampleSummary(n: 1, mean: 3, sd: nil), to: SampleSummary(n: 8, mean: 4, sd: 1))
        // No CI with n = 1, but the effect exists: pooled sd = √((0 + 7·1)/7) = 1,
        // g = 1/1 · (1 − 3/(4·9 − 9)) = 24/27 (methodology nulls it only for a pooled sd of 0).
        #expect(one.difference == 1 && one.ci95 == nil)
        #expect(close(one.effect, 24.0 / 27))
        let single = ChangeStatistics.unpaired(from: SampleSummary(n: 1, mean: 3, sd: nil), to: SampleSummary(n: 1, mean: 4, sd: nil))
        #expect(single.difference == 1 && single.ci95 == nil && single.effect == nil)
        let flat = ChangeStatistics.unpaired(from: SampleSummary(n: 4, mean: 3, sd: 0), to: SampleSummary(n: 4, mean: 3, sd: 0))
        #expect(flat.ci95 == nil && flat.effect == nil)                    // se = 0, pooled sd = 0
        let same = ChangeStatistics.paired(differences: [0.5, 0.5, 0.5, 0.5, 0.5])
        #expect(same.difference == 0.5 && same.ci95 == nil && same.effect == nil)
    }

    @Test(arguments: [
        (ConfidenceInterval(lower: 0.1, upper: 0.4), Polarity.positive, Direction.improved),
        (ConfidenceInterval(lower: -0.4, upper: -0.1), .positive, .declined),
        (ConfidenceInterval(lower: -0.1, upper: 0.4), .positive, .unclear),
        (ConfidenceInterval(lower: -0.4, upper: -0.1), .negative, .improved),   // fewer drawbacks is healthier
        (ConfidenceInterval(lower: 0.1, upper: 0.4), .negative, .declined),
    ])
    func direction(ci: ConfidenceInterval, polarity: Polarity, expected: Direction) {
        #expect(ChangeStatistics.direction(ci, polarity: polarity) == expected)
    }

    /// One dimension of two items; each respondent answers both items alike, so their score is
    /// that answer.
    static let instrument = Instrument(id: "c", version: "1", title: "C", scale: Fixtures.scale, dimensions: [
        Dimension(id: "d", title: "D", category: "principle", polarity: .positive, items: [Item(id: "D1", text: "a"), Item(id: "D2", text: "b")]),
    ])

    static func rounds(linked: Int) -> [RoundResult] {
        var builder = AssessmentBuilder(instrument: instrument)
        let before = [2, 3, 3, 4, 2, 5]
        let after = [3, 4, 3, 5, 4, 5]
        for (index, (a, b)) in zip(before, after).enumerated() {
            let key = index < linked ? "k\(index)" : nil
            builder.add(Response(answers: [a, a], respondentKey: key), round: "Q1")
            builder.add(Response(answers: [b, b], respondentKey: key.map { $0 }), round: "Q2")
        }
        return builder.results(options: ScoringOptions())
    }

    @Test func pairedWithExactlyFiveLinkedRespondents() throws {
        let change = try #require(ChangeCalculator.changes(Self.rounds(linked: 5), instrument: Self.instrument).first)
        // Linked k0–k4: differences 1, 1, 0, 1, 2 → mean 1, Σd² dev = 0+0+1+0+1 = 2, sd = √(2/4).
        #expect(change.paired && change.pairs == 5)
        #expect(close(change.difference, 1))
        let sd = 0.5.squareRoot()
        let margin = 2.776_445_105_197_799 * sd / 5.0.squareRoot()
        #expect(close(change.ci95?.lower, 1 - margin, 1e-9) && close(change.ci95?.upper, 1 + margin, 1e-9))
        #expect(close(change.effect, 1 / sd))
        #expect(change.direction == .improved)                             // 1 − 0.878 > 0
    }

    @Test func unpairedFallbackWithFourLinked() throws {
        let changes = ChangeCalculator.changes(Self.rounds(linked: 4), instrument: Self.instrument)
        let change = try #require(changes.first)
        #expect(!change.paired && change.pairs == 0)
        // Means: Q1 (2+3+3+4+2+5)/6 = 19/6, Q2 (3+4+3+5+4+5)/6 = 4.
        #expect(close(change.difference, 4 - 19.0 / 6))
        // sds: Q1 Σ(x − 19/6)² = 41/6 → s² = 41/30; Q2 Σ(x − 4)² = 4 → s² = 0.8. Welch and Hedges from those.
        let (v1, v2) = (41.0 / 30 / 6, 0.8 / 6)
        let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / 5 + v2 * v2 / 5)
        let margin = StudentT.quantile(0.975, degreesOfFreedom: df) * (v1 + v2).squareRoot()
        #expect(close(change.ci95?.upper, 4 - 19.0 / 6 + margin, 1e-9))
        let pooled = ((5 * 41.0 / 30 + 5 * 0.8) / 10).squareRoot()
        #expect(close(change.effect, (4 - 19.0 / 6) / pooled * (1 - 3.0 / 39)))
        #expect(changes.last?.dimension == ChangeResult.healthIndex)
        #expect(changes.count == 2)
    }

    @Test func theHealthIndexChangeIsTheIndexesDifference() throws {
        let rounds = Self.rounds(linked: 0)
        let change = try #require(ChangeCalculator.changes(rounds, instrument: Self.instrument).last)
        #expect(close(change.difference, rounds[1].healthIndex! - rounds[0].healthIndex!))
        let ci = try #require(change.ci95)
        #expect(close((ci.lower + ci.upper) / 2, change.difference!, 1e-9))
    }
}
