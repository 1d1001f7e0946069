/// How many respondents have each dimension score, a score being an exact
/// ``ScoreFraction``. Scores are counted in a flat array indexed by (answers, sum), which a
/// dimension of k items on a scale of p points bounds to about k²·p/2 slots; a dimension too
/// large for that (more than ``maxFlatSlots``) counts in a dictionary instead.
struct ScoreHistogram: Sendable, Equatable {
    /// The most slots a flat histogram may have: 4 096 (a 30-item dimension on a 9-point scale).
    static let maxFlatSlots = 4_096

    private let minCount: Int
    private let scaleMin: Int
    private let span: Int
    /// Where each answer count's slots start in ``flat`` (index: count − minCount).
    private let blockStarts: [Int]
    private var flat: [Int]
    private var sparse: [ScoreFraction: Int] = [:]
    private let usesFlat: Bool
    /// How many scores were added.
    private(set) var total = 0

    /// An empty histogram for scores over at least `minCount` and at most `maxCount` answers.
    init(minCount: Int, maxCount: Int, scale: Scale) {
        self.minCount = minCount
        scaleMin = scale.min
        span = scale.max - scale.min
        var starts: [Int] = []
        var size = 0
        if maxCount >= minCount {
            for count in minCount...maxCount {
                starts.append(size)
                size += count * span + 1
            }
        }
        usesFlat = size <= Self.maxFlatSlots
        blockStarts = usesFlat ? starts : []
        flat = usesFlat ? Array(repeating: 0, count: size) : []
    }

    /// Counts one score.
    mutating func add(_ score: ScoreFraction) {
        add(score, times: 1)
    }

    private mutating func add(_ score: ScoreFraction, times: Int) {
        total += times
        if usesFlat {
            flat[blockStarts[score.count - minCount] + score.sum - score.count * scaleMin] += times
        } else {
            sparse[score, default: 0] += times
        }
    }

    /// Adds every score counted in `other`, a histogram made the same way.
    mutating func merge(_ other: ScoreHistogram) {
        if usesFlat {
            for index in flat.indices { flat[index] += other.flat[index] }
            total += other.total
        } else {
            for (score, count) in other.sparse { add(score, times: count) }
        }
    }

    /// Whether no score was counted.
    var isEmpty: Bool { total == 0 }

    /// Each score counted and how many times, in ``ScoreFraction``'s order.
    var sorted: [(key: ScoreFraction, value: Int)] {
        guard usesFlat else { return sparse.sorted { $0.key < $1.key } }
        var entries: [(key: ScoreFraction, value: Int)] = []
        for (block, start) in blockStarts.enumerated() {
            let count = minCount + block
            for offset in 0...(count * span) where flat[start + offset] > 0 {
                entries.append((ScoreFraction(sum: offset + count * scaleMin, count: count), flat[start + offset]))
            }
        }
        return entries.sorted { $0.key < $1.key }
    }
}
