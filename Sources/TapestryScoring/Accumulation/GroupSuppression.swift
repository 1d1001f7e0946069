/// Decides which groups are too small to show.
public enum GroupSuppression {
    /// Groups with fewer than `minimumSize` respondents are suppressed. If exactly one group is
    /// suppressed, the smallest other group (by size, then name) is suppressed too, so that the
    /// hidden group cannot be recovered by subtracting the shown groups from the total.
    public static func suppressedGroups(sizes: [String: Int], minimumSize: Int) -> Set<String> {
        var suppressed = Set(sizes.filter { $0.value < minimumSize }.keys)
        if suppressed.count == 1 {
            let smallestOther = sizes
                .filter { !suppressed.contains($0.key) }
                .min { ($0.value, $0.key) < ($1.value, $1.key) }
            if let smallestOther { suppressed.insert(smallestOther.key) }
        }
        return suppressed
    }
}
