/// One respondent's answers to the connection questions, already matched to the member list
/// by the import: who the respondent speaks for, which members they work with, and who they
/// think should join.
public struct ConnectionAnswers: Sendable, Equatable {
    /// The respondent's organisation as an index into the member list; nil when it is not on
    /// the list or not given.
    public var member: Int?
    /// The respondent's organisation when it is not on the member list.
    public var unlisted: NamedOrganisation?
    /// The members named in works-with questions (indexes into the member list).
    public var worksWith: Set<Int>
    /// Names given in should-join questions that are not members.
    public var shouldJoin: [NamedOrganisation]

    /// Creates a respondent's connection answers.
    public init(member: Int? = nil, unlisted: NamedOrganisation? = nil, worksWith: Set<Int> = [],
                shouldJoin: [NamedOrganisation] = []) {
        self.member = member
        self.unlisted = unlisted
        self.worksWith = worksWith
        self.shouldJoin = shouldJoin
    }
}
