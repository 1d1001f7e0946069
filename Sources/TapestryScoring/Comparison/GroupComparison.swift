/// Groups compared with each other, for workshops that score themselves by table: where each
/// shown group differs most from everyone else, and which statements split the groups most.
/// Suppressed groups take no part (their members still count in "everyone else").
///
/// "Everyone else" is the whole round minus the group, from figures every report already
/// shows (the round's and the group's n and mean), so it adds nothing a reader could not work
/// out: subtracting the other shown groups from it leaves the suppressed groups together,
/// exactly as the whole minus every shown group does, which ``GroupSuppression`` keeps at two
/// groups or more and at least the minimum size.
public struct GroupComparison: Sendable, Equatable {
    /// Where one group stands furthest from the rest.
    public struct Difference: Sendable, Equatable {
        /// The group.
        public var group: String
        /// The dimension with the largest gap.
        public var dimension: String
        /// The group's mean.
        public var groupMean: Double
        /// Everyone else's mean: (n·mean − n_g·mean_g)/(n − n_g), exact from the totals.
        public var restMean: Double
        /// groupMean − restMean.
        public var gap: Double { groupMean - restMean }
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

    /// One entry per shown group, in group order.
    public var differences: [Difference]
    /// The statements with the widest spread, widest first (at most ``maximumSpreads``).
    public var spreads: [Spread]

    /// How many statements ``spreads`` lists.
    public static let maximumSpreads = 5

    /// The comparison of `round`'s shown groups.
    public init(_ round: RoundResult, instrument: Instrument) {
        let shown = round.groups.filter { !$0.suppressed }
        differences = shown.compactMap { group in
            var best: Difference?
            for (index, overall) in round.dimensions.enumerated() {
                let mine = group.dimensions[index]
                guard let total = overall.mean, let own = mine.mean, overall.n > mine.n else { continue }
                let rest = (Double(overall.n) * total - Double(mine.n) * own) / Double(overall.n - mine.n)
                let candidate = Difference(group: group.name, dimension: overall.id, groupMean: own, restMean: rest)
                if best == nil || abs(candidate.gap) > abs(best!.gap) { best = candidate }
            }
            return best
        }
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
}
