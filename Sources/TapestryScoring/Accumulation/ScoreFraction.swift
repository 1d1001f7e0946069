/// A respondent's dimension score kept as an exact fraction: the sum of their valid (recoded)
/// answers and how many there were. Keeping fractions lets a dimension hold a histogram of
/// scores whose size depends on the instrument, not on the number of respondents, and still
/// give an exact median.
struct ScoreFraction: Hashable, Sendable, Comparable {
    let sum: Int
    let count: Int

    var value: Double { Double(sum) / Double(count) }

    /// A total order: by value, and equal values (8/2 and 12/3) by count, so that sums over a
    /// sorted histogram are added in the same order in every run (dictionary order is not).
    static func < (lhs: ScoreFraction, rhs: ScoreFraction) -> Bool {
        let left = lhs.sum * rhs.count
        let right = rhs.sum * lhs.count
        return left != right ? left < right : lhs.count < rhs.count
    }

    /// Whether the score, oriented by `polarity`, reaches the scale's strength threshold,
    /// min + ¾·(max − min), compared exactly in integers.
    func isFavorable(polarity: Polarity, scale: Scale) -> Bool {
        let threshold = count * (4 * scale.min + 3 * (scale.max - scale.min))
        switch polarity {
        case .positive: return 4 * sum >= threshold
        case .negative: return 4 * (count * (scale.min + scale.max) - sum) >= threshold
        }
    }

    /// The exact mean of a histogram of scores (each score and how many respondents have it)
    /// as numerator and denominator, or nil if the integers would overflow (thousands of
    /// distinct answer counts would be needed; the caller then uses the floating-point mean).
    static func exactMean(_ histogram: [(key: ScoreFraction, value: Int)]) -> (numerator: Int, denominator: Int)? {
        var numerator = 0
        var denominator = 1
        var respondents = 0
        for (score, count) in histogram {
            // numerator/denominator + count·sum/scoreCount, over the least common denominator.
            let divisor = gcd(denominator, score.count)
            let (scaleOld, o1) = (score.count / divisor).multipliedReportingOverflow(by: numerator)
            let (term, o2) = (denominator / divisor).multipliedReportingOverflow(by: score.sum)
            let (weighted, o3) = term.multipliedReportingOverflow(by: count)
            let (sum, o4) = scaleOld.addingReportingOverflow(weighted)
            let (common, o5) = (denominator / divisor).multipliedReportingOverflow(by: score.count)
            guard !(o1 || o2 || o3 || o4 || o5) else { return nil }
            let reduce = Swift.max(1, gcd(abs(sum), common))
            numerator = sum / reduce
            denominator = common / reduce
            respondents += count
        }
        let (total, overflow) = denominator.multipliedReportingOverflow(by: respondents)
        guard respondents > 0, !overflow else { return nil }
        return (numerator, total)
    }
}

/// The greatest common divisor of two non-negative integers.
func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
}
