import TapestryScoring

/// `tapestry compare --format json`: schema `tapestry.comparison/1` — the assessment JSON
/// (every key of `tapestry.assessment/1` but its schema name) with a `comparison` object for
/// the latest round, laid out from the ``ComparisonModel``: each shown group's largest gap to
/// the rest (with the area's title, everyone else's n, the gap's 95 % interval and whether it
/// is within chance), every shown group's gap in every area (`gaps`, the same keys), the
/// statements with the widest spread between groups (with their text), and each hidden group
/// with its size and the reason it is hidden only.
public enum ComparisonJSON {
    /// The schema name of the comparison's JSON.
    public static let schema = "tapestry.comparison/1"

    /// The JSON text, ending with a newline.
    public static func render(_ model: ComparisonModel) -> String {
        guard case var .object(members) = AssessmentJSON.value(model.report.assessment) else {
            return AssessmentJSON.value(model.report.assessment).rendered() + "\n"
        }
        members = members.map { $0.0 == "schema" ? ("schema", .string(schema)) : $0 }
        guard let round = model.round else { return JSONValue.object(members).rendered() + "\n" }
        members.append(("comparison", .object([
            ("round", .string(round.label)),
            ("differences", .array(model.differences.map(Self.difference))),
            ("gaps", .array(model.rows.flatMap(\.groups).compactMap(\.difference).map(Self.difference))),
            ("spreads", .array(model.spreads.map { spread in
                .object([("item", .string(spread.item)),
                         ("lowest", .object([("group", .string(spread.lowest.group)), ("mean", .number(spread.lowest.mean))])),
                         ("highest", .object([("group", .string(spread.highest.group)), ("mean", .number(spread.highest.mean))])),
                         ("range", .number(spread.range)), ("text", .string(spread.text))])
            })),
            ("hidden", .array((model.groups?.hidden ?? []).map { group in
                .object([("group", .string(group.name)), ("n", .int(group.n)), ("reason", .string(group.hiddenReason ?? ""))])
            })),
        ])))
        return JSONValue.object(members).rendered() + "\n"
    }

    private static func difference(_ difference: ComparisonModel.Difference) -> JSONValue {
        .object([("group", .string(difference.group)), ("dimension", .string(difference.area.id)),
                 ("groupMean", .number(difference.groupMean)), ("restMean", .number(difference.restMean)),
                 ("gap", .number(difference.gap)), ("title", .string(difference.area.title)),
                 ("restN", .int(difference.restN)),
                 ("ci95", difference.ci95.map { .array([.number($0.lower), .number($0.upper)]) } ?? .null),
                 ("withinChance", .bool(difference.chance != .beyondChance))])
    }
}
