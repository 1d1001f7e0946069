/// An organisation or person members think the coalition should bring in.
public struct NetworkSuggestion: Sendable, Equatable {
    /// The name, as first written by a respondent (after personal-looking names were dropped).
    public var name: String
    /// How many responding organisations named it.
    public var mentions: Int

    /// Creates a suggestion.
    public init(name: String, mentions: Int) {
        self.name = name
        self.mentions = mentions
    }
}
