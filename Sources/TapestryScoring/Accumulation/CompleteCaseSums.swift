/// Sums over the respondents who answered every item of a dimension, for Cronbach's alpha:
/// per item Σx and Σx², and for the total score Σt and Σt² (recoded answers, as offsets from
/// the scale's minimum, so everything stays in integers).
struct CompleteCaseSums: Sendable {
    private(set) var count = 0
    private var itemSums: [Int]
    private var itemSquares: [Int]
    private var totalSum = 0
    private var totalSquares = 0

    init(items: Int) {
        itemSums = Array(repeating: 0, count: items)
        itemSquares = Array(repeating: 0, count: items)
    }

    /// Adds one respondent's recoded answers, as offsets from the scale's minimum, one per item.
    mutating func add(offsets: some Sequence<Int>) {
        count += 1
        var total = 0
        for (index, offset) in offsets.enumerated() {
            itemSums[index] += offset
            itemSquares[index] += offset * offset
            total += offset
        }
        totalSum += total
        totalSquares += total * total
    }

    /// Adds the respondents summed in `other`, sums over the same items. Integer sums, so the
    /// result is exactly what adding them one by one gives.
    mutating func merge(_ other: CompleteCaseSums) {
        count += other.count
        for index in itemSums.indices {
            itemSums[index] += other.itemSums[index]
            itemSquares[index] += other.itemSquares[index]
        }
        totalSum += other.totalSum
        totalSquares += other.totalSquares
    }

    /// Cronbach's alpha, k/(k − 1)·(1 − Σs²ᵢ/s²ₜ), when k ≥ 2 and at least
    /// `minimumRespondents` answered every item; nil otherwise or when the totals do not vary.
    func alpha(minimumRespondents: Int) -> Double? {
        let k = itemSums.count
        guard k >= 2, count >= minimumRespondents, count >= 2 else { return nil }
        let totalVariance = Self.variance(sum: totalSum, squares: totalSquares, n: count)
        guard totalVariance > 0 else { return nil }
        let itemVariances = zip(itemSums, itemSquares).reduce(0.0) {
            $0 + Self.variance(sum: $1.0, squares: $1.1, n: count)
        }
        return Double(k) / Double(k - 1) * (1 - itemVariances / totalVariance)
    }

    private static func variance(sum: Int, squares: Int, n: Int) -> Double {
        Double(n * squares - sum * sum) / Double(n * (n - 1))
    }
}
