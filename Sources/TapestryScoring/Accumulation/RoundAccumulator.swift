/// One round: all its respondents, and each group's respondents when answers carry a group.
struct RoundAccumulator: Sendable {
    private var overall: RespondentSetAccumulator
    private var groups: [String: RespondentSetAccumulator] = [:]

    init(instrument: Instrument) {
        overall = RespondentSetAccumulator(instrument: instrument)
    }

    mutating func add(_ response: Response, instrument: Instrument, offsets: [Int]) {
        overall.add(response.answers, instrument: instrument, offsets: offsets)
        if let group = response.group {
            groups[group, default: RespondentSetAccumulator(instrument: instrument)]
                .add(response.answers, instrument: instrument, offsets: offsets)
        }
    }

    func result(label: String, instrument: Instrument, options: ScoringOptions) -> RoundResult {
        let dimensions = overall.statistics(instrument: instrument, minimumForAlpha: options.minimumForAlpha)
        let suppressed = GroupSuppression.suppressedGroups(
            sizes: groups.mapValues(\.respondents), minimumSize: options.minimumGroupSize)
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
        return RoundResult(
            label: label, respondents: overall.respondents,
            healthIndex: HealthSummary.healthIndex(dimensions, scale: instrument.scale),
            balance: HealthSummary.balance(dimensions),
            dimensions: dimensions, groups: groupResults)
    }
}
