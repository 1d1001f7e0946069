/// Accumulates a set of respondents (a whole round, or one group in it) across every
/// dimension of the instrument.
struct RespondentSetAccumulator: Sendable {
    private(set) var respondents = 0
    private var dimensions: [DimensionAccumulator]

    init(instrument: Instrument) {
        dimensions = instrument.dimensions.map { DimensionAccumulator(dimension: $0, scale: instrument.scale) }
    }

    mutating func add(_ answers: [Int?], instrument: Instrument, offsets: [Int]) {
        respondents += 1
        for (index, dimension) in instrument.dimensions.enumerated() {
            let start = offsets[index]
            dimensions[index].add(answers[start..<start + dimension.items.count], scale: instrument.scale)
        }
    }

    func statistics(instrument: Instrument, minimumForAlpha: Int) -> [DimensionStatistics] {
        zip(instrument.dimensions, dimensions).map { dimension, accumulator in
            accumulator.statistics(of: dimension, scale: instrument.scale, minimumForAlpha: minimumForAlpha)
        }
    }
}
