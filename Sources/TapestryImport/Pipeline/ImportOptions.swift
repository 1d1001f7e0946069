import TapestryScoring

/// Choices that change how exports are read.
public struct ImportOptions: Sendable {
    /// The name given to respondents whose group cell is blank.
    public static let unstatedGroup = "(not stated)"

    /// The heading of the group column, if grouping.
    public var groupBy: String?
    /// Headings and labels tapestry cannot work out itself.
    public var mapping: MappingFile
    /// Keep partial and test responses instead of rejecting them.
    public var includePartial: Bool
    /// Makes respondent identifiers pseudonymous.
    public var keyer: RespondentKeyer
    /// Splits a file into rounds by its timestamp column.
    public var roundBy: RoundPeriod?
    /// The heading of the column that identifies members across rounds (`--link-by`), in place
    /// of the e-mail or member-id column found by itself (``LinkColumn``).
    public var linkBy: String?
    /// Whether members are linked between rounds (each scored response with an identifier
    /// keeps a keyed hash and its scores, for paired change). On by default; ``Assessor``
    /// turns it off for a run that can only have one round, which then keeps nothing per
    /// respondent.
    public var linkRounds = true
    /// The coalition's member list, which connection answers are matched to.
    public var members: [Member] = []
    /// The heading of the column that holds the respondent's organisation
    /// (`--organisation-column`), in place of a column named `organisation`.
    public var organisationColumn: String?

    /// Creates options; by default nothing is grouped, partial responses are rejected, and
    /// respondent keys last for this run only.
    public init(groupBy: String? = nil, mapping: MappingFile = MappingFile(), includePartial: Bool = false,
                keyer: RespondentKeyer = RespondentKeyer(secret: nil), roundBy: RoundPeriod? = nil, linkBy: String? = nil) {
        self.roundBy = roundBy
        self.groupBy = groupBy
        self.mapping = mapping
        self.includePartial = includePartial
        self.keyer = keyer
        self.linkBy = linkBy
    }
}
