import Foundation

/// Everything one dimension needs from a set of respondents, fed one respondent at a time:
/// answer counts per item, a histogram of respondents' scores, and complete-case sums for
/// alpha. Its size depends on the instrument only.
struct DimensionAccumulator: Sendable {
    private let reverse: [Bool]
    /// Where the dimension's first item is among a respondent's answers.
    private let first: Int
    /// The scale's lowest and highest values.
    private let minimum: Int
    private let maximum: Int
    private var tallies: [ItemTally]
    private var scores: ScoreHistogram
    private var complete: CompleteCaseSums
    private var respondents = 0

    /// An empty accumulator for `dimension`, whose first item is answer `first` of a respondent.
    init(dimension: Dimension, scale: Scale, first: Int) {
        reverse = dimension.items.map(\.reverse)
        self.first = first
        minimum = scale.min
        maximum = scale.max
        tallies = Array(repeating: ItemTally(points: scale.pointCount), count: dimension.items.count)
        complete = CompleteCaseSums(items: dimension.items.count)
        let k = dimension.items.count
        scores = ScoreHistogram(minCount: max(1, (k + 1) / 2), maxCount: k, scale: scale)
    }

    /// Adds one respondent's answers (one per instrument item, each a valid scale value or
    /// nil) to this dimension's items. Returns the respondent's dimension score, if they have one.
    @discardableResult
    mutating func add(_ answers: [Int?]) -> Double? {
        respondents += 1
        let k = reverse.count
        // Recoded answers are summed as they are read, without an array for each respondent.
        var answered = 0
        var offsetSum = 0
        for index in 0..<k {
            guard let answer = answers[first + index] else { continue }
            tallies[index].add(offset: answer - minimum)
            let recoded = reverse[index] ? minimum + maximum - answer : answer
            offsetSum += recoded - minimum
            answered += 1
        }
        var score: Double?
        if answered >= (k + 1) / 2, answered > 0 {
            let fraction = ScoreFraction(sum: offsetSum + minimum * answered, count: answered)
            scores.add(fraction)
            score = fraction.value
        }
        if answered == k {
            complete.add(offsets: (0..<k).lazy.map { [minimum, maximum, first, reverse] index in
                let answer = answers[first + index]!
                return (reverse[index] ? minimum + maximum - answer : answer) - minimum
            })
        }
        return score
    }

    /// Whether any respondent has a score on the dimension, and which items have an answer:
    /// what ``GroupSuppression`` needs, without working out every statistic.
    var answered: (dimension: Bool, items: [Bool]) {
        (!scores.isEmpty, tallies.map { $0.n > 0 })
    }

    /// Adds the respondents of `other`, an accumulator of the same dimension. Counts and
    /// integer sums only, so the result is exactly that of adding them one by one.
    mutating func merge(_ other: DimensionAccumulator) {
        respondents += other.respondents
        for index in tallies.indices { tallies[index].merge(other.tallies[index]) }
        scores.merge(other.scores)
        complete.merge(other.complete)
    }

    /// The dimension's statistics over the respondents added so far.
    func statistics(of dimension: Dimension, scale: Scale, minimumForAlpha: Int) -> DimensionStatistics {
        let histogram = scores.sorted
        let n = histogram.reduce(0) { $0 + $1.value }
        var mean: Double?
        var sd: Double?
        var median: Double?
        var favorable: Double?
        if n > 0 {
            let m = histogram.reduce(0.0) { $0 + Double($1.value) * $1.key.value } / Double(n)
            mean = m
            if n >= 2 {
                let squares = histogram.reduce(0.0) { $0 + Double($1.value) * pow($1.key.value - m, 2) }
                sd = (squares / Double(n - 1)).squareRoot()
            }
            median = Self.median(histogram, n: n)
            let favorableCount = histogram.reduce(0) {
                $0 + ($1.key.isFavorable(polarity: dimension.polarity, scale: scale) ? $1.value : 0)
            }
            favorable = Double(favorableCount) / Double(n)
        }
        let ci = zip(mean, sd).flatMap { mean, sd in
            ConfidenceInterval(estimate: mean, standardError: sd / Double(n).squareRoot(),
                               degreesOfFreedom: Double(n - 1))
        }
        let items = zip(dimension.items, tallies).map { item, tally in
            let variance = tally.variance
            return ItemStatistics(
                id: item.id, reverse: item.reverse, n: tally.n, mean: tally.mean(scale: scale),
                sd: variance.map { $0.squareRoot() }, counts: tally.counts, missing: respondents - tally.n)
        }
        return DimensionStatistics(
            id: dimension.id, category: dimension.category, polarity: dimension.polarity, n: n,
            mean: mean, sd: sd, median: median, ci95: ci,
            band: mean.map { mean in
                ScoreFraction.exactMean(histogram).map { Band(numerator: $0.numerator, denominator: $0.denominator, polarity: dimension.polarity, scale: scale) }
                    ?? Band(mean: mean, polarity: dimension.polarity, scale: scale)
            },
            favorable: favorable, alpha: complete.alpha(minimumRespondents: minimumForAlpha),
            rwg: rwg(scale: scale), items: items)
    }

    /// rwg(J) = J(1 − r)/(J(1 − r) + r) with r = mean item variance / uniform variance,
    /// 0 when r ≥ 1; nil when an item has fewer than two answers.
    private func rwg(scale: Scale) -> Double? {
        var variances: [Double] = []
        for tally in tallies {
            guard let variance = tally.variance else { return nil }
            variances.append(variance)
        }
        let j = Double(variances.count)
        let ratio = variances.reduce(0, +) / j / scale.uniformVariance
        if ratio >= 1 { return 0 }
        return j * (1 - ratio) / (j * (1 - ratio) + ratio)
    }

    private static func median(_ histogram: [(key: ScoreFraction, value: Int)], n: Int) -> Double {
        func score(at position: Int) -> Double {
            var seen = 0
            for (fraction, count) in histogram {
                seen += count
                if position < seen { return fraction.value }
            }
            return histogram[histogram.count - 1].key.value
        }
        if n % 2 == 1 { return score(at: n / 2) }
        return (score(at: n / 2 - 1) + score(at: n / 2)) / 2
    }
}

/// Pairs two optionals: both values, or nil.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
