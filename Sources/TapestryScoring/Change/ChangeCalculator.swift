/// The changes between each pair of consecutive rounds, for every dimension and the health
/// index: paired when at least five linked respondents have a score on it in both rounds
/// (counted per dimension), unpaired otherwise.
public enum ChangeCalculator {
    /// Every change, in round order, dimensions in instrument order, the health index last.
    public static func changes(_ rounds: [RoundResult], instrument: Instrument) -> [ChangeResult] {
        guard rounds.count >= 2 else { return [] }
        var results: [ChangeResult] = []
        for (earlier, later) in zip(rounds, rounds.dropFirst()) {
            let keys = Set(earlier.linked.keys).intersection(later.linked.keys)
            for (index, dimension) in instrument.dimensions.enumerated() {
                let before = earlier.dimensions[index]
                let after = later.dimensions[index]
                let differences = keys.compactMap { key -> Double? in
                    guard let a = earlier.linked[key]?.dimensions[index], let b = later.linked[key]?.dimensions[index] else { return nil }
                    return b - a
                }
                results.append(change(
                    from: earlier.label, to: later.label, id: dimension.id, polarity: dimension.polarity,
                    before: before.mean.map { SampleSummary(n: before.n, mean: $0, sd: before.sd) },
                    after: after.mean.map { SampleSummary(n: after.n, mean: $0, sd: after.sd) },
                    differences: differences, bandFrom: before.band, bandTo: after.band))
            }
            let differences = keys.compactMap { key -> Double? in
                guard let a = earlier.linked[key]?.health, let b = later.linked[key]?.health else { return nil }
                return b - a
            }
            var health = change(from: earlier.label, to: later.label, id: ChangeResult.healthIndex, polarity: .positive,
                                before: earlier.healthScores, after: later.healthScores, differences: differences,
                                bandFrom: nil, bandTo: nil)
            // The index's own difference; its CI (paired when linked) and effect come from
            // respondents' health scores, the CI centred on the index's difference.
            if let from = earlier.healthIndex, let to = later.healthIndex {
                let shift = (to - from) - (health.difference ?? 0)
                health.difference = to - from
                health.ci95 = health.ci95.map { ConfidenceInterval(lower: $0.lower + shift, upper: $0.upper + shift) }
                health.direction = ChangeStatistics.direction(health.ci95, polarity: .positive)
            }
            results.append(health)
        }
        return results
    }

    private static func change(from: String, to: String, id: String, polarity: Polarity, before: SampleSummary?, after: SampleSummary?,
                               differences: [Double], bandFrom: Band?, bandTo: Band?) -> ChangeResult {
        if differences.count >= ChangeStatistics.minimumPairs {
            // Sorted, so that the sums do not depend on the order of the keys (a set, and the
            // keys themselves differ from run to run): the same input gives the same numbers.
            let paired = ChangeStatistics.paired(differences: differences.sorted())
            return ChangeResult(from: from, to: to, dimension: id, difference: paired.difference, ci95: paired.ci95, effect: paired.effect,
                                paired: true, pairs: differences.count, direction: ChangeStatistics.direction(paired.ci95, polarity: polarity),
                                bandFrom: bandFrom, bandTo: bandTo)
        }
        guard let before, let after else {
            return ChangeResult(from: from, to: to, dimension: id, difference: nil, ci95: nil, effect: nil, paired: false, pairs: 0,
                                direction: .unclear, bandFrom: bandFrom, bandTo: bandTo)
        }
        let unpaired = ChangeStatistics.unpaired(from: before, to: after)
        return ChangeResult(from: from, to: to, dimension: id, difference: unpaired.difference, ci95: unpaired.ci95, effect: unpaired.effect,
                            paired: false, pairs: 0, direction: ChangeStatistics.direction(unpaired.ci95, polarity: polarity),
                            bandFrom: bandFrom, bandTo: bandTo)
    }
}
