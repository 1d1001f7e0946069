import TapestryScoring

/// `tapestry compare --format json`: the assessment JSON with a `comparison` object for the
/// latest round, laid out from the ``ComparisonModel``: each shown group's largest gap to the
/// rest (with the area's title), the statements with the widest spread between groups (with
/// their text), and each hidden group with the reason it is hidden.
public enum ComparisonJSON {
    /// The JSON text, ending with a newline.
    public static func render(_ model: ComparisonModel) -> String {
        let assessment = AssessmentJSON.value(model.report.assessment)
        guard case var .object(members) = assessment, let round = model.round else {
            return assessment.rendered() + "\n"
        }
        members.append(("comparison", .object([
            ("round", .string(round.label)),
            ("differences", .array(model.differences.map { difference in
                .object([("group", .string(difference.group)), ("dimension", .string(difference.area.id)),
                         ("groupMean", .number(difference.groupMean)), ("restMean", .number(difference.restMean)),
                         ("gap", .number(difference.gap)), ("title", .string(difference.area.title))])
            })),
            ("spreads", .array(model.spreads.map { spread in
                .object([("item", .string(spread.item)),
                         ("lowest", .object([("group", .string(spread.lowest.group)), ("mean", .number(spread.lowest.mean))])),
                         ("highest", .object([("group", .string(spread.highest.group)), ("mean", .number(spread.highest.mean))])),
                         ("range", .number(spread.range)), ("text", .string(spread.text))])
            })),
            ("hidden", .array((model.groups?.hidden ?? []).map { group in
                .object([("group", .string(group.name)), ("n", .int(group.n)), ("reason", .string(group.hiddenReason))])
            })),
        ])))
        return JSONValue.object(members).rendered() + "\n"
    }
}
