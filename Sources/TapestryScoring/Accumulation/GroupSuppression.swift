/// Decides which groups are too small to show, and which others must be hidden with them.
///
/// Reports show the whole coalition's statistics and each shown group's, so the hidden groups'
/// combined figures are always "the whole minus the shown groups". The rule keeps that
/// difference as safe as a shown group:
///
/// 1. A group with fewer than `minimumSize` respondents is hidden.
/// 2. When any group is hidden, the hidden groups together have at least `minimumSize`
///    respondents, and there are at least two of them, so the whole minus the shown groups
///    never equals one hidden group. (With 10, 10, 1 and 1 the two singletons would total 2:
///    one of them, knowing their own answers, could work out the other's.)
/// 3. The same holds for every single statistic: for each dimension and each item, the hidden
///    groups with at least one answer there are none, or at least two with at least
///    `minimumSize` respondents together. (If only one hidden group answered a dimension, the
///    whole minus the shown groups would be that group's score on it.)
///
/// While a condition fails, the smallest shown group (by size, then name) that takes part in
/// the failing statistic is hidden too. A statistic that no shown group takes part in needs
/// nothing: the whole minus the shown groups is then the whole, which every report shows.
/// In particular, when every group ends up hidden (always so when the whole round has fewer
/// than `minimumSize` respondents), nothing but the whole coalition's figures is shown, as
/// without `--group-by`; the whole coalition is shown at any size.
public enum GroupSuppression {
    /// The groups to hide. `sizes` gives each group's respondents; `answered` gives, for each
    /// group, the statistics (any numbering of dimensions and items, the same for every group)
    /// it has at least one answer in. A group missing from `answered` takes part in the
    /// group-level rule (1 and 2) only.
    public static func suppressedGroups(
        sizes: [String: Int], minimumSize: Int, answered: [String: Set<Int>] = [:]
    ) -> Set<String> {
        // Groups by rank (size, then name); statistic 0 is the group-level rule, in which every
        // group takes part; 1… are the statistics named in `answered`, in their order.
        let order = sizes.keys.sorted { (sizes[$0]!, $0) < (sizes[$1]!, $1) }
        let size = order.map { sizes[$0]! }
        let numbers = answered.values.reduce(into: Set<Int>()) { $0.formUnion($1) }.sorted()
        let slot = Dictionary(uniqueKeysWithValues: numbers.enumerated().map { ($1, $0 + 1) })
        let count = numbers.count + 1
        var members: [[Int]] = [Array(order.indices)] + numbers.map { _ in [] }
        var statisticsOf: [[Int]] = order.map { _ in [0] }
        for (rank, name) in order.enumerated() {
            for number in (answered[name] ?? []).sorted() {
                members[slot[number]!].append(rank)
                statisticsOf[rank].append(slot[number]!)
            }
        }
        // Per statistic: hidden groups taking part, their respondents, shown groups taking part.
        var hiddenGroups = [Int](repeating: 0, count: count)
        var hiddenSize = [Int](repeating: 0, count: count)
        var shownGroups = members.map(\.count)
        var hidden = [Bool](repeating: false, count: order.count)
        var dirty = [Bool](repeating: true, count: count)
        var next = 0
        func hide(_ rank: Int) {
            hidden[rank] = true
            for statistic in statisticsOf[rank] {
                hiddenGroups[statistic] += 1
                hiddenSize[statistic] += size[rank]
                shownGroups[statistic] -= 1
                dirty[statistic] = true
                next = min(next, statistic)
            }
        }
        func holds(_ statistic: Int) -> Bool {
            shownGroups[statistic] == 0 || hiddenGroups[statistic] == 0
                || (hiddenGroups[statistic] >= 2 && hiddenSize[statistic] >= minimumSize)
        }
        for rank in order.indices where size[rank] < minimumSize { hide(rank) }
        // The first failing statistic (in order) hides its smallest shown group; hiding marks
        // the group's statistics to be checked again (and restarts at 0, where every group takes
        // part), so at most one scan of the statistics per group hidden.
        var smallestShown = [Int](repeating: 0, count: count)
        while next < count {
            let statistic = next
            if !dirty[statistic] || holds(statistic) {
                dirty[statistic] = false
                next += 1
                continue
            }
            // A failing statistic has a shown group taking part (`holds` is true otherwise).
            while hidden[members[statistic][smallestShown[statistic]]] { smallestShown[statistic] += 1 }
            hide(members[statistic][smallestShown[statistic]])
        }
        return Set(order.indices.filter { hidden[$0] }.map { order[$0] })
    }
}
