/// A question that asks members to name organisations (the "tapestry of connections"):
/// answered with names, not on the scale.
public struct ConnectionQuestion: Sendable, Equatable {
    /// A stable, short, unique identifier, e.g. `works_with`; also the canonical CSV column name.
    public var id: String
    /// The question as members read it.
    public var text: String
    /// What the names given mean.
    public var kind: ConnectionKind

    /// Creates a connection question.
    public init(id: String, text: String, kind: ConnectionKind) {
        self.id = id
        self.text = text
        self.kind = kind
    }
}
