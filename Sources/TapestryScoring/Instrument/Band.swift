/// Where a dimension's oriented mean falls, as in the Wilder inventory (on 1–5: at least 4.0
/// is a strength, below 3.0 a concern).
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
}
