/// An organisation (or person) named in an answer that is not on the member list: a
/// responding organisation not on the list, or a should-join suggestion.
public struct NamedOrganisation: Sendable, Equatable, Hashable {
    /// The name folded for matching (case, spacing, punctuation): two answers with the same
    /// key name the same organisation.
    public var key: String
    /// The name as written.
    public var name: String

    /// Creates a named organisation.
    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }
}
