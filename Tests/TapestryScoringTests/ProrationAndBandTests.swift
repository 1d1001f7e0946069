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
}
