import Yams

extension RecommendationCatalogue {
    /// What the map of connections suggests discussing (`connections:` in the catalogue):
    /// members with no ties, the members who hold the coalition together, and the
    /// organisations members suggest inviting.
    public struct ConnectionAdvice: Sendable, Equatable {
        /// The item's title ("Reconnect the members with no ties").
        public var title: String
        /// Why it is worth discussing.
        public var why: String
        /// What the coalition could do.
        public var steps: [String]
    }

    /// The kinds of connection advice, as the catalogue's keys name them.
    public enum ConnectionTopic: String, Sendable, CaseIterable {
        case isolates, brokers, suggestions
    }

    /// The shipped wording of each topic, used when a catalogue has no `connections:` section
    /// (a coordinator's own copy written before the map existed).
    static let defaultConnections: [ConnectionTopic: ConnectionAdvice] = [
        .isolates: ConnectionAdvice(title: "Reconnect the members with no ties",
                                    why: "No member named them as a partner, and they named none.",
                                    steps: ["Ask each of them, one to one, what they need from the coalition and what they could bring to it."]),
        .brokers: ConnectionAdvice(title: "Keep the members who hold the coalition together",
                                   why: "Many connections between other members pass through them.",
                                   steps: ["Thank them, and ask what would make their load lighter."]),
        .suggestions: ConnectionAdvice(title: "Invite the organisations members suggest",
                                       why: "Look for people with resources you need; members named these as missing.",
                                       steps: ["Ask who already knows each of them, and let that member make the first contact."]),
    ]

    /// The shipped note that marks connection advice as a discussion.
    static let defaultConnectionsNote = "Something to discuss, not a verdict; the map shows only what responding members reported."

    /// The advice on `topic`.
    public func connectionAdvice(_ topic: ConnectionTopic) -> ConnectionAdvice {
        connections[topic] ?? Self.defaultConnections[topic]!
    }

    /// Reads the `connections:` section (nil: keep the defaults).
    static func connections(_ node: Node?) -> (advice: [ConnectionTopic: ConnectionAdvice], note: String?) {
        guard let mapping = node?.mapping else { return ([:], nil) }
        var advice: [ConnectionTopic: ConnectionAdvice] = [:]
        for topic in ConnectionTopic.allCases {
            guard let entry = mapping[topic.rawValue]?.mapping, let title = entry["title"]?.string, let why = entry["why"]?.string else { continue }
            advice[topic] = ConnectionAdvice(title: title, why: why, steps: entry["steps"]?.sequence?.compactMap(\.string) ?? [])
        }
        return (advice, mapping["note"]?.string)
    }
}
