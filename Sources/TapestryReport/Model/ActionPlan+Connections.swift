extension ActionPlan {
    /// Something the map of connections suggests talking about — members with no ties, the
    /// members who hold the coalition together, the organisations members suggest inviting —
    /// with the catalogue's reasons and steps, and the note that it is a discussion, not a
    /// verdict.
    public struct Discussion: Sendable, Equatable {
        /// Which kind of item it is.
        public var topic: RecommendationCatalogue.ConnectionTopic
        /// Its title ("Reconnect the members with no ties").
        public var title: String
        /// The organisations it is about, in words ("Food Bank and Youth Club").
        public var names: String
        /// Why it is worth discussing.
        public var why: String
        /// What the coalition could do.
        public var steps: [String]
        /// "Something to discuss, not a verdict; …".
        public var note: String
    }

    /// How many suggestions a discussion names; the rest are in the Connections section.
    static let suggestionsNamed = 5

    /// What the latest map suggests discussing: isolated members first, then the members who
    /// hold the coalition together, then the suggestions; nothing without a map.
    public static func discussions(_ network: ReportModel.Network?, catalogue: RecommendationCatalogue) -> [Discussion] {
        guard let network else { return [] }
        let summary = network.summary
        var items: [(RecommendationCatalogue.ConnectionTopic, String)] = []
        if !summary.isolates.isEmpty { items.append((.isolates, ReportWords.list(summary.isolates))) }
        if !summary.brokers.isEmpty { items.append((.brokers, ReportWords.list(summary.brokers))) }
        if !network.suggestions.isEmpty {
            let named = network.suggestions.prefix(suggestionsNamed).map { "\($0.name) (\($0.mentionsText))" }
            let more = network.suggestions.count - named.count
            items.append((.suggestions, ReportWords.list(named + (more > 0 ? ["\(ReportWords.plural(more, "other"))"] : []))))
        }
        return items.map { topic, names in
            let advice = catalogue.connectionAdvice(topic)
            return Discussion(topic: topic, title: advice.title, names: names, why: advice.why, steps: advice.steps, note: catalogue.connectionsNote)
        }
    }
}
