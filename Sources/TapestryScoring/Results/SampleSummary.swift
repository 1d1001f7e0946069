/// n, mean and sample standard deviation of a set of scores.
public struct SampleSummary: Sendable, Equatable {
    /// How many scores.
    public var n: Int
    /// Their mean.
    public var mean: Double
    /// Their sample standard deviation (n − 1); nil if n < 2.
    public var sd: Double?

    /// Creates a summary.
    public init(n: Int, mean: Double, sd: Double?) {
        self.n = n
        self.mean = mean
        self.sd = sd
    }
}
