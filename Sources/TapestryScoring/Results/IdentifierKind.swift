/// What identifies a member across rounds in a file: how its link column was found. Rounds
/// whose columns are of different kinds (e-mail addresses in one, member ids in the other)
/// cannot be linked.
public enum IdentifierKind: String, Sendable {
    /// The column `--link-by` names.
    case named
    /// An e-mail column.
    case email
    /// A member id the coordinator put in (`respondent` in the canonical CSV).
    case memberID

    /// What the column holds, in words.
    public var words: String {
        switch self {
        case .named: "the column named with --link-by"
        case .email: "e-mail addresses"
        case .memberID: "member ids"
        }
    }
}
