import TapestryScoring

extension ReportModel {
    /// Every round's map, in round order, each with its change since the previous map.
    static func networks(_ assessment: Assessment) -> [Network] {
        var networks: [Network] = []
        var previous: (label: String, summary: NetworkSummary)?
        for round in assessment.rounds {
            guard let summary = round.network else { continue }
            networks.append(network(summary, round: round.label, previous: previous))
            previous = (round.label, summary)
        }
        return networks
    }

    /// Why the latest round has no map although the connection questions were asked of a
    /// coalition with a member list; nil when it has one, or when there is nothing to map.
    static func networkNote(_ assessment: Assessment) -> String? {
        guard let latest = assessment.latestRound, latest.networkWithheld else { return nil }
        let minimum = assessment.options.minimumGroupSize
        return "The map of connections is not shown for \(latest.label): it needs answers from at least \(minimum) member "
            + "organisations (the smallest group this report shows), so that no organisation's answers can be singled out."
    }

    /// The map of one round, with what changed since `previous`.
    static func network(_ summary: NetworkSummary, round: String, previous: (label: String, summary: NetworkSummary)?) -> Network {
        let nodes = summary.nodes
        let isolates = Set(summary.isolates), brokers = Set(summary.brokers)
        let untyped = "no type given"
        var types: [String] = []
        for node in nodes { if let type = node.type, !types.contains(type) { types.append(type) } }
        if nodes.contains(where: { $0.type == nil }) { types.append(untyped) }
        let components = componentNumbers(summary)
        let tieSet = Set(summary.tieList)
        let members = nodes.enumerated().map { index, node in
            let isBroker = brokers.contains(node.name), isIsolate = isolates.contains(node.name)
            return Network.Member(
                index: index, name: node.name, type: node.type, typeWord: node.type ?? untyped,
                typeIndex: types.firstIndex(of: node.type ?? untyped) ?? 0, isMember: node.isMember, responded: node.responded,
                respondedWord: node.responded ? (node.isMember ? "yes" : "yes (not on the member list)") : "not yet",
                answeredWord: node.responded ? "yes" : "not yet", listedWord: node.isMember ? "yes" : "no",
                inDegree: node.inDegree, outDegree: node.outDegree, betweenness: node.betweenness,
                betweennessText: ReportNumbers.fixed(node.betweenness, decimals: 2),
                isBroker: isBroker, isIsolate: isIsolate,
                role: isBroker ? "holds the coalition together" : isIsolate ? "no ties" : "",
                component: components[index])
        }
        let ties = summary.tieList.filter { nodes.indices.contains($0.from) && nodes.indices.contains($0.to) }.map { tie in
            let returned = tieSet.contains(NetworkTie(from: tie.to, to: tie.from))
            return Network.Tie(fromIndex: tie.from, toIndex: tie.to, from: nodes[tie.from].name, to: nodes[tie.to].name,
                               returned: returned, returnedWord: returned ? "yes" : "no")
        }
        let suggestions = summary.suggestions.map {
            Network.Suggestion(name: $0.name, mentions: $0.mentions, mentionsText: "named by \(ReportWords.plural($0.mentions, "member"))")
        }
        let densityText = ReportNumbers.percent(summary.density)
        let reciprocityText = ReportNumbers.percent(summary.reciprocity)
        let figures = [
            Network.Figure(label: "Organisations on the map", value: String(summary.members)),
            Network.Figure(label: "Answered the connection questions", value: "\(summary.responding) of \(summary.members)"),
            Network.Figure(label: "Ties named", value: String(summary.ties)),
            Network.Figure(label: "Density", value: "\(densityText) of possible ties"),
            Network.Figure(label: "Ties returned (both named each other)", value: reciprocityText),
            Network.Figure(label: "Separate parts (a member with no ties is one)", value: String(summary.components)),
        ]

        var sentences: [String] = []
        sentences.append("Members named \(ReportWords.plural(summary.ties, "working tie")) among \(summary.members) organisations: "
            + "\(densityText) of all the ties there could be."
            + (summary.reciprocity == nil ? "" : " \(reciprocityText) of the ties were returned (both organisations named each other)."))
        let linkedParts = summary.components - summary.isolates.count
        if linkedParts > 1 {
            sentences.append("The members with ties form \(linkedParts) separate groups that do not work with each other on this issue.")
        } else if linkedParts == 1 {
            sentences.append(summary.isolates.isEmpty ? "Every member is linked to every other, directly or through others."
                : "Apart from the members with no ties, every member is linked to every other, directly or through others.")
        }
        if summary.isolates.isEmpty {
            sentences.append("Every member has at least one tie.")
        } else {
            sentences.append("\(ReportWords.count(summary.isolates.count, "member has", "members have")) no ties either way: "
                + "\(ReportWords.list(summary.isolates)).")
        }
        if let first = summary.brokers.first {
            let others = Array(summary.brokers.dropFirst())
            sentences.append("\(first) holds the coalition together most: more ties between other members run through it than through anyone else"
                + (others.isEmpty ? "." : " (then \(ReportWords.list(others)))."))
        }
        if !summary.notResponding.isEmpty {
            sentences.append("\(ReportWords.count(summary.notResponding.count, "member has", "members have")) not answered yet: "
                + "\(ReportWords.list(summary.notResponding)). The map shows only the ties others named to them.")
        }
        if !suggestions.isEmpty {
            sentences.append("Members suggest bringing in " + ReportWords.list(suggestions.map { "\($0.name) (\($0.mentionsText))" }) + ".")
        }

        var change: String?, densityChange: Double?, isolatesChange: Int?
        if let previous {
            let before = previous.summary
            if let now = summary.density, let then = before.density { densityChange = (now - then) * 100 }
            isolatesChange = summary.isolates.count - before.isolates.count
            change = "Since \(previous.label): density went from \(ReportNumbers.percent(before.density)) to \(densityText) of possible ties"
                + (densityChange.map { " (\(ReportNumbers.signed($0, decimals: 0)) points)" } ?? "")
                + "; members with no ties from \(before.isolates.count) to \(summary.isolates.count)."
        }

        var headline = "Connections: \(densityText) of possible ties"
        if let previous, previous.summary.density != nil {
            headline += " (\(ReportNumbers.percent(previous.summary.density)) in \(previous.label))"
        }
        headline += summary.isolates.isEmpty ? ", every member has a tie"
            : ", \(ReportWords.count(summary.isolates.count, "member", "members")) with no ties"
        if !suggestions.isEmpty {
            headline += "; members suggest bringing in \(ReportWords.list(suggestions.prefix(2).map(\.name)))"
        }
        headline += "."

        let labelsShown = nodes.count <= Network.maximumLabelled
        let note = "Each dot is an organisation, coloured by member type; a line is a tie one named, with an arrow towards the organisation named, "
            + "and a thick line without arrows where both named each other. Thick ring: holds the coalition together; square: no ties; "
            + "dashed outline: has not answered yet."
            + (labelsShown ? "" : " With more than \(Network.maximumLabelled) organisations the names are left out of the map; the table below names each.")
        let description = "Map of connections among \(summary.members) organisations in \(round): \(ReportWords.plural(summary.ties, "tie")), "
            + "density \(densityText)."
            + (summary.brokers.isEmpty ? "" : " Holding it together: \(ReportWords.list(summary.brokers)).")
            + (summary.isolates.isEmpty ? "" : " No ties: \(ReportWords.list(summary.isolates)).")

        return Network(
            round: round, summary: summary, figures: figures, densityText: densityText, reciprocityText: reciprocityText,
            sentences: sentences, members: members, ties: ties, types: types, suggestions: suggestions,
            change: change, densityChange: densityChange, isolatesChange: isolatesChange, previousRound: previous?.label,
            headlineSentence: headline, labelsShown: labelsShown, diagramNote: note, diagramDescription: description)
    }

    /// Each node's part of the coalition (weakly connected component), numbered from 1 by
    /// size, largest first (ties by the part's first node); members with no ties last.
    static func componentNumbers(_ summary: NetworkSummary) -> [Int] {
        let count = summary.nodes.count
        var parent = Array(0..<count)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node { parent[node] = parent[parent[node]]; node = parent[node] }
            return node
        }
        for tie in summary.tieList where tie.from < count && tie.to < count && tie.from >= 0 && tie.to >= 0 {
            let a = root(tie.from), b = root(tie.to)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        let roots = (0..<count).map(root)
        let sizes = Dictionary(grouping: roots, by: { $0 }).mapValues(\.count)
        let order = Set(roots).sorted { (sizes[$0] == 1 ? 1 : 0, -(sizes[$0] ?? 0), $0) < (sizes[$1] == 1 ? 1 : 0, -(sizes[$1] ?? 0), $1) }
        let number = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0 + 1) })
        return roots.map { number[$0] ?? 0 }
    }
}
