/// Accumulates a set of respondents (a whole round, or one group in it) across every
/// dimension of the instrument, and their respondent-level health scores.
struct RespondentSetAccumulator: Sendable {
    private(set) var respondents = 0
    private var dimensions: [DimensionAccumulator]
    private(set) var health = RunningMoments()
    /// Each dimension's polarity, and the scale: what a respondent's health needs.
    private let polarities: [Polarity]
    private let scale: Scale

    /// An empty set; `recording` keeps the health scores for ``merge(_:)`` (``RunningMoments``).
    init(instrument: Instrument, recording: Bool = false) {
        let offsets = instrument.itemOffsets
        dimensions = instrument.dimensions.indices.map {
            DimensionAccumulator(dimension: instrument.dimensions[$0], scale: instrument.scale, first: offsets[$0])
        }
        health = RunningMoments(recording: recording)
        polarities = instrument.dimensions.map(\.polarity)
        scale = instrument.scale
    }

    /// Adds the respondents of `other`, a recording set of the same instrument whose
    /// respondents came after these.
    mutating func merge(_ other: RespondentSetAccumulator) {
        respondents += other.respondents
        for index in dimensions.indices { dimensions[index].merge(other.dimensions[index]) }
        health.merge(other.health)
    }

    /// Adds a respondent (one answer per instrument item); returns their score on each
    /// dimension (nil where not scored) and their health, when `scoring`; else nothing.
    @discardableResult
    mutating func add(_ answers: [Int?], scoring: Bool = false) -> (scores: [Double?], health: Double?) {
        respondents += 1
        var scores: [Double?] = []
        if scoring { scores.reserveCapacity(dimensions.count) }
        // A respondent's health (0–100): the mean over their scored dimensions of the oriented
        // score placed on 0–100, as the round's health index is over dimension means; summed in
        // dimension order, without an array for each respondent.
        var sum = 0.0
        var scored = 0
        for index in dimensions.indices {
            let score = dimensions[index].add(answers)
            if scoring { scores.append(score) }
            if let score {
                sum += scale.health(score, polarity: polarities[index])
                scored += 1
            }
        }
        let respondentHealth = scored == 0 ? nil : sum / Double(scored)
        if let respondentHealth { health.add(respondentHealth) }
        return (scores, respondentHealth)
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
