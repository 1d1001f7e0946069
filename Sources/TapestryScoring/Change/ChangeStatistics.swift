/// The statistics of change between two rounds, as methodology.md defines them.
public enum ChangeStatistics {
    /// The fewest linked respondents (with a score in both rounds) for the paired analysis.
    public static let minimumPairs = 5

    /// Unpaired: difference of means, Welch's CI (Welch–Satterthwaite degrees of freedom; none
    /// when either side has n < 2 or the standard error is 0) and Hedges' g =
    /// d·(1 − 3/(4(n₁ + n₂) − 9)), d = difference / pooled sd (n − 1 weights). A side of one
    /// respondent has weight 0 in the pooled sd, so g exists as long as the pooled sd is
    /// above 0, as methodology.md says; it is nil only then (or with one respondent in all).
    public static func unpaired(from: SampleSummary, to: SampleSummary) -> (difference: Double, ci95: ConfidenceInterval?, effect: Double?) {
        let difference = to.mean - from.mean
        let (n1, n2) = (Double(from.n), Double(to.n))
        var ci: ConfidenceInterval?
        if from.n >= 2, to.n >= 2, let sdFrom = from.sd, let sdTo = to.sd {
            let se = (sdFrom * sdFrom / n1 + sdTo * sdTo / n2).squareRoot()
            if se > 0, let df = welchDegreesOfFreedom(from: from, to: to) {
                ci = ConfidenceInterval(estimate: difference, standardError: se, degreesOfFreedom: df)
            }
        }
        let weighted = (n1 - 1) * (from.sd ?? 0) * (from.sd ?? 0) + (n2 - 1) * (to.sd ?? 0) * (to.sd ?? 0)
        let pooled = n1 + n2 > 2 ? (weighted / (n1 + n2 - 2)).squareRoot() : 0
        let effect = pooled > 0 ? difference / pooled * (1 - 3 / (4 * (n1 + n2) - 9)) : nil
        return (difference, ci, effect)
    }

    /// (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)); nil when undefined.
    public static func welchDegreesOfFreedom(from: SampleSummary, to: SampleSummary) -> Double? {
        guard from.n >= 2, to.n >= 2, let sdFrom = from.sd, let sdTo = to.sd else { return nil }
        let (n1, n2) = (Double(from.n), Double(to.n))
        let (v1, v2) = (sdFrom * sdFrom / n1, sdTo * sdTo / n2)
        let denominator = v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1)
        return denominator > 0 ? (v1 + v2) * (v1 + v2) / denominator : nil
    }

    /// Paired: mean of the within-respondent differences (later − earlier), the paired t CI,
    /// and d_z = mean difference / sd of differences.
    public static func paired(differences: [Double]) -> (difference: Double, ci95: ConfidenceInterval?, effect: Double?) {
        let n = Double(differences.count)
        let mean = differences.reduce(0, +) / n
        guard differences.count >= 2 else { return (mean, nil, nil) }
        let sd = (differences.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        let se = sd / n.squareRoot()
        let ci = se > 0 ? ConfidenceInterval(estimate: mean, standardError: se, degreesOfFreedom: n - 1) : nil
        return (mean, ci, sd > 0 ? mean / sd : nil)
    }

    /// What a CI supports: improved when it lies wholly on the healthier side of 0 (above for
    /// positive polarity, below for negative), declined when wholly on the other, else unclear.
    public static func direction(_ ci: ConfidenceInterval?, polarity: Polarity) -> Direction {
        guard let ci else { return .unclear }
        let better = polarity == .positive ? ci.lower > 0 : ci.upper < 0
        let worse = polarity == .positive ? ci.upper < 0 : ci.lower > 0
        return better ? .improved : worse ? .declined : .unclear
    }
}
