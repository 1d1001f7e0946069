/// Groups compared with each other, for workshops that score themselves by table: where each
/// shown group differs most from everyone else, and which statements split the groups most.
/// Suppressed groups take no part (their members still count in "everyone else").
///
/// "Everyone else" is the whole round minus the group, from figures every report already
/// shows (the round's and the group's n and mean), so it adds nothing a reader could not work
/// out: subtracting the other shown groups from it leaves the suppressed groups together,
/// exactly as the whole minus every shown group does, which ``GroupSuppression`` keeps at two
/// groups or more and at least the minimum size.
///
/// Workshop tables are small (4–6 people), so each gap comes with the 95 % confidence interval
/// of the group's mean minus everyone else's (Welch's t, unequal variances, as for change
/// between rounds): a gap whose interval includes 0 is within what chance alone could give.
/// Everyone else's n, mean and sd come from the round's and the group's (pooled sums of
/// squares), so they too add nothing a reader could not work out from shown figures.
public struct GroupComparison: Sendable, Equatable {
    /// Where one group stands furthest from the rest.
    public struct Difference: Sendable, Equatable {
        /// The group.
        public var group: String
        /// The dimension (in ``differences``, the one with the largest gap).
        public var dimension: String
        /// The group's mean.
        public var groupMean: Double
        /// Everyone else's mean: (n·mean − n_g·mean_g)/(n − n_g), exact from the totals.
        public var restMean: Double
        /// groupMean − restMean.
        public var gap: Double { groupMean - restMean }
        /// The group's respondents with a score in the dimension.
        public var groupN: Int
        /// The group's standard deviation; nil with one respondent.
        public var groupSD: Double?
        /// Everyone else's respondents with a score in the dimension (hidden groups included).
        public var restN: Int
        /// Everyone else's standard deviation, from the pooled sums of squares (see
        /// ``rest(of:in:)``); nil with fewer than two.
        public var restSD: Double?
        /// The 95 % confidence interval of the gap (Welch); nil when either side has fewer than
        /// two respondents or neither varies.
        public var ci95: ConfidenceInterval?
        /// Whether the gap is within what chance alone could give: its interval includes 0,
        /// or there is no interval (too few respondents to tell).
        public var withinChance: Bool { ci95.map { $0.lower <= 0 && $0.upper >= 0 } ?? true }

        /// The gap of `group` (its summary in the dimension) to the rest of `total` (the
        /// round's); nil when the group is the whole round or has no score.
        init?(group name: String, dimension: String, group: SampleSummary, total: SampleSummary) {
            guard let rest = GroupComparison.rest(of: group, in: total) else { return nil }
            self.group = name
            self.dimension = dimension
            groupMean = group.mean
            restMean = rest.mean
            groupN = group.n
            groupSD = group.sd
            restN = rest.n
            restSD = rest.sd
            ci95 = ChangeStatistics.unpaired(from: rest, to: group).ci95
        }
    }

    /// A statement whose group means lie far apart.
    public struct Spread: Sendable, Equatable {
        /// The item's id.
        public var item: String
        /// The lowest group mean and its group.
        public var lowest: (group: String, mean: Double)
        /// The highest group mean and its group.
        public var highest: (group: String, mean: Double)
        /// highest − lowest.
        public var range: Double { highest.mean - lowest.mean }

        public static func == (a: Spread, b: Spread) -> Bool {
            a.item == b.item && a.lowest == b.lowest && a.highest == b.highest
        }
    }

    /// One entry per shown group, in group order: its largest gap.
    public var differences: [Difference]
    /// Every shown group's gap in every dimension where it has a score, in group order, then
    /// dimension order.
    public var gaps: [Difference]
    /// The statements with the widest spread, widest first (at most ``maximumSpreads``).
    public var spreads: [Spread]

    /// How many statements ``spreads`` lists.
    public static let maximumSpreads = 5

    /// The comparison of `round`'s shown groups.
    public init(_ round: RoundResult, instrument: Instrument) {
        let shown = round.groups.filter { !$0.suppressed }
        var gaps: [Difference] = []
        differences = shown.compactMap { group in
            var best: Difference?
            for (index, overall) in round.dimensions.enumerated() {
                let mine = group.dimensions[index]
                guard let total = overall.mean, let own = mine.mean,
                      let candidate = Difference(group: group.name, dimension: overall.id,
                                                 group: SampleSummary(n: mine.n, mean: own, sd: mine.sd),
                                                 total: SampleSummary(n: overall.n, mean: total, sd: overall.sd)) else { continue }
                gaps.append(candidate)
                if best == nil || abs(candidate.gap) > abs(best!.gap) { best = candidate }
            }
            return best
        }
        self.gaps = gaps
        var spreads: [Spread] = []
        if shown.count >= 2 {
            for (dimensionIndex, dimension) in round.dimensions.enumerated() {
                for (itemIndex, item) in dimension.items.enumerated() {
                    let means = shown.compactMap { group in
                        group.dimensions[dimensionIndex].items[itemIndex].mean.map { (group: group.name, mean: $0) }
                    }
                    guard means.count >= 2, let low = means.min(by: { $0.mean < $1.mean }), let high = means.max(by: { $0.mean < $1.mean }) else { continue }
                    spreads.append(Spread(item: item.id, lowest: low, highest: high))
                }
            }
        }
        self.spreads = Array(spreads.sorted { $0.range != $1.range ? $0.range > $1.range : $0.item < $1.item }.prefix(Self.maximumSpreads))
    }

    /// Everyone in `total` but `group`: n − n_g respondents, mean (n·mean − n_g·mean_g)/(n − n_g),
    /// and sd from the sums of squares, Σx² = (n − 1)·sd² + n·mean² on each side (a missing sd,
    /// with one respondent, is 0); nil when nobody is left.
    public static func rest(of group: SampleSummary, in total: SampleSummary) -> SampleSummary? {
        let n = total.n - group.n
        guard n > 0 else { return nil }
        let mean = (Double(total.n) * total.mean - Double(group.n) * group.mean) / Double(n)
        guard n >= 2 else { return SampleSummary(n: n, mean: mean, sd: nil) }
        func squares(_ side: SampleSummary) -> Double {
            let sd = side.sd ?? 0
            return Double(side.n - 1) * sd * sd + Double(side.n) * side.mean * side.mean
        }
        // Rounding can leave a tiny negative sum where everyone else answered alike.
        let deviations = max(0, squares(total) - squares(group) - Double(n) * mean * mean)
        return SampleSummary(n: n, mean: mean, sd: (deviations / Double(n - 1)).squareRoot())
    }
}
