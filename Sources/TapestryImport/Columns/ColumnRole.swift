/// What a column of an input is used for.
public enum ColumnRole: Sendable, Equatable {
    /// Answers to the instrument item at this position of ``Instrument/items``.
    case item(Int)
    /// The group each respondent belongs to (`--group-by`).
    case group
    /// The round each row belongs to.
    case round
    /// A respondent identifier: used to find duplicates and link rounds, never shown.
    case respondent
    /// Kept as context (a timestamp, say) but not scored.
    case metadata
    /// Personal data: dropped at import, never read further.
    case personal
    /// Not used.
    case ignored
    /// The respondent's own organisation (`organisation`, or `--organisation-column`).
    case organisation
    /// Answers to the connection question at this position of ``Instrument/connections``:
    /// names in one cell (`choice` nil), or one column per choice, `choice` its name or code.
    case connection(Int, choice: String?)

    /// The role's name as `inspect` reports it.
    public var name: String {
        switch self {
        case .item: "item"
        case .group: "group"
        case .round: "round"
        case .respondent: "respondent"
        case .metadata: "metadata"
        case .personal: "personal"
        case .ignored: "ignored"
        case .organisation: "organisation"
        case .connection: "connection"
        }
    }
}
