/// A respondent's dimension score kept as an exact fraction: the sum of their valid (recoded)
/// answers and how many there were. Keeping fractions lets a dimension hold a histogram of
/// scores whose size depends on the instrument, not on the number of respondents, and still
/// give an exact median.
struct ScoreFraction: Hashable, Sendable, Comparable {
    let sum: Int
    let count: Int

    var value: Double { Double(sum) / Double(count) }

    static func < (lhs: ScoreFraction, rhs: ScoreFraction) -> Bool {
        lhs.sum * rhs.count < rhs.sum * lhs.count
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
