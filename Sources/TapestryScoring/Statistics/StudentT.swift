import Foundation

/// Student's t distribution: the cumulative distribution and its inverse, for confidence
/// intervals (integer degrees of freedom) and Welch's test (fractional ones).
///
/// Written here rather than taken from a package: the machine's package mirror has no
/// maintained statistics library for Swift, and the method needs only these two functions.
/// The CDF uses the regularized incomplete beta function (continued fraction, modified Lentz);
/// the quantile inverts it by bisection to full double precision. Tests compare both with
/// published table values.
public enum StudentT {
    /// P(T ≤ t) for `degreesOfFreedom` > 0.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(nu > 0, "degrees of freedom must be positive")
        if t.isInfinite { return t > 0 ? 1 : 0 }
        let x = nu / (nu + t * t)
        let tail = 0.5 * IncompleteBeta.regularized(x: x, a: nu / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The value t with P(T ≤ t) = `probability`, for 0 < probability < 1.
    public static func quantile(_ probability: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(probability > 0 && probability < 1, "probability must be inside (0, 1)")
        precondition(nu > 0, "degrees of freedom must be positive")
        if probability == 0.5 { return 0 }
        if probability < 0.5 { return -quantile(1 - probability, degreesOfFreedom: nu) }
        var low = 0.0
        var high = 1.0
        while cdf(high, degreesOfFreedom: nu) < probability { high *= 2 }
        // Bisection halves the bracket each step; 200 steps reach the spacing of doubles.
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if cdf(middle, degreesOfFreedom: nu) < probability { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
