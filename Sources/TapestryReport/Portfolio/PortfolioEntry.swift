import TapestryScoring

/// One coalition of a funder's portfolio: its report model (built once) and whether it has
/// enough responses to be compared.
public struct PortfolioEntry: Sendable {
    /// The coalition's name.
    public var name: String
    /// Its report model: every number, band and word of its assessment (every round).
    public var model: ReportModel
    /// The fewest responses in the latest round for the coalition to be compared.
    public var minimumResponses: Int

    /// Creates an entry.
    public init(name: String, model: ReportModel, minimumResponses: Int) {
        self.name = name
        self.model = model
        self.minimumResponses = minimumResponses
    }

    /// Its assessment (every round).
    public var assessment: Assessment { model.assessment }

    /// The latest round.
    public var latest: ReportModel.Round? { model.latest }

    /// Whether the latest round has enough responses to compare the coalition with others.
    public var isCompared: Bool { (latest?.respondents ?? 0) >= minimumResponses }

    /// Why the coalition is not compared, in words (its name and number of responses are all
    /// a report shows of it); nil when it is compared.
    public var notComparedReason: String? {
        isCompared ? nil : "too few responses to compare"
    }

    /// The health index of the round before the latest, when there is one (a chart shows the
    /// change with it).
    public var previousHealthIndex: Double? {
        guard healthChange != nil, let values = model.trend?.healthIndex.values, values.count >= 2 else { return nil }
        return values[values.count - 2]
    }

    /// The change of the health index into the latest round, if there was an earlier one.
    public var healthChange: ReportModel.Change? {
        guard let latest, let trend = model.trend, trend.to == latest.label else { return nil }
        return trend.latestChanges.first(where: \.isHealthIndex)
    }

    /// How many members the health index's change compared each with themselves (members
    /// linked between the two rounds, ``ChangeResult/pairs``), when it was measured that way;
    /// nil when the rounds were compared as two groups, or there is no change.
    public var sameMembers: Int? {
        healthChange.flatMap { $0.result.paired ? $0.result.pairs : nil }
    }

    /// Every category of `entries`' instruments, each once, in the order first seen.
    public static func categories(_ entries: [PortfolioEntry]) -> [String] {
        var categories: [String] = []
        for category in entries.flatMap(\.assessment.instrument.categories) where !categories.contains(category) {
            categories.append(category)
        }
        return categories
    }
}
