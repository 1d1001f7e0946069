/// Where a dimension's oriented mean falls, as in the Wilder inventory (on 1–5: at least 4.0
/// is a strength, below 3.0 a concern). Decided on the exact mean wherever it is known as a
/// fraction, so that a mean of exactly 3 is never a concern because its floating-point sum
/// came out as 2.9999999999999996.
public enum Band: String, Sendable, Equatable, CaseIterable {
    /// Oriented mean ≥ min + 0.75·(max − min).
    case strength
    /// Between the two thresholds.
    case borderline
    /// Oriented mean < min + 0.5·(max − min).
    case concern

    /// The band of a mean on `scale` for a dimension of this `polarity`.
    public init(mean: Double, polarity: Polarity, scale: Scale) {
        let oriented = scale.oriented(mean, polarity: polarity)
        if oriented >= scale.strengthThreshold {
            self = .strength
        } else if oriented < scale.concernThreshold {
            self = .concern
        } else {
            self = .borderline
        }
    }

    /// The band of the mean `numerator / denominator` (denominator > 0), compared with the
    /// thresholds in integers: both thresholds are quarter points, min + ¾·(max − min) =
    /// (4·min + 3·(max − min)) / 4 and min + ½·(max − min) = (4·min + 2·(max − min)) / 4.
    /// Falls back to the floating-point comparison only if the integers would overflow.
    public init(numerator: Int, denominator: Int, polarity: Polarity, scale: Scale) {
        func product(_ a: Int, _ b: Int) -> Int? {
            let (value, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : value
        }
        let range = scale.max - scale.min
        let oriented: Int?
        switch polarity {
        case .positive: oriented = numerator
        case .negative: oriented = product(scale.min + scale.max, denominator).map { $0 - numerator }
        }
        guard let oriented, let four = product(4, oriented),
              let strength = product(denominator, 4 * scale.min + 3 * range),
              let concern = product(denominator, 4 * scale.min + 2 * range) else {
            self.init(mean: Double(numerator) / Double(denominator), polarity: polarity, scale: scale)
            return
        }
        self = four >= strength ? .strength : four < concern ? .concern : .borderline
    }
}
