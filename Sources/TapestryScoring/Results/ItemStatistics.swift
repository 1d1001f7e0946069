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
}
