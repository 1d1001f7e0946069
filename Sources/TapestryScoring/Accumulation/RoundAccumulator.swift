import Foundation

/// One round: all its respondents, and each group's respondents when answers carry a group.
struct RoundAccumulator: Sendable {
    private var overall: RespondentSetAccumulator
    private var groups: [String: RespondentSetAccumulator] = [:]
    private var first: Date?
    private var last: Date?
    /// Scores of respondents with a link key; grows with linked respondents only.
    private var linked: [String: LinkedScores] = [:]
    /// Who works with whom, per responding organisation.
    private var network = NetworkAccumulator()
    /// Whether the sets record their health scores, for ``merge(_:groupNames:)``.
    private let recording: Bool

    init(instrument: Instrument, recording: Bool = false) {
        self.recording = recording
        overall = RespondentSetAccumulator(instrument: instrument, recording: recording)
    }

    mutating func add(_ response: Response, instrument: Instrument) {
        let scored = overall.add(response.answers, scoring: response.respondentKey != nil)
        if let key = response.respondentKey {
            linked[key] = LinkedScores(dimensions: scored.scores, health: scored.health)
        }
        if let date = response.date {
            if date < (first ?? .distantFuture) { first = date }
            if date > (last ?? .distantPast) { last = date }
        }
        if let connections = response.connections { network.add(connections) }
        if let group = response.group {
            groups[group, default: RespondentSetAccumulator(instrument: instrument, recording: recording)]
                .add(response.answers)
        }
    }

    /// Adds the respondents of `other`, a recording round whose respondents came after these,
    /// its groups named anew by `groupNames` where it has an entry: a later answer of a linked
    /// respondent replaces an earlier one, as it does when added one by one.
    mutating func merge(_ other: RoundAccumulator, groupNames: [String: String]) {
        overall.merge(other.overall)
        network.merge(other.network)
        linked.merge(other.linked) { _, later in later }
        if let date = other.first, date < (first ?? .distantFuture) { first = date }
        if let date = other.last, date > (last ?? .distantPast) { last = date }
        for (name, group) in other.groups {
            let name = groupNames[name] ?? name
            if groups[name] == nil {
                groups[name] = group
            } else {
                groups[name]!.merge(group)
            }
        }
    }

    /// Moves group `name`'s respondents to `newName`, which must not name a group yet.
    mutating func renameGroup(_ name: String, to newName: String) {
        guard let group = groups.removeValue(forKey: name) else { return }
        precondition(groups[newName] == nil, "a group can only be renamed to a new name")
        groups[newName] = group
    }

    func result(label: String, instrument: Instrument, members: [Member], options: ScoringOptions) -> RoundResult {
        let dimensions = overall.statistics(instrument: instrument, minimumForAlpha: options.minimumForAlpha)
        let suppressed = GroupSuppression.suppressedGroups(
            sizes: groups.mapValues(\.respondents), minimumSize: options.minimumGroupSize) { groups[$0]!.answered }
        let groupResults = groups.keys.sorted().map { name -> GroupResult in
            let accumulator = groups[name]!
            if suppressed.contains(name) {
                return GroupResult(name: name, n: accumulator.respondents, suppressed: true, healthIndex: nil, dimensions: [])
            }
            let statistics = accumulator.statistics(instrument: instrument, minimumForAlpha: options.minimumForAlpha)
            return GroupResult(
                name: name, n: accumulator.respondents, suppressed: false,
                healthIndex: HealthSummary.healthIndex(statistics, scale: instrument.scale),
                dimensions: statistics)
        }
        var result = RoundResult(
            label: label, respondents: overall.respondents,
            healthIndex: HealthSummary.healthIndex(dimensions, scale: instrument.scale),
            balance: HealthSummary.balance(dimensions),
            dimensions: dimensions, groups: groupResults)
        result.categories = HealthSummary.categories(dimensions, instrument: instrument)
        result.firstResponse = first
        result.lastResponse = last
        result.healthScores = overall.health.summary
        result.linked = linked
        if !instrument.connections.isEmpty {
            result.network = network.summary(members: members, minimumOrganisations: options.minimumGroupSize,
                                             always: options.showNetwork)
            result.networkWithheld = result.network == nil && !members.isEmpty
        }
        return result
    }
}
