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
    /// group, whether it has at least one answer in each statistic (dimensions and items, in
    /// the same order for every group). A group missing from `answered` takes part in the
    /// group-level rule (1 and 2) only.
    public static func suppressedGroups(
        sizes: [String: Int], minimumSize: Int, answered: [String: [Bool]] = [:]
    ) -> Set<String> {
        suppressedGroups(sizes: sizes, minimumSize: minimumSize) { answered[$0] ?? [] }
    }

    /// As ``suppressedGroups(sizes:minimumSize:answered:)``, asking `answered` for a group's
    /// flags only when some groups are small and others are not (otherwise they change nothing).
    public static func suppressedGroups(
        sizes: [String: Int], minimumSize: Int, answered: (String) -> [Bool]
    ) -> Set<String> {
        let small = Set(sizes.keys.filter { sizes[$0]! < minimumSize })
        guard !small.isEmpty, small.count < sizes.count else { return small }
        // Groups by rank (size, then name); statistic 0 is the group-level rule, in which every
        // group takes part; 1… are the statistics of `answered`, in their order.
        let order = sizes.keys.sorted { (sizes[$0]!, $0) < (sizes[$1]!, $1) }
        let size = order.map { sizes[$0]! }
        let flags = order.map(answered)
        let count = (flags.map(\.count).max() ?? 0) + 1
        var members: [[Int]] = [Array(order.indices)] + Array(repeating: [], count: count - 1)
        var statisticsOf: [[Int]] = order.map { _ in [0] }
        for rank in order.indices {
            for (number, yes) in flags[rank].enumerated() where yes {
                members[number + 1].append(rank)
                statisticsOf[rank].append(number + 1)
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
