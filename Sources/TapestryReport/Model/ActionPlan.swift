import Foundation
import TapestryScoring

/// The report's action plan: one entry for each dimension in `concern` or `borderline` and
/// each dimension where members disagree (rwg < 0.7), with the catalogue's steps, ordered by
/// urgency: concerns first (lowest score first), then borderline dimensions where members
/// also disagree, then other borderline ones, then disagreement in otherwise strong areas.
public struct ActionPlan: Sendable {
    /// One area to act on.
    public struct Entry: Sendable, Equatable {
        /// The dimension's id.
        public var dimension: String
        /// The dimension's title.
        public var title: String
        /// Its band, if scored.
        public var band: Band?
        /// Its score on the answer scale.
        public var mean: Double?
        /// Whether members see it differently.
        public var disagreement: Bool
        /// Why it is on the plan.
        public var why: String
        /// What to do, most direct first.
        public var steps: [String]
        /// The dimension's lowest-scored statements (oriented), for the discussion.
        public var weakestStatements: [String]

        /// "borderline, 3.10, and members disagree": the band, score and disagreement in words.
        public var status: String {
            var status = band.map { "\($0.rawValue), \(ReportNumbers.score(mean))" } ?? ReportWords.notScored
            if disagreement { status += band == .strength ? ", but members disagree" : ", and members disagree" }
            return status
        }

        /// The weakest statements quoted for a sentence: “A” and “B”; empty when none.
        public var weakestQuoted: String {
            weakestStatements.map { "“\($0.trimmingCharacters(in: CharacterSet(charactersIn: ".")))”" }.joined(separator: " and ")
        }
    }

    /// The entries, most urgent first.
    public var entries: [Entry]

    /// The plan for `round`, the latest of `rounds` scored rounds; steps that do not fit the
    /// situation (advice presuming no earlier round, or about groups when none were compared)
    /// are left out.
    public init(round: RoundResult, instrument: Instrument, catalogue: RecommendationCatalogue, rounds: Int = 1) {
        let groupsCompared = round.groups.contains { !$0.suppressed }, grouped = !round.groups.isEmpty
        let scale = instrument.scale
        var ranked: [(rank: Int, score: Double, entry: Entry)] = []
        for statistics in round.dimensions {
            guard let dimension = instrument.dimensions.first(where: { $0.id == statistics.id }) else { continue }
            let weak = statistics.band == .concern || statistics.band == .borderline
            guard weak || statistics.membersDisagree else { continue }
            var why: [String] = []
            var steps: [String] = []
            if weak {
                let advice = catalogue.advice(dimension: dimension.id, category: dimension.category)
                why.append(advice.why)
                steps += advice.steps(rounds: rounds, groupsCompared: groupsCompared, grouped: grouped)
            }
            if statistics.membersDisagree {
                why.append(catalogue.disagreementAdvice.why)
                steps += catalogue.disagreementAdvice.steps(rounds: rounds, groupsCompared: groupsCompared, grouped: grouped)
            }
            let rank: Int
            switch (statistics.band, statistics.membersDisagree) {
            case (.concern, _): rank = 0
            case (.borderline, true): rank = 1
            case (.borderline, false): rank = 2
            default: rank = 3
            }
            let oriented = statistics.mean.map { scale.oriented($0, polarity: dimension.polarity) } ?? 0
            let entry = Entry(
                dimension: dimension.id, title: dimension.title, band: statistics.band, mean: statistics.mean,
                disagreement: statistics.membersDisagree, why: why.joined(separator: " "), steps: steps,
                weakestStatements: Self.weakestStatements(statistics, dimension: dimension, scale: scale))
            ranked.append((rank, oriented, entry))
        }
        entries = ranked.sorted { ($0.rank, $0.score) < ($1.rank, $1.score) }.map(\.entry)
    }

    /// Up to two statements with the lowest oriented mean (flipped for reverse-keyed items and
    /// for drawbacks), to start the discussion from.
    private static func weakestStatements(_ statistics: DimensionStatistics, dimension: TapestryScoring.Dimension, scale: Scale) -> [String] {
        let scored = zip(dimension.items, statistics.items).compactMap { item, stats -> (String, Double)? in
            guard var mean = stats.mean else { return nil }
            if item.reverse { mean = Double(scale.min + scale.max) - mean }
            return (item.text, scale.oriented(mean, polarity: dimension.polarity))
        }
        return scored.sorted { $0.1 < $1.1 }.prefix(2).map(\.0)
    }
}
