/// What a connection question asks about.
public enum ConnectionKind: String, Sendable, Equatable, CaseIterable {
    /// Which member organisations the respondent's organisation works with: each name is a tie.
    case worksWith = "works-with"
    /// Which organisations or people the coalition should bring in: names that are not members
    /// are suggestions.
    case shouldJoin = "should-join"
}
