/// The coalition's "tapestry of connections" in one round: who works with whom among the
/// member organisations, who is missing, and who holds the coalition together.
///
/// Nodes are the member organisations (the member list) plus any responding organisation not on
/// it; a directed tie runs from a responding organisation to each member it names in a
/// `works-with` question (several respondents of one organisation: the union of their ties;
/// self-ties ignored). Definitions are in docs/methodology.md ("Connections").
public struct NetworkSummary: Sendable, Equatable {
    /// Number of nodes (member organisations, plus responding organisations not on the list).
    public var members: Int
    /// Organisations at least one respondent spoke for.
    public var responding: Int
    /// Directed ties.
    public var ties: Int
    /// ties / (n(n−1)); nil when there are fewer than two nodes.
    public var density: Double?
    /// Share of ties whose reverse tie exists; nil when there are no ties.
    public var reciprocity: Double?
    /// Weakly connected components (isolates count as components).
    public var components: Int
    /// Every node, in the member list's order, then unlisted responding organisations by name.
    public var nodes: [NetworkNode]
    /// The directed ties, as indexes into ``nodes`` (from, to), sorted.
    public var tieList: [NetworkTie]
    /// Names of nodes with no tie in either direction, in node order.
    public var isolates: [String]
    /// Names of the nodes with the highest betweenness (above zero), highest first; ties broken by
    /// node order. At most three.
    public var brokers: [String]
    /// Members no respondent spoke for, in node order.
    public var notResponding: [String]
    /// Names given in `should-join` questions that are not members, most mentioned first (then by
    /// name), with the number of responding organisations that named each.
    public var suggestions: [NetworkSuggestion]

    /// Creates a network summary.
    public init(members: Int, responding: Int, ties: Int, density: Double?, reciprocity: Double?,
                components: Int, nodes: [NetworkNode], tieList: [NetworkTie], isolates: [String],
                brokers: [String], notResponding: [String], suggestions: [NetworkSuggestion]) {
        self.members = members
        self.responding = responding
        self.ties = ties
        self.density = density
        self.reciprocity = reciprocity
        self.components = components
        self.nodes = nodes
        self.tieList = tieList
        self.isolates = isolates
        self.brokers = brokers
        self.notResponding = notResponding
        self.suggestions = suggestions
    }
}
