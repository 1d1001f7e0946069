/// One organisation on the coalition's member list.
public struct Member: Sendable, Equatable {
    /// The organisation's name, as the list writes it.
    public var name: String
    /// The member type (e.g. `ngo`, `faith`, `government`); nil when not given.
    public var type: String?

    /// Creates a member.
    public init(name: String, type: String? = nil) {
        self.name = name
        self.type = type
    }
}
