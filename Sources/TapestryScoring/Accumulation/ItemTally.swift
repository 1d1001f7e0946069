/// Counts of one item's valid answers per scale point. Answers are integers, so the mean and
/// variance computed from the counts are exact up to the final division.
struct ItemTally: Sendable {
    private(set) var counts: [Int]

    init(points: Int) {
        counts = Array(repeating: 0, count: points)
    }

    /// Adds a valid answer given as its offset from the scale's minimum (0 for the lowest point).
    mutating func add(offset: Int) {
        counts[offset] += 1
    }

    var n: Int { counts.reduce(0, +) }

    /// Adds the answers counted in `other`, a tally of the same scale.
    mutating func merge(_ other: ItemTally) {
        for index in counts.indices { counts[index] += other.counts[index] }
    }

    /// The mean answer on the scale, or nil with no answers.
    func mean(scale: Scale) -> Double? {
        let n = n
        guard n > 0 else { return nil }
        let offsetSum = counts.enumerated().reduce(0) { $0 + $1.offset * $1.element }
        return Double(scale.min) + Double(offsetSum) / Double(n)
    }

    /// The sample variance (n − 1), or nil with fewer than two answers. Reverse-keying does
    /// not change it.
    var variance: Double? {
        let n = n
        guard n >= 2 else { return nil }
        var sum = 0
        var squares = 0
        for (offset, count) in counts.enumerated() {
            sum += offset * count
            squares += offset * offset * count
        }
        // n·Σx² − (Σx)² is computed in integers, so no precision is lost before dividing.
        return Double(n * squares - sum * sum) / Double(n * (n - 1))
    }
}
