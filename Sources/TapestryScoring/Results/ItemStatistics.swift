/// One item's answers in a round or group, on the scale as answered (not reverse-keyed).
public struct ItemStatistics: Sendable, Equatable {
    /// The item's id.
    public var id: String
    /// Whether the item is reverse-keyed in dimension scores.
    public var reverse: Bool
    /// Valid answers.
    public var n: Int
    /// Mean answer; nil with no answers.
    public var mean: Double?
    /// Sample standard deviation (n − 1); nil with fewer than two answers.
    public var sd: Double?
    /// How many answered each scale point, lowest first.
    public var counts: [Int]
    /// Accepted respondents without a valid answer (blank, "don't know", or unreadable).
    public var missing: Int

    /// Creates item statistics.
    public init(id: String, reverse: Bool, n: Int, mean: Double?, sd: Double?, counts: [Int], missing: Int) {
        self.id = id
        self.reverse = reverse
        self.n = n
        self.mean = mean
        self.sd = sd
        self.counts = counts
        self.missing = missing
    }

    /// Share of the valid answers above the scale's midpoint (min + max)/2, as answered (a
    /// reverse-keyed item is not flipped); nil with no answers.
    public var agree: Double? { share(of: counts.suffix(counts.count / 2)) }

    /// Share of the valid answers below the scale's midpoint, as answered; nil with no answers.
    public var disagree: Double? { share(of: counts.prefix(counts.count / 2)) }

    /// Share of the valid answers on the midpoint itself (zero on a scale with an even number
    /// of points, where nobody can sit on it); nil with no answers.
    public var neutral: Double? {
        counts.count % 2 == 1 ? share(of: counts[(counts.count / 2)...(counts.count / 2)]) : share(of: counts.prefix(0))
    }

    /// Share of the valid answers at each scale point, lowest first; nil with no answers.
    public var shares: [Double]? {
        let total = counts.reduce(0, +)
        return total > 0 ? counts.map { Double($0) / Double(total) } : nil
    }

    private func share(of selected: ArraySlice<Int>) -> Double? {
        let total = counts.reduce(0, +)
        return total > 0 ? Double(selected.reduce(0, +)) / Double(total) : nil
    }
}
