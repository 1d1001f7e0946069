import TapestryScoring

/// One coalition of a funder's portfolio: its report model and what the comparison shows.
public struct PortfolioEntry: Sendable {
    /// The coalition's name.
    public var name: String
    /// Its report model (every round, worked out once).
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
    public var latest: RoundResult? { assessment.latestRound }

    /// Whether the latest round has enough responses to compare the coalition with others.
    public var isCompared: Bool { (latest?.respondents ?? 0) >= minimumResponses }

    /// The change of the health index into the latest round, if there was an earlier one.
    public var healthChange: ChangeResult? {
        guard let latest else { return nil }
        return assessment.changes.first { $0.to == latest.label && $0.dimension == ChangeResult.healthIndex }
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
