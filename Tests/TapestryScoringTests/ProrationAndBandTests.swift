import Testing
import TapestryScoring

/// Proration (ceil(k/2) answered items) and the band thresholds, including their edges.
@Suite struct ProrationAndBandTests {
    static func dimension(items: Int, polarity: Polarity = .positive) -> Instrument {
        Instrument(id: "p", version: "1", title: "P", scale: Fixtures.scale, dimensions: [
            Dimension(id: "D", title: "D", category: "principle", polarity: polarity,
                      items: (1...items).map { Item(id: "D\($0)", text: "d") }),
        ])
    }

    static func scored(_ answers: [[Int?]], instrument: Instrument) -> DimensionStatistics {
        var builder = AssessmentBuilder(instrument: instrument)
        for row in answers { builder.add(Response(answers: row), round: "r") }
        return builder.results(options: ScoringOptions())[0].dimensions[0]
    }

    @Test func exactlyHalfOfAnEvenDimensionIsEnough() {
        // k = 4: two answers (exactly half) give a score, one does not.
        let instrument = Self.dimension(items: 4)
        let stats = Self.scored([[5, 3, nil, nil], [4, nil, nil, nil]], instrument: instrument)
        #expect(stats.n == 1)
        #expect(stats.mean == 4)
        #expect(stats.sd == nil && stats.ci95 == nil)                   // n < 2
    }

    @Test func anOddDimensionNeedsMoreThanHalf() {
        // k = 3: ceil(1.5) = 2 answers needed; one is not enough.
        let instrument = Self.dimension(items: 3)
        let stats = Self.scored([[2, nil, nil], [2, 3, nil], [nil, nil, nil]], instrument: instrument)
        #expect(stats.n == 1)
        #expect(stats.mean == 2.5)
        #expect(stats.items.map(\.missing) == [1, 2, 3])
    }

    @Test(arguments: [
        (4.0, Band.strength), (3.999, .borderline), (3.0, .borderline), (2.999, .concern), (1.0, .concern),
    ])
    func positiveBands(mean: Double, band: Band) {
        #expect(Band(mean: mean, polarity: .positive, scale: Fixtures.scale) == band)
    }

    @Test(arguments: [
        // Oriented m′ = 6 − mean: 2.0 → 4.0 strength; 3.0 → 3.0 borderline; 3.001 → concern.
        (2.0, Band.strength), (2.001, .borderline), (3.0, .borderline), (3.001, .concern), (5.0, .concern),
    ])
    func negativeBands(mean: Double, band: Band) {
        #expect(Band(mean: mean, polarity: .negative, scale: Fixtures.scale) == band)
    }

    @Test func favorableForANegativeDimensionCountsLowScores() {
        // Drawback scores 2 (oriented 4: favorable), 2.5 (3.5: not), 1 (5: favorable).
        let stats = Self.scored([[2, 2], [2, 3], [1, 1]], instrument: Self.dimension(items: 2, polarity: .negative))
        #expect(close(stats.favorable, 2.0 / 3))
        #expect(close(stats.mean, 5.5 / 3))
        #expect(stats.band == .strength)                                // oriented 6 − 1.833 = 4.17
    }

    @Test func sevenPointScaleThresholds() {
        let scale = Scale(min: 1, max: 7, labels: (1...7).map(String.init), missing: [])
        #expect(scale.strengthThreshold == 5.5)                         // 1 + 0.75·6
        #expect(scale.concernThreshold == 4)                            // 1 + 0.5·6
        #expect(scale.uniformVariance == 4)                             // (49 − 1) / 12
    }

    /// Issue 10's case: scores 13/6, 16/6, 14/4 and 11/3 have mean exactly 3 (12/4), but
    /// their floating-point sum is 2.9999999999999996. The band must be borderline (≥ 3), as
    /// for any other dimension at 3.0; and mirrored for a drawback (oriented 6 − 3 = 3).
    @Test func aMeanOfExactlyTheThresholdIsDecidedExactly() {
        let rows: [[Int?]] = [
            [2, 2, 2, 2, 2, 3],                // 13/6
            [3, 3, 3, 3, 2, 2],                // 16/6
            [4, 4, 3, 3, nil, nil],            // 14/4
            [4, 4, 3, nil, nil, nil],          // 11/3
        ]
        let scores: [Double] = [13.0 / 6, 16.0 / 6, 14.0 / 4, 11.0 / 3]
        let floating = scores.reduce(0, +) / 4
        #expect(floating < 3, "the float sum must fall short of 3 for this test to mean anything")
        let positive = Self.scored(rows, instrument: Self.dimension(items: 6))
        #expect(positive.band == .borderline)
        #expect(Band(mean: floating, polarity: .positive, scale: Fixtures.scale) == .concern)
        let negative = Self.scored(rows, instrument: Self.dimension(items: 6, polarity: .negative))
        #expect(negative.band == .borderline)
    }

    @Test func exactBandsAtEveryEdge() {
        let scale = Fixtures.scale
        #expect(Band(numerator: 4, denominator: 1, polarity: .positive, scale: scale) == .strength)
        #expect(Band(numerator: 15, denominator: 4, polarity: .positive, scale: scale) == .borderline)
        #expect(Band(numerator: 3, denominator: 1, polarity: .positive, scale: scale) == .borderline)
        #expect(Band(numerator: 299, denominator: 100, polarity: .positive, scale: scale) == .concern)
        #expect(Band(numerator: 2, denominator: 1, polarity: .negative, scale: scale) == .strength)   // oriented 4
        #expect(Band(numerator: 3, denominator: 1, polarity: .negative, scale: scale) == .borderline) // oriented 3
        #expect(Band(numerator: 301, denominator: 100, polarity: .negative, scale: scale) == .concern)
        // A 0–10 scale: thresholds 7.5 and 5.
        let wide = Scale(min: 0, max: 10, labels: (0...10).map(String.init), missing: [])
        #expect(Band(numerator: 15, denominator: 2, polarity: .positive, scale: wide) == .strength)
        #expect(Band(numerator: 5, denominator: 1, polarity: .positive, scale: wide) == .borderline)
        #expect(Band(numerator: 49, denominator: 10, polarity: .positive, scale: wide) == .concern)
    }
}
