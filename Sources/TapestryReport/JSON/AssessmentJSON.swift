import TapestryScoring

/// Turns an ``Assessment`` into the JSON contract of methodology.md, schema
/// `tapestry.assessment/1`: full-precision numbers and `null` for every statistic that cannot
/// be computed. Keys beyond the documented ones: `instrument.title`, `privacy`,
/// `rounds[].respondents`, `rounds[].rows.onlyMissing` (the rejected rows that answered only
/// blanks and missing labels, part of `rejected`), `rounds[].categories` (each category's
/// health and band), `title` per dimension, `text`, `agree` and `disagree` per item, the full statistics (plus `healthIndex`)
/// for groups, and `links` (per pair of consecutive rounds, how many members were linked, by
/// which columns, or why none were), and `rounds[].network` (the map of connections, `null`
/// when not computed) with `brokers` beyond the documented keys. The health index's change is listed under `changes` with
/// `"dimension": "healthIndex"`. Findings are listed in the order found.
public enum AssessmentJSON {
    /// The assessment as a JSON value.
    public static func value(_ assessment: Assessment) -> JSONValue {
        .object([
            ("schema", .string(Assessment.schema)),
            ("instrument", .object([
                ("id", .string(assessment.instrument.id)),
                ("version", .string(assessment.instrument.version)),
                ("title", .string(assessment.instrument.title)),
            ])),
            ("coalition", .string(assessment.coalition)),
            ("privacy", .object([
                ("minGroupSize", .int(assessment.options.minimumGroupSize)),
                ("anonymous", .bool(assessment.options.isAnonymous)),
            ])),
            ("rounds", .array(assessment.rounds.map { round($0, instrument: assessment.instrument) })),
            ("changes", .array(assessment.changes.map(change))),
            ("links", .array(assessment.links.map(link))),
            ("findings", .array(assessment.findings.map(finding))),
        ])
    }

    static func round(_ round: RoundResult, instrument: Instrument) -> JSONValue {
        .object([
            ("label", .string(round.label)),
            ("rows", .object([
                ("read", .int(round.rows.read)),
                ("accepted", .int(round.rows.accepted)),
                ("rejected", .int(round.rows.rejected)),
                ("onlyMissing", .int(round.rows.onlyMissing)),
            ])),
            ("respondents", .int(round.respondents)),
            ("healthIndex", .number(round.healthIndex)),
            ("balance", .number(round.balance)),
            ("categories", .array(round.categories.map(category))),
            ("dimensions", .array(round.dimensions.map { dimension($0, instrument: instrument, withItems: true) })),
            ("groups", .array(round.groups.map { group($0, instrument: instrument) })),
            ("network", round.network.map(network) ?? .null),
        ])
    }

    /// `rounds[].network` as methodology.md ("Connections") gives it, then `brokers` (the
    /// nodes of highest betweenness, at most three).
    static func network(_ network: NetworkSummary) -> JSONValue {
        .object([
            ("members", .int(network.members)),
            ("responding", .int(network.responding)),
            ("ties", .int(network.ties)),
            ("density", .number(network.density)),
            ("reciprocity", .number(network.reciprocity)),
            ("components", .int(network.components)),
            ("nodes", .array(network.nodes.map { node in
                .object([
                    ("name", .string(node.name)),
                    ("type", .string(node.type)),
                    ("inDegree", .int(node.inDegree)),
                    ("outDegree", .int(node.outDegree)),
                    ("degree", .int(node.degree)),
                    ("betweenness", .number(node.betweenness)),
                ])
            })),
            ("isolates", .array(network.isolates.map { .string($0) })),
            ("notResponding", .array(network.notResponding.map { .string($0) })),
            ("suggestions", .array(network.suggestions.map { suggestion in
                .object([("name", .string(suggestion.name)), ("mentions", .int(suggestion.mentions))])
            })),
            ("brokers", .array(network.brokers.map { .string($0) })),
        ])
    }

    static func category(_ category: CategoryHealth) -> JSONValue {
        .object([
            ("category", .string(category.category)),
            ("health", .number(category.health)),
            ("band", .string(category.band?.rawValue)),
        ])
    }

    static func dimension(_ dimension: DimensionStatistics, instrument: Instrument, withItems: Bool) -> JSONValue {
        let definition = instrument.dimensions.first { $0.id == dimension.id }
        var members: [(String, JSONValue)] = [
            ("id", .string(dimension.id)),
            ("title", .string(definition?.title ?? dimension.id)),
            ("category", .string(dimension.category)),
            ("polarity", .string(dimension.polarity.rawValue)),
            ("n", .int(dimension.n)),
            ("mean", .number(dimension.mean)),
            ("sd", .number(dimension.sd)),
            ("median", .number(dimension.median)),
            ("ci95", dimension.ci95.map { .array([.number($0.lower), .number($0.upper)]) } ?? .null),
            ("band", .string(dimension.band?.rawValue)),
            ("favorable", .number(dimension.favorable)),
            ("alpha", .number(dimension.alpha)),
            ("rwg", .number(dimension.rwg)),
        ]
        if withItems {
            let texts = Dictionary(uniqueKeysWithValues: (definition?.items ?? []).map { ($0.id, $0.text) })
            members.append(("items", .array(dimension.items.map { item($0, text: texts[$0.id] ?? $0.id) })))
        }
        return .object(members)
    }

    static func item(_ item: ItemStatistics, text: String) -> JSONValue {
        .object([
            ("id", .string(item.id)),
            ("text", .string(text)),
            ("reverse", .bool(item.reverse)),
            ("n", .int(item.n)),
            ("mean", .number(item.mean)),
            ("sd", .number(item.sd)),
            ("counts", .array(item.counts.map { .int($0) })),
            ("missing", .int(item.missing)),
            ("agree", .number(item.agree)),
            ("disagree", .number(item.disagree)),
        ])
    }

    static func group(_ group: GroupResult, instrument: Instrument) -> JSONValue {
        .object([
            ("name", .string(group.name)),
            ("n", .int(group.n)),
            ("suppressed", .bool(group.suppressed)),
            ("healthIndex", .number(group.healthIndex)),
            ("dimensions", .array(group.dimensions.map { dimension($0, instrument: instrument, withItems: false) })),
        ])
    }

    static func change(_ change: ChangeResult) -> JSONValue {
        .object([
            ("from", .string(change.from)),
            ("to", .string(change.to)),
            ("dimension", .string(change.dimension)),
            ("difference", .number(change.difference)),
            ("ci95", change.ci95.map { .array([.number($0.lower), .number($0.upper)]) } ?? .null),
            ("effect", .number(change.effect)),
            ("paired", .bool(change.paired)),
            ("pairs", .int(change.pairs)),
            ("direction", .string(change.direction.rawValue)),
            ("bandFrom", .string(change.bandFrom?.rawValue)),
            ("bandTo", .string(change.bandTo?.rawValue)),
        ])
    }

    /// `{ "from", "to", "linked": N, "columns": [headings], "identified": { "from": N, "to": N },
    /// "reason": null | "noIdentifyingColumn" | "differentColumns" | "emptyColumn" |
    /// "noMemberInBoth", "note": "…" }`.
    static func link(_ link: RoundLink) -> JSONValue {
        .object([
            ("from", .string(link.from)),
            ("to", .string(link.to)),
            ("linked", .int(link.linked)),
            ("columns", .array(link.columns.map { .string($0) })),
            ("identified", .object([("from", .int(link.fromIdentified)), ("to", .int(link.toIdentified))])),
            ("reason", .string(link.reason?.rawValue)),
            ("note", .string(LinkWords.sentence(link))),
        ])
    }

    /// A finding as the JSON gives it (package access: `tapestry inspect --format json` lists
    /// findings the same way).
    package static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("severity", .string(finding.severity.rawValue)),
            ("file", .string(finding.file)),
            ("line", .int(finding.line)),
            ("column", .string(finding.column)),
            ("message", .string(finding.message)),
        ])
    }
}
