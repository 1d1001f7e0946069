import TapestryScoring

/// `tapestry compare` worked out once, for a workshop that scores itself by table: the groups
/// of the latest round side by side, where each shown group differs most from the rest of the
/// room, the statements that split the groups most, and the privacy rule with the reason each
/// hidden group is hidden. The terminal and JSON renderers of the comparison only lay it out.
public struct ComparisonModel: Sendable {
    /// The report model of the assessment (the JSON renderer writes its full precision).
    public var report: ReportModel
    /// The column the groups come from, as given to `--group-by`.
    public var groupedBy: String
    /// "Comparing groups by table".
    public var title: String
    /// "Round tables: 4 groups, 20 respondents", or "No round to compare." without a round.
    public var roundLine: String
    /// The round compared (the report's latest); nil when there is none.
    public var round: ReportModel.Round?
    /// Its groups, hidden ones included, with the privacy rule; nil when no row had a group.
    public var groups: ReportModel.Groups?
    /// How to show every table at an open workshop; nil when every group is shown anyway.
    public var openWorkshopAdvice: String?
    /// What the side-by-side table's numbers mean.
    public var tableNote: String
    /// Said instead of the table when no group is large enough to show.
    public var nothingShown: String
    /// Each shown group's largest difference from the rest of the room, in group order.
    public var differences: [Difference]
    /// The statements that split the shown groups most, widest first.
    public var spreads: [Spread]
    /// The comparison as the scoring library computed it (the JSON writes its full precision);
    /// nil without a round.
    public var comparison: GroupComparison?

    /// The comparison of `report`'s latest round, whose groups come from the `groupedBy` column.
    public init(_ report: ReportModel, groupedBy: String) {
        self.report = report
        self.groupedBy = groupedBy
        title = "Comparing groups by \(groupedBy)"
        let round = report.latest
        self.round = round
        groups = round?.groups
        let columns = groups?.columns ?? []
        roundLine = round.map { "Round \($0.label): \(ReportWords.plural(columns.count, "group")), \(ReportWords.plural($0.respondents, "respondent"))" }
            ?? "No round to compare."
        openWorkshopAdvice = report.assessment.options.isAnonymous && !(groups?.hidden.isEmpty ?? true)
            ? "For an open workshop, where everyone agrees to it, --min-group-size 1 shows every table." : nil
        tableNote = "Each area's score, and in brackets how closely the group's members agree with each other (below 0.7, they see it differently)."
        nothingShown = "No group is large enough to show."
        comparison = report.assessment.latestRound.map { GroupComparison($0, instrument: report.assessment.instrument) }
        let areas = round?.areas ?? []
        differences = (comparison?.differences ?? []).compactMap { difference in
            areas.first { $0.id == difference.dimension }.map { Difference(difference, area: $0) }
        }
        let statements = areas.flatMap(\.statements)
        spreads = (comparison?.spreads ?? []).map { spread in
            Spread(spread, text: statements.first { $0.id == spread.item }?.text ?? "")
        }
    }
}
