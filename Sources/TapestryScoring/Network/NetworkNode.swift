/// One organisation in the coalition's network and its position in it.
public struct NetworkNode: Sendable, Equatable {
    /// The organisation's name, as the member list writes it.
    public var name: String
    /// The member type from the member list (e.g. `ngo`, `faith`, `government`); nil when not given.
    public var type: String?
    /// Whether the organisation is on the member list (false: a responding organisation that is not).
    public var isMember: Bool
    /// Whether at least one respondent spoke for it.
    public var responded: Bool
    /// Ties pointing to it.
    public var inDegree: Int
    /// Ties from it.
    public var outDegree: Int
    /// Distinct neighbours, either direction.
    public var degree: Int
    /// Betweenness centrality on the undirected ties, normalised by (n−1)(n−2)/2.
    public var betweenness: Double

    /// Creates a node.
    public init(name: String, type: String?, isMember: Bool, responded: Bool, inDegree: Int,
                outDegree: Int, degree: Int, betweenness: Double) {
        self.name = name
        self.type = type
        self.isMember = isMember
        self.responded = responded
        self.inDegree = inDegree
        self.outDegree = outDegree
        self.degree = degree
        self.betweenness = betweenness
    }
}
