/// Count, mean and variance of a stream of numbers (Welford's method, stable for long
/// streams), for respondent-level health scores.
///
/// Floating-point sums depend on the order they are added in, and reports print these numbers
/// in full; so that a file read in parts gives the very same numbers as one read whole, a part
/// is made `recording` its values and ``merge(_:)`` adds them again one by one, in order (a
/// part's values, 8 bytes a respondent, live only until it is merged).
struct RunningMoments: Sendable {
    private(set) var count = 0
    private(set) var mean = 0.0
    private var squares = 0.0
    /// The values added, in order, when recording.
    private var values: [Double]?

    /// An empty accumulator; `recording` keeps the values for ``merge(_:)``.
    init(recording: Bool = false) {
        values = recording ? [] : nil
    }

    mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        squares += delta * (value - mean)
        values?.append(value)
    }

    /// Adds the values of `other`, which came after this accumulator's, one by one: the
    /// result is exactly that of one pass. `other` must have been made `recording`.
    mutating func merge(_ other: RunningMoments) {
        precondition(other.values != nil || other.count == 0, "only a recording accumulator can be merged")
        for value in other.values ?? [] { add(value) }
    }

    /// The sample standard deviation (n − 1), or nil with fewer than two values.
    var sd: Double? { count >= 2 ? (squares / Double(count - 1)).squareRoot() : nil }

    var summary: SampleSummary? {
        count > 0 ? SampleSummary(n: count, mean: mean, sd: sd) : nil
    }
}
