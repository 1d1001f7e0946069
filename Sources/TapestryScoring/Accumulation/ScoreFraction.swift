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
}
