import TapestryScoring

/// The rule that picks the action plan's priorities — at most ``maximum`` areas — from the
/// latest round, so that a coordinator knows what to do first:
///
/// 1. Candidates are the areas of concern, the borderline areas and the areas where members
///    disagree (rwg < 0.7).
/// 2. An area that clearly improved into the latest round is acknowledged ("keep going")
///    instead of prioritised; if it is still of concern it stays a candidate, after every other.
/// 3. Then concern before borderline before strong-but-divided areas.
/// 4. Within a band, lower health first, counting ``raise`` points lower when members disagree
///    and again when a group lags (scores the area at least ``lagShare`` of the scale's range
///    below the coalition as a whole).
///
/// Each priority gets the one or two most fitting steps: the area's own first two, or its
/// first and the first step for disagreement when members disagree, or the first two steps
/// for disagreement when the area is strong but divided.
public enum PrioritySelection {
    /// The most priorities the plan opens with.
    public static let maximum = 3
    /// Health points an area is raised by when members disagree, and again when a group lags.
    public static let raise = 10.0
    /// How far below the coalition's score a group must be to lag, as a share of the scale's
    /// range (1/8: half a point on 1–5, three quarters of a point on 1–7).
    public static let lagShare = 0.125

    /// The priorities of `round` (the latest of the report's rounds, `improved` the ids of the
    /// areas that clearly improved into it).
    static func priorities(_ round: ReportModel.Round, improved: Set<String>, scale: Scale,
                           catalogue: RecommendationCatalogue, rounds: Int) -> [ReportModel.Priority] {
        let shown = round.groups?.shown ?? []
        let groupsCompared = !shown.isEmpty, grouped = round.groups != nil
        let candidates = round.areas.filter { area in
            (area.band == .concern || area.band == .borderline || area.membersDisagree)
                && !(improved.contains(area.id) && area.band != .concern)
        }
        func bandRank(_ area: ReportModel.Area) -> Int {
            switch area.band {
            case .concern: 0
            case .borderline: 1
            default: 2
            }
        }
        let lagging = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, laggingGroups($0, round: round, shown: shown, scale: scale)) })
        func urgency(_ area: ReportModel.Area) -> Double {
            (area.health ?? 0) - (area.membersDisagree ? raise : 0) - (lagging[area.id].flatMap { $0 } != nil ? raise : 0)
        }
        let ordered = candidates.sorted { a, b in
            let keyA = (improved.contains(a.id) ? 1 : 0, bandRank(a)), keyB = (improved.contains(b.id) ? 1 : 0, bandRank(b))
            if keyA != keyB { return keyA < keyB }
            return urgency(a) < urgency(b)
        }
        return ordered.prefix(maximum).enumerated().map { index, area in
            let weak = area.band == .concern || area.band == .borderline
            let own = catalogue.advice(dimension: area.id, category: area.category).steps(rounds: rounds, groupsCompared: groupsCompared, grouped: grouped)
            let divided = catalogue.disagreementAdvice.steps(rounds: rounds, groupsCompared: groupsCompared, grouped: grouped)
            let steps: [String]
            switch (weak, area.membersDisagree) {
            case (true, true): steps = Array(own.prefix(1) + divided.prefix(1))
            case (true, false): steps = Array(own.prefix(2))
            default: steps = Array(divided.prefix(2))
            }
            var reason = weak ? "\(area.bandWord.prefix(1).uppercased() + area.bandWord.dropFirst()) (health \(ReportNumbers.health(area.health)) of 100)"
                : "A strength on average (health \(ReportNumbers.health(area.health)) of 100)"
            if area.membersDisagree { reason += weak ? ", and members see it differently" : ", but members see it very differently" }
            if improved.contains(area.id) { reason += "; it improved clearly since the last round, but not enough yet" }
            return ReportModel.Priority(number: index + 1, area: area, reason: reason + ".", laggingGroups: lagging[area.id] ?? nil, steps: steps)
        }
    }

    /// "Community groups score it 2.56, against 3.34 for all members." for the shown groups
    /// whose oriented score is at least ``lagShare`` of the range below the round's; nil when
    /// none is (or fewer than two groups are shown).
    static func laggingGroups(_ area: ReportModel.Area, round: ReportModel.Round, shown: [ReportModel.GroupColumn], scale: Scale) -> String? {
        guard shown.count >= 2, let index = round.areas.firstIndex(where: { $0.id == area.id }), let overall = area.health else { return nil }
        let gap = 100 * lagShare
        let behind = shown.filter { group in
            group.areas.indices.contains(index) && (group.areas[index].health.map { overall - $0 >= gap } ?? false)
        }
        guard !behind.isEmpty else { return nil }
        let scores = behind.map { "\($0.name) \(ReportNumbers.score($0.areas[index].statistics.mean))" }
        return "\(behind.count == 1 ? "One group lags here" : "Some groups lag here"): \(ReportWords.list(scores)), "
            + "against \(ReportNumbers.score(area.statistics.mean)) for all members."
    }
}
