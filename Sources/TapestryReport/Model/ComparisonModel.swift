import TapestryScoring

/// `tapestry compare` worked out once, for a workshop that scores itself by table: the groups
/// of the latest round side by side, where each shown group differs most from the rest of the
/// room, the statements that split the groups most, and the privacy rule with the reason each
/// hidden group is hidden, and whether each gap could be chance alone (tables are small). The
/// terminal, JSON, Markdown, HTML and workbook renderers of the comparison only lay it out.
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
    /// What the agreement in brackets (or in its own rows) means.
    public var agreementNote: String
    /// What the table's colours mean.
    public var bandLegend: String
    /// Said instead of the table when no group is large enough to show.
    public var nothingShown: String
    /// The groups shown side by side (``groups``' shown ones).
    public var shown: [ReportModel.GroupColumn]
    /// The heading of the whole room's column: "Whole room".
    public var roomLabel: String
    /// The side-by-side table: one row per area, each shown group and the whole room.
    public var rows: [Row]
    /// What a group's marked score (``Cell/standsOut``) means: "* more than chance…".
    public var markNote: String
    /// The honest word on small groups: how many of the gaps between a group and the rest of
    /// the room are within what chance alone could give; nil when no gap could be worked out.
    public var chanceNote: String?
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
        tableNote = "Each area's score from \(report.scale.min) to \(report.scale.max). The whole room counts everyone who answered, "
            + "the groups not shown included."
        bandLegend = "Colours show each score's band: strength, borderline or concern (for drawbacks, a low score is the healthy one)."
        agreementNote = "how closely the members of each group agree with each other, from 0 to 1 (below 0.7, they see it differently)."
        nothingShown = "No group is large enough to show."
        comparison = report.assessment.latestRound.map { GroupComparison($0, instrument: report.assessment.instrument) }
        let areas = round?.areas ?? []
        differences = (comparison?.differences ?? []).compactMap { difference in
            areas.first { $0.id == difference.dimension }.map { Difference(difference, area: $0) }
        }
        let shown = groups?.shown ?? []
        self.shown = shown
        roomLabel = "Whole room"
        let gaps = comparison?.gaps ?? []
        rows = areas.enumerated().map { index, area in
            Row(area: area, groups: shown.map { group in
                let groupArea = group.areas[index]
                let gap = gaps.first { $0.group == group.name && $0.dimension == area.id }.map { Difference($0, area: area) }
                return Cell(groupArea, difference: gap)
            }, room: Cell(area, difference: nil))
        }
        markNote = "* This group's score differs from everyone else's in the room by more than chance alone would likely give."
        chanceNote = Self.chanceNote(rows.flatMap(\.groups).compactMap(\.difference), shown: shown)
        let statements = areas.flatMap(\.statements)
        let groupStatements = shown.map { $0.areas.flatMap(\.statements) }
        spreads = (comparison?.spreads ?? []).map { spread in
            Spread(spread, text: statements.first { $0.id == spread.item }?.text ?? "",
                   groupMeans: groupStatements.map { list in list.first { $0.id == spread.item }?.statistics.mean },
                   roomMean: statements.first { $0.id == spread.item }?.statistics.mean)
        }
    }

    /// "Groups of 4 to 6 people give rough scores: 45 of the 48 gaps … are within what chance
    /// alone could give …", or nil without gaps.
    static func chanceNote(_ gaps: [Difference], shown: [ReportModel.GroupColumn]) -> String? {
        guard !gaps.isEmpty, let smallest = shown.map(\.n).min(), let largest = shown.map(\.n).max() else { return nil }
        let sizes = smallest == largest ? "Groups of \(smallest) \(smallest == 1 ? "person" : "people")" : "Groups of \(smallest) to \(largest) people"
        let within = gaps.filter { $0.chance != .beyondChance }.count
        let opening = "\(sizes) give rough scores: "
        if within == gaps.count {
            return opening + "every gap between a group and the rest of the room is within what chance alone could give. "
                + "Read the table as a start for talking, not as proof that the groups see things differently."
        }
        let beyond = gaps.count - within
        let marked = within == 0
            ? "every score marked * differs from the rest of the room by more than chance would likely give "
            : "\(within) of the \(gaps.count) gaps between a group and the rest of the room are within what chance alone could give. "
                + "Only the \(ReportWords.plural(beyond, "score")) marked * \(beyond == 1 ? "differs" : "differ") by more than chance would likely give "
        // About 1 interval in 20 leaves out 0 by chance alone; said when that is 1 or more here.
        let expected = Int((Double(gaps.count) / 20).rounded())
        return opening + marked + "(the range of likely gaps, at 95 % confidence, leaves out no gap at all)."
            + (expected >= 1 ? " Even if every group saw things alike, about 1 gap in 20 would be marked by chance: here about \(expected)." : "")
    }
}
