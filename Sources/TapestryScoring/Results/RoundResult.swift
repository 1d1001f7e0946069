import Foundation

/// The results of one survey wave.
public struct RoundResult: Sendable, Equatable {
    /// The round's label, e.g. `2026-Q1` or the file name.
    public var label: String
    /// Accepted respondents.
    public var respondents: Int
    /// Rows read, accepted and rejected in this round.
    public var rows: RowCounts
    /// Mean over scored dimensions of 100·(m′ − min)/(max − min).
    public var healthIndex: Double?
    /// Mean of benefit means minus mean of drawback means (answer scale).
    public var balance: Double?
    /// Per-dimension statistics, in instrument order.
    public var dimensions: [DimensionStatistics]
    /// Each category's health and band, in the instrument's order.
    public var categories: [CategoryHealth] = []
    /// Per-group results, by name; empty without grouping.
    public var groups: [GroupResult]
    /// The accepted responses, in the order read, when the builder was asked to keep them
    /// (for a workbook's Responses sheet; at most as many as it was asked to keep, so fewer
    /// than ``respondents`` then); otherwise empty.
    public var responses: [Response] = []
    /// The earliest and latest response timestamps, when the inputs have them.
    public var firstResponse: Date?
    /// See ``firstResponse``.
    public var lastResponse: Date?
    /// Respondent-level health scores (0–100): the spread behind the health index, for the
    /// confidence interval of its change.
    public var healthScores: SampleSummary?
    /// Linked respondents' scores by their keyed hash, for paired change; empty unless rounds
    /// are linked.
    public var linked: [String: LinkedScores] = [:]
    /// The coalition's network of ties in this round; nil when the instrument has no connection
    /// question, or fewer organisations responded than the minimum group size (unless asked for).
    public var network: NetworkSummary?
    /// True when the connection questions were asked of a coalition with a member list, but
    /// the map is held back because fewer organisations responded than the minimum group size.
    public var networkWithheld = false

    /// Creates a round result.
    public init(label: String, respondents: Int, healthIndex: Double?, balance: Double?,
                dimensions: [DimensionStatistics], groups: [GroupResult]) {
        self.label = label
        self.respondents = respondents
        self.rows = RowCounts(accepted: respondents, rejected: 0)
        self.healthIndex = healthIndex
        self.balance = balance
        self.dimensions = dimensions
        self.groups = groups
    }
}
