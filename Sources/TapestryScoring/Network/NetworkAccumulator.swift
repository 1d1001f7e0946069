/// One round's connection answers, gathered per responding organisation: the union of the
/// members its respondents named, and the should-join names it gave. Memory grows with the
/// organisations and names, not with the respondents. Two accumulators of one round (chunks of
/// its rows, read apart) ``merge(_:)`` into the one they would be had the rows been read in one.
struct NetworkAccumulator: Sendable, Equatable {
    /// A responding organisation: a member (index into the list) or one not on it (its key).
    enum Organisation: Hashable, Sendable {
        case member(Int)
        case unlisted(String)
    }

    /// The members each responding organisation named (self-ties included; dropped later).
    private(set) var ties: [Organisation: Set<Int>] = [:]
    /// The name of each unlisted responding organisation, as first written.
    private(set) var unlistedNames: [String: String] = [:]
    /// Each should-join name (by key): as first written, and the organisations that gave it.
    private(set) var suggestions: [String: (name: String, namers: Set<Organisation>)] = [:]
    /// The order keys were first seen in, so a merged name is the first written.
    private(set) var suggestionOrder: [String] = []
    /// Respondents who answered a connection question without saying their organisation.
    private(set) var unattributed = 0

    static func == (lhs: NetworkAccumulator, rhs: NetworkAccumulator) -> Bool {
        lhs.ties == rhs.ties && lhs.unlistedNames == rhs.unlistedNames && lhs.suggestionOrder == rhs.suggestionOrder
            && lhs.unattributed == rhs.unattributed
            && lhs.suggestions.keys.allSatisfy { key in
                lhs.suggestions[key]!.name == rhs.suggestions[key]?.name && lhs.suggestions[key]!.namers == rhs.suggestions[key]?.namers
            }
    }

    /// Adds one respondent's answers.
    mutating func add(_ answers: ConnectionAnswers) {
        let organisation: Organisation
        if let member = answers.member {
            organisation = .member(member)
        } else if let unlisted = answers.unlisted {
            organisation = .unlisted(unlisted.key)
            if unlistedNames[unlisted.key] == nil { unlistedNames[unlisted.key] = unlisted.name }
        } else {
            if !answers.worksWith.isEmpty || !answers.shouldJoin.isEmpty { unattributed += 1 }
            return
        }
        ties[organisation, default: []].formUnion(answers.worksWith)
        for suggestion in answers.shouldJoin {
            if suggestions[suggestion.key] == nil {
                suggestions[suggestion.key] = (suggestion.name, [])
                suggestionOrder.append(suggestion.key)
            }
            suggestions[suggestion.key]!.namers.insert(organisation)
        }
    }

    /// Adds the answers `other` gathered, read after this one's.
    mutating func merge(_ other: NetworkAccumulator) {
        for (organisation, named) in other.ties { ties[organisation, default: []].formUnion(named) }
        for (key, name) in other.unlistedNames where unlistedNames[key] == nil { unlistedNames[key] = name }
        for key in other.suggestionOrder {
            let theirs = other.suggestions[key]!
            if suggestions[key] == nil {
                suggestions[key] = (theirs.name, [])
                suggestionOrder.append(key)
            }
            suggestions[key]!.namers.formUnion(theirs.namers)
        }
        unattributed += other.unattributed
    }

    /// Organisations at least one respondent spoke for.
    var responding: Int { ties.count }

    /// The network over `members`, or nil when the round has fewer responding organisations
    /// than `minimumOrganisations` (unless `always`) or there is no member list.
    func summary(members: [Member], minimumOrganisations: Int, always: Bool) -> NetworkSummary? {
        guard !members.isEmpty, always || responding >= max(1, minimumOrganisations) else { return nil }
        let unlisted = unlistedNames.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        var index: [Organisation: Int] = [:]
        for member in members.indices { index[.member(member)] = member }
        for (offset, entry) in unlisted.enumerated() { index[.unlisted(entry.key)] = members.count + offset }
        var nodes = members.map { NetworkBuilder.Node(name: $0.name, type: $0.type, isMember: true) }
        nodes += unlisted.map { NetworkBuilder.Node(name: $0.value, type: nil, isMember: false) }
        var outTies = [Set<Int>](repeating: [], count: nodes.count)
        var responded = [Bool](repeating: false, count: nodes.count)
        for (organisation, named) in ties {
            let from = index[organisation]!
            responded[from] = true
            outTies[from].formUnion(named.filter { $0 != from && $0 < members.count })
        }
        let counted = suggestions.map { key, value in (key, NetworkSuggestion(name: value.name, mentions: value.namers.count)) }
        return NetworkBuilder.summary(nodes: nodes, ties: outTies, responded: responded,
                                      suggestions: counted.map(\.1))
    }
}
