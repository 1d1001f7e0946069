/// Accumulates a set of respondents (a whole round, or one group in it) across every
/// dimension of the instrument, and their respondent-level health scores.
struct RespondentSetAccumulator: Sendable {
    private(set) var respondents = 0
    private var dimensions: [DimensionAccumulator]
    private(set) var health = RunningMoments()

    /// An empty set; `recording` keeps the health scores for ``merge(_:)`` (``RunningMoments``).
    init(instrument: Instrument, recording: Bool = false) {
        dimensions = instrument.dimensions.map { DimensionAccumulator(dimension: $0, scale: instrument.scale) }
        health = RunningMoments(recording: recording)
    }

    /// Adds the respondents of `other`, a recording set of the same instrument whose
    /// respondents came after these.
    mutating func merge(_ other: RespondentSetAccumulator) {
        respondents += other.respondents
        for index in dimensions.indices { dimensions[index].merge(other.dimensions[index]) }
        health.merge(other.health)
    }

    /// Adds a respondent; returns their score on each dimension (nil where not scored).
    @discardableResult
    mutating func add(_ answers: [Int?], instrument: Instrument, offsets: [Int]) -> [Double?] {
        respondents += 1
        var scores: [Double?] = []
        scores.reserveCapacity(dimensions.count)
        for (index, dimension) in instrument.dimensions.enumerated() {
            let start = offsets[index]
            scores.append(dimensions[index].add(answers[start..<start + dimension.items.count], scale: instrument.scale))
        }
        if let score = Self.health(scores, instrument: instrument) { health.add(score) }
        return scores
    }

    /// A respondent's health (0–100): the mean over their scored dimensions of the oriented
    /// score placed on 0–100, as the round's health index is over dimension means.
    static func health(_ scores: [Double?], instrument: Instrument) -> Double? {
        let scale = instrument.scale
        let percents = zip(instrument.dimensions, scores).compactMap { dimension, score in
            score.map { scale.health($0, polarity: dimension.polarity) }
        }
        return percents.isEmpty ? nil : percents.reduce(0, +) / Double(percents.count)
    }

    /// Which statistics these respondents have an answer in, for ``GroupSuppression``: first
    /// one flag per dimension, then one per item (in instrument order).
    var answered: [Bool] {
        let perDimension = dimensions.map(\.answered)
        return perDimension.map(\.dimension) + perDimension.flatMap(\.items)
    }

    func statistics(instrument: Instrument, minimumForAlpha: Int) -> [DimensionStatistics] {
        zip(instrument.dimensions, dimensions).map { dimension, accumulator in
            accumulator.statistics(of: dimension, scale: instrument.scale, minimumForAlpha: minimumForAlpha)
        }
    }
}
