import TapestryScoring

extension ReportModel {
    /// The coalition's map of connections in one round ("tapestry of connections"), as every
    /// report shows it: the figures written out, the sentences a coordinator reads, one row per
    /// organisation (network figures only: never an organisation's answers or scores), the
    /// ties, the suggestions, and the change since the previous round with a map.
    public struct Network: Sendable {
        /// One organisation on the map.
        public struct Member: Sendable, Equatable {
            /// Its position in ``NetworkSummary/nodes`` (ties refer to it).
            public var index: Int
            /// The name as the member list writes it.
            public var name: String
            /// Its member type as given, or nil.
            public var type: String?
            /// The type as the reports write it ("no type given" when there is none).
            public var typeWord: String
            /// Its position in ``Network/types`` (the diagram's colour).
            public var typeIndex: Int
            /// Whether it is on the member list.
            public var isMember: Bool
            /// Whether any respondent answered for it.
            public var responded: Bool
            /// "yes", "not yet"; "yes (not on the member list)" for an organisation not listed.
            public var respondedWord: String
            /// "yes" or "not yet", without the member-list remark (for a table with a column of its own for it).
            public var answeredWord: String
            /// "yes" when on the member list, else "no".
            public var listedWord: String
            /// Ties pointing to it.
            public var inDegree: Int
            /// Ties from it.
            public var outDegree: Int
            /// Betweenness centrality (0–1).
            public var betweenness: Double
            /// The same, as the reports write it ("0.42").
            public var betweennessText: String
            /// Whether it is one of the members who hold the coalition together.
            public var isBroker: Bool
            /// Whether it has no tie either way.
            public var isIsolate: Bool
            /// "holds the coalition together", "no ties", or "".
            public var role: String
            /// Its part of the coalition: 1 for the largest group of linked members, then the
            /// next; members with no ties come last, one part each.
            public var component: Int
        }

        /// One tie: `from` named `to` as an organisation it works with.
        public struct Tie: Sendable, Equatable {
            /// The naming organisation's position in ``Network/members``.
            public var fromIndex: Int
            /// The named organisation's position.
            public var toIndex: Int
            /// The naming organisation.
            public var from: String
            /// The named organisation.
            public var to: String
            /// Whether `to` named `from` too.
            public var returned: Bool
            /// "yes" or "no".
            public var returnedWord: String
        }

        /// An organisation members suggest bringing in.
        public struct Suggestion: Sendable, Equatable {
            /// Its name, as first written.
            public var name: String
            /// How many responding organisations named it.
            public var mentions: Int
            /// "named by 3 members".
            public var mentionsText: String
        }

        /// A figure with its label ("Density", "18% of possible ties").
        public struct Figure: Sendable, Equatable {
            /// What it is.
            public var label: String
            /// Its value, written out.
            public var value: String
        }

        /// Above this many organisations the diagram is drawn without names (they could not
        /// be read); the table names everyone.
        public static let maximumLabelled = 60

        /// The round.
        public var round: String
        /// The scoring library's values (the workbook writes its raw numbers).
        public var summary: NetworkSummary
        /// Organisations on the map, responding ones, ties and the like, written out.
        public var figures: [Figure]
        /// Density as a percentage of possible ties ("18%").
        public var densityText: String
        /// The share of ties returned ("40%").
        public var reciprocityText: String
        /// What the map says, in plain sentences: how connected the coalition is, who has no
        /// ties, who holds it together, who has not answered, whom members suggest.
        public var sentences: [String]
        /// Every organisation, in the member list's order.
        public var members: [Member]
        /// Every tie, by naming organisation then named one.
        public var ties: [Tie]
        /// The member types in the order they first appear ("no type given" last if any).
        public var types: [String]
        /// The suggestions, most mentioned first.
        public var suggestions: [Suggestion]
        /// The change since the previous round with a map, in words; nil when there is none.
        public var change: String?
        /// The change in density, in percentage points; nil when there is no earlier map.
        public var densityChange: Double?
        /// The change in the number of members with no ties; nil when there is no earlier map.
        public var isolatesChange: Int?
        /// The round compared with; nil when there is none.
        public var previousRound: String?
        /// The headline's sentence about the network.
        public var headlineSentence: String
        /// Whether the diagram names the organisations (at most ``maximumLabelled``).
        public var labelsShown: Bool
        /// What the diagram shows, under it (and why names are left out, when they are).
        public var diagramNote: String
        /// What the diagram shows in words, for screen readers.
        public var diagramDescription: String
    }
}
