import TapestryScoring

/// `tapestry compare --format json`: the assessment JSON with a `comparison` object for the
/// latest round: each shown group's largest gap to the rest, and the statements with the
/// widest spread between groups.
public enum ComparisonJSON {
    /// The JSON text, ending with a newline.
    public static func render(_ assessment: Assessment) -> String {
        guard case var .object(members) = AssessmentJSON.value(assessment), let round = assessment.latestRound else {
            return AssessmentJSON.value(assessment).rendered() + "\n"
        }
        let comparison = GroupComparison(round, instrument: assessment.instrument)
        members.append(("comparison", .object([
            ("round", .string(round.label)),
            ("differences", .array(comparison.differences.map { difference in
                .object([("group", .string(difference.group)), ("dimension", .string(difference.dimension)),
                         ("groupMean", .number(difference.groupMean)), ("restMean", .number(difference.restMean)),
                         ("gap", .number(difference.gap))])
            })),
            ("spreads", .array(comparison.spreads.map { spread in
                .object([("item", .string(spread.item)),
                         ("lowest", .object([("group", .string(spread.lowest.group)), ("mean", .number(spread.lowest.mean))])),
                         ("highest", .object([("group", .string(spread.highest.group)), ("mean", .number(spread.highest.mean))])),
                         ("range", .number(spread.range))])
            })),
        ])))
        return JSONValue.object(members).rendered() + "\n"
    }
}
