/// A two-sided 95 % confidence interval.
public struct ConfidenceInterval: Sendable, Equatable {
    /// The lower end.
    public var lower: Double
    /// The upper end.
    public var upper: Double

    /// Creates an interval from its two ends.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// estimate ± t(0.975, df)·standardError.
    public init(estimate: Double, standardError: Double, degreesOfFreedom: Double) {
        let margin = StudentT.quantile(0.975, degreesOfFreedom: degreesOfFreedom) * standardError
        self.init(lower: estimate - margin, upper: estimate + margin)
    }
}
