/// One group's results (a member type, a workshop table…). A suppressed group shows its
/// name and size only: ``dimensions`` is empty and ``healthIndex`` nil.
public struct GroupResult: Sendable, Equatable {
    /// The group's name as found in the data.
    public var name: String
    /// Accepted respondents in the group.
    public var n: Int
    /// Whether the group is too small to show (or hides another small group).
    public var suppressed: Bool
    /// The group's health index, as for the round.
    public var healthIndex: Double?
    /// Per-dimension statistics; empty when suppressed.
    public var dimensions: [DimensionStatistics]

    /// Creates a group result.
    public init(name: String, n: Int, suppressed: Bool, healthIndex: Double?, dimensions: [DimensionStatistics]) {
        self.name = name
        self.n = n
        self.suppressed = suppressed
        self.healthIndex = healthIndex
        self.dimensions = dimensions
    }
}
