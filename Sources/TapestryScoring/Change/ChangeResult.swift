/// The change of one dimension (or of the health index) between two consecutive rounds.
public struct ChangeResult: Sendable, Equatable {
    /// The id the JSON uses for the health index's change.
    public static let healthIndex = "healthIndex"

    /// The earlier round's label.
    public var from: String
    /// The later round's label.
    public var to: String
    /// The dimension's id, or ``healthIndex``.
    public var dimension: String
    /// Later minus earlier (for paired data, the mean of within-respondent differences).
    public var difference: Double?
    /// 95 % CI of the difference (Welch's t, or the paired t); nil when either side has n < 2
    /// or the standard error is 0.
    public var ci95: ConfidenceInterval?
    /// Hedges' g (unpaired) or d_z (paired); nil when the sd it divides by is 0.
    public var effect: Double?
    /// Whether the paired analysis was used.
    public var paired: Bool
    /// How many linked respondents the paired analysis used (0 when unpaired).
    public var pairs: Int
    /// What the CI supports.
    public var direction: Direction
    /// The band before, if scored.
    public var bandFrom: Band?
    /// The band after, if scored.
    public var bandTo: Band?

    /// Creates a change.
    public init(from: String, to: String, dimension: String, difference: Double?, ci95: ConfidenceInterval?, effect: Double?,
                paired: Bool, pairs: Int, direction: Direction, bandFrom: Band?, bandTo: Band?) {
        self.from = from
        self.to = to
        self.dimension = dimension
        self.difference = difference
        self.ci95 = ci95
        self.effect = effect
        self.paired = paired
        self.pairs = pairs
        self.direction = direction
        self.bandFrom = bandFrom
        self.bandTo = bandTo
    }
}
