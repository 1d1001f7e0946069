/// Count, mean and variance of a stream of numbers (Welford's method, stable for long
/// streams), for respondent-level health scores.
struct RunningMoments: Sendable {
    private(set) var count = 0
    private(set) var mean = 0.0
    private var squares = 0.0

    mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        squares += delta * (value - mean)
    }

    /// The sample standard deviation (n − 1), or nil with fewer than two values.
    var sd: Double? { count >= 2 ? (squares / Double(count - 1)).squareRoot() : nil }

    var summary: SampleSummary? {
        count > 0 ? SampleSummary(n: count, mean: mean, sd: sd) : nil
    }
}
