import TapestryScoring

/// One coalition of a funder's portfolio: its assessment and what the comparison shows.
public struct PortfolioEntry: Sendable {
    /// The coalition's name.
    public var name: String
    /// Its assessment (every round).
    public var assessment: Assessment
    /// The fewest responses in the latest round for the coalition to be compared.
    public var minimumResponses: Int

    /// Creates an entry.
    public init(name: String, assessment: Assessment, minimumResponses: Int) {
        self.name = name
        self.assessment = assessment
        self.minimumResponses = minimumResponses
    }

    /// The latest round.
    public var latest: RoundResult? { assessment.latestRound }

    /// Whether the latest round has enough responses to compare the coalition with others.
    public var isCompared: Bool { (latest?.respondents ?? 0) >= minimumResponses }

    /// The change of the health index into the latest round, if there was an earlier one.
    public var healthChange: ChangeResult? {
        guard let latest else { return nil }
        return assessment.changes.first { $0.to == latest.label && $0.dimension == ChangeResult.healthIndex }
    }

    /// How many members the health index's change compared each with themselves (members
    /// linked between the two rounds, ``ChangeResult/pairs``), when it was measured that way;
    /// nil when the rounds were compared as two groups, or there is no change.
    public var sameMembers: Int? {
        healthChange.flatMap { $0.paired ? $0.pairs : nil }
    }

    /// Every category of `entries`' instruments, each once, in the order first seen.
    public static func categories(_ entries: [PortfolioEntry]) -> [String] {
        var categories: [String] = []
        for category in entries.flatMap(\.assessment.instrument.categories) where !categories.contains(category) {
            categories.append(category)
        }
        return categories
    }

    /// The band of each category in the latest round: the band of the mean of its dimensions'
    /// oriented scores (so drawbacks count the right way round).
    public func categoryBands() -> [(category: String, band: Band?)] {
        guard let latest else { return [] }
        let instrument = assessment.instrument
        return instrument.categories.map { category in
            let oriented = latest.dimensions.filter { $0.category == category }
                .compactMap { statistics in statistics.mean.map { instrument.scale.oriented($0, polarity: statistics.polarity) } }
            guard !oriented.isEmpty else { return (category, nil) }
            return (category, Band(mean: oriented.reduce(0, +) / Double(oriented.count), polarity: .positive, scale: instrument.scale))
        }
    }
}
