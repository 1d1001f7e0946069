/// Scores responses as they arrive, one at a time, sorted into rounds (and groups within
/// them). Memory grows with the instrument, the rounds and the groups, not with the number
/// of respondents; only responses with a ``Response/respondentKey`` (members linked across
/// rounds, for paired change) keep their dimension scores, about 300 bytes each.
///
/// ```swift
/// var builder = AssessmentBuilder(instrument: instrument)
/// for response in responses { builder.add(response, round: "2026-Q1") }
/// let rounds = builder.results(options: ScoringOptions())
/// ```
public struct AssessmentBuilder: Sendable {
    /// The instrument the answers belong to.
    public let instrument: Instrument
    /// The coalition's member list, which connection answers' member indexes point into.
    public let members: [Member]
    private let itemCount: Int
    private var roundLabels: [String] = []
    private var rounds: [String: RoundAccumulator] = [:]
    private var rejected: [String: Int] = [:]
    private var onlyMissing: [String: Int] = [:]
    private let keepsResponses: Bool
    private let keptPerRound: Int
    private var kept: [String: [Response]] = [:]
    /// Whether this builder is a part, made by ``part()`` to be merged.
    private var isPart = false

    /// Creates an empty builder. With `keepingResponses`, accepted responses are also kept
    /// for reports that list them: the first `atMost` of each round (memory then grows with
    /// that number, not with the rest of the respondents).
    /// `members` is the coalition's member list, for the network of connections.
    public init(instrument: Instrument, keepingResponses: Bool = false, atMost: Int = .max, members: [Member] = []) {
        self.instrument = instrument
        self.members = members
        keepsResponses = keepingResponses
        keptPerRound = max(0, atMost)
        itemCount = instrument.items.count
    }

    /// Declares a round so that it is reported even if no response is accepted into it.
    /// Rounds are reported in the order they are first declared or added to.
    public mutating func declareRound(_ label: String) {
        if rounds[label] == nil {
            roundLabels.append(label)
            rounds[label] = RoundAccumulator(instrument: instrument, recording: isPart)
        }
    }

    /// Adds one accepted response to `round`. Its answers must follow ``Instrument/items``,
    /// each a value on the scale or nil. A kept response (`keepingResponses`) is kept without
    /// its ``Response/respondentKey``.
    public mutating func add(_ response: Response, round: String) {
        precondition(response.answers.count == itemCount, "a response needs one answer slot per instrument item")
        declareRound(round)
        rounds[round]!.add(response, instrument: instrument)
        if keepsResponses, (kept[round]?.count ?? 0) < keptPerRound {
            // Kept for reports, which must not carry anything derived from an identifier.
            var kept = response
            kept.respondentKey = nil
            // Nor the organisation or the names it gave: answers are never shown beside an organisation.
            kept.connections = nil
            self.kept[round, default: []].append(kept)
        }
    }

    /// Counts a row of `round` that was read but not accepted (its reason is a ``Finding``),
    /// so that rows read = accepted + rejected.
    public mutating func reject(round: String) {
        declareRound(round)
        rejected[round, default: 0] += 1
    }

    /// Counts a row of `round` that was read but not accepted because it answered nothing on
    /// the scale, only blanks and missing labels ("Don't know", "Not applicable"): a rejected
    /// row that is also counted in ``RowCounts/onlyMissing``.
    public mutating func rejectOnlyMissing(round: String) {
        reject(round: round)
        onlyMissing[round, default: 0] += 1
    }

    /// Reports the group `name` as `newName` from now on, in every round and in the kept
    /// responses (the import's neutral labels make room for a group of that name). `newName`
    /// must not name a group yet.
    public mutating func renameGroup(_ name: String, to newName: String) {
        for label in roundLabels { rounds[label]!.renameGroup(name, to: newName) }
        for (label, responses) in kept where responses.contains(where: { $0.group == name }) {
            kept[label] = responses.map { response in
                var response = response
                if response.group == name { response.group = newName }
                return response
            }
        }
    }

    /// An empty builder with the same instrument and kept responses, for one part of the
    /// input read on its own (a part of a file, on another core) and then added to this one with
    /// ``merge(_:groupNames:)``. A part keeps its respondents' health scores (8 bytes each)
    /// until it is merged, so that merging gives exactly the numbers of one pass.
    public func part() -> AssessmentBuilder {
        var part = AssessmentBuilder(instrument: instrument, keepingResponses: keepsResponses, atMost: keptPerRound, members: members)
        part.isPart = true
        return part
    }

    /// Adds everything `part` (made by ``part()``) holds, as if its responses and rejected rows
    /// had been added here one by one after the ones already here: rounds first seen in it
    /// come after this builder's, in its order; counts and sums are added; a linked
    /// respondent's later scores replace earlier ones; kept responses fill each round up to
    /// its limit. Its groups are reported under `groupNames[name]` where that has an entry
    /// (names a part gave groups before the run named them).
    public mutating func merge(_ part: AssessmentBuilder, groupNames: [String: String] = [:]) {
        precondition(part.isPart, "only a builder made by part() can be merged")
        for label in part.roundLabels {
            declareRound(label)
            rounds[label]!.merge(part.rounds[label]!, groupNames: groupNames)
            rejected[label, default: 0] += part.rejected[label, default: 0]
            onlyMissing[label, default: 0] += part.onlyMissing[label, default: 0]
            for var response in part.kept[label, default: []] where (kept[label]?.count ?? 0) < keptPerRound {
                if let group = response.group, let name = groupNames[group] { response.group = name }
                kept[label, default: []].append(response)
            }
        }
    }

    /// The results of every round, in the order rounds were first seen.
    public func results(options: ScoringOptions) -> [RoundResult] {
        roundLabels.map { label in
            var result = rounds[label]!.result(label: label, instrument: instrument, members: members, options: options)
            result.rows = RowCounts(accepted: result.respondents, rejected: rejected[label, default: 0],
                                    onlyMissing: onlyMissing[label, default: 0])
            result.responses = kept[label, default: []]
            return result
        }
    }
}
