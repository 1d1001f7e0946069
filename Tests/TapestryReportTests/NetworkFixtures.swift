import TapestryReport
import TapestryScoring

/// A realistic map of connections for the report side's tests, computed with networkx
/// (`betweenness_centrality(normalized=True)` on the undirected ties): 14 member
/// organisations of five types. In the latest round St Mark's Church and Riverside Food Bank
/// link two clusters, Eastside Allotment Society and the Chamber of Commerce have no ties,
/// County Public Health Office and the Chamber have not answered, and members suggest three
/// organisations. The earlier round has fewer ties and four members without ties.
enum NetworkFixtures {
    static let earlier = NetworkSummary(
            members: 14, responding: 11, ties: 17, density: 0.09340659340659341, reciprocity: 0.7058823529411765, components: 5,
            nodes: [
                NetworkNode(name: "Riverside Food Bank", type: "ngo", isMember: true, responded: true, inDegree: 1, outDegree: 2, degree: 2, betweenness: 0.1794871794871795),
                NetworkNode(name: "St Mark's Church", type: "faith", isMember: true, responded: true, inDegree: 3, outDegree: 4, degree: 4, betweenness: 0.2948717948717949),
                NetworkNode(name: "City Housing Department", type: "government", isMember: true, responded: true, inDegree: 2, outDegree: 3, degree: 3, betweenness: 0.03205128205128205),
                NetworkNode(name: "Northside Tenants Association", type: "community", isMember: true, responded: true, inDegree: 0, outDegree: 0, degree: 0, betweenness: 0.0),
                NetworkNode(name: "Riverside Youth Club", type: "community", isMember: true, responded: true, inDegree: 2, outDegree: 1, degree: 2, betweenness: 0.10256410256410256),
                NetworkNode(name: "Green Streets Trust", type: "ngo", isMember: true, responded: true, inDegree: 3, outDegree: 2, degree: 4, betweenness: 0.21153846153846154),
                NetworkNode(name: "Al-Noor Mosque", type: "faith", isMember: true, responded: true, inDegree: 1, outDegree: 1, degree: 1, betweenness: 0.0),
                NetworkNode(name: "County Public Health Office", type: "government", isMember: true, responded: false, inDegree: 2, outDegree: 0, degree: 2, betweenness: 0.0),
                NetworkNode(name: "Corner Shop Traders Network", type: "business", isMember: true, responded: true, inDegree: 1, outDegree: 1, degree: 1, betweenness: 0.0),
                NetworkNode(name: "Riverside Credit Union", type: "business", isMember: true, responded: true, inDegree: 1, outDegree: 2, degree: 2, betweenness: 0.10256410256410256),
                NetworkNode(name: "Legal Aid Clinic", type: "ngo", isMember: true, responded: false, inDegree: 0, outDegree: 0, degree: 0, betweenness: 0.0),
                NetworkNode(name: "Harbour Women's Collective", type: "community", isMember: true, responded: true, inDegree: 1, outDegree: 1, degree: 1, betweenness: 0.0),
                NetworkNode(name: "Eastside Allotment Society", type: "community", isMember: true, responded: true, inDegree: 0, outDegree: 0, degree: 0, betweenness: 0.0),
                NetworkNode(name: "Riverside Chamber of Commerce and Small Business Partnership", type: "business", isMember: true, responded: false, inDegree: 0, outDegree: 0, degree: 0, betweenness: 0.0),
            ],
            tieList: [NetworkTie(from: 0, to: 1), NetworkTie(from: 0, to: 4), NetworkTie(from: 1, to: 0), NetworkTie(from: 1, to: 2), NetworkTie(from: 1, to: 5), NetworkTie(from: 1, to: 6), NetworkTie(from: 2, to: 1), NetworkTie(from: 2, to: 5), NetworkTie(from: 2, to: 7), NetworkTie(from: 4, to: 11), NetworkTie(from: 5, to: 2), NetworkTie(from: 5, to: 7), NetworkTie(from: 6, to: 1), NetworkTie(from: 8, to: 9), NetworkTie(from: 9, to: 5), NetworkTie(from: 9, to: 8), NetworkTie(from: 11, to: 4)],
            isolates: ["Northside Tenants Association", "Legal Aid Clinic", "Eastside Allotment Society", "Riverside Chamber of Commerce and Small Business Partnership"],
            brokers: ["St Mark's Church", "Green Streets Trust", "Riverside Food Bank"],
            notResponding: ["County Public Health Office", "Legal Aid Clinic", "Riverside Chamber of Commerce and Small Business Partnership"],
            suggestions: [NetworkSuggestion(name: "Riverside Hospital Trust", mentions: 2)])

    static let latest = NetworkSummary(
            members: 14, responding: 12, ties: 31, density: 0.17032967032967034, reciprocity: 0.8387096774193549, components: 3,
            nodes: [
                NetworkNode(name: "Riverside Food Bank", type: "ngo", isMember: true, responded: true, inDegree: 3, outDegree: 4, degree: 4, betweenness: 0.1987179487179487),
                NetworkNode(name: "St Mark's Church", type: "faith", isMember: true, responded: true, inDegree: 4, outDegree: 5, degree: 5, betweenness: 0.3995726495726496),
                NetworkNode(name: "City Housing Department", type: "government", isMember: true, responded: true, inDegree: 2, outDegree: 3, degree: 3, betweenness: 0.038461538461538464),
                NetworkNode(name: "Northside Tenants Association", type: "community", isMember: true, responded: true, inDegree: 2, outDegree: 2, degree: 2, betweenness: 0.0),
                NetworkNode(name: "Riverside Youth Club", type: "community", isMember: true, responded: true, inDegree: 3, outDegree: 2, degree: 3, betweenness: 0.017094017094017092),
                NetworkNode(name: "Green Streets Trust", type: "ngo", isMember: true, responded: true, inDegree: 4, outDegree: 3, degree: 5, betweenness: 0.18803418803418803),
                NetworkNode(name: "Al-Noor Mosque", type: "faith", isMember: true, responded: true, inDegree: 3, outDegree: 3, degree: 3, betweenness: 0.09829059829059827),
                NetworkNode(name: "County Public Health Office", type: "government", isMember: true, responded: false, inDegree: 2, outDegree: 0, degree: 2, betweenness: 0.0),
                NetworkNode(name: "Corner Shop Traders Network", type: "business", isMember: true, responded: true, inDegree: 2, outDegree: 2, degree: 2, betweenness: 0.00641025641025641),
                NetworkNode(name: "Riverside Credit Union", type: "business", isMember: true, responded: true, inDegree: 1, outDegree: 2, degree: 2, betweenness: 0.017094017094017092),
                NetworkNode(name: "Legal Aid Clinic", type: "ngo", isMember: true, responded: true, inDegree: 2, outDegree: 2, degree: 2, betweenness: 0.004273504273504273),
                NetworkNode(name: "Harbour Women's Collective", type: "community", isMember: true, responded: true, inDegree: 3, outDegree: 3, degree: 3, betweenness: 0.09615384615384615),
                NetworkNode(name: "Eastside Allotment Society", type: "community", isMember: true, responded: true, inDegree: 0, outDegree: 0, degree: 0, betweenness: 0.0),
                NetworkNode(name: "Riverside Chamber of Commerce and Small Business Partnership", type: "business", isMember: true, responded: false, inDegree: 0, outDegree: 0, degree: 0, betweenness: 0.0),
            ],
            tieList: [NetworkTie(from: 0, to: 1), NetworkTie(from: 0, to: 3), NetworkTie(from: 0, to: 4), NetworkTie(from: 0, to: 10), NetworkTie(from: 1, to: 0), NetworkTie(from: 1, to: 2), NetworkTie(from: 1, to: 5), NetworkTie(from: 1, to: 6), NetworkTie(from: 1, to: 11), NetworkTie(from: 2, to: 1), NetworkTie(from: 2, to: 5), NetworkTie(from: 2, to: 7), NetworkTie(from: 3, to: 0), NetworkTie(from: 3, to: 4), NetworkTie(from: 4, to: 3), NetworkTie(from: 4, to: 11), NetworkTie(from: 5, to: 2), NetworkTie(from: 5, to: 6), NetworkTie(from: 5, to: 7), NetworkTie(from: 6, to: 1), NetworkTie(from: 6, to: 5), NetworkTie(from: 6, to: 8), NetworkTie(from: 8, to: 6), NetworkTie(from: 8, to: 9), NetworkTie(from: 9, to: 5), NetworkTie(from: 9, to: 8), NetworkTie(from: 10, to: 0), NetworkTie(from: 10, to: 11), NetworkTie(from: 11, to: 1), NetworkTie(from: 11, to: 4), NetworkTie(from: 11, to: 10)],
            isolates: ["Eastside Allotment Society", "Riverside Chamber of Commerce and Small Business Partnership"],
            brokers: ["St Mark's Church", "Riverside Food Bank", "Green Streets Trust"],
            notResponding: ["County Public Health Office", "Riverside Chamber of Commerce and Small Business Partnership"],
            suggestions: [NetworkSuggestion(name: "Riverside Hospital Trust", mentions: 4), NetworkSuggestion(name: "Food Justice Network", mentions: 2), NetworkSuggestion(name: "Mayor's Office", mentions: 1)])
}

extension NetworkFixtures {
    /// The mini fixture's answers in two rounds, 2026-Q1 with ``earlier`` and 2026-Q3 with
    /// `latest` (nil: the latest round has no map).
    static func assessment(latest: NetworkSummary? = latest, earlier: NetworkSummary? = earlier,
                           minimumGroupSize: Int = 5) throws -> Assessment {
        let base = try ReportFixtures.assessment(minimumGroupSize: minimumGroupSize)
        var first = base.rounds[0], second = base.rounds[0]
        first.groups = []
        second.groups = []
        first.label = "2026-Q1"
        first.network = earlier
        second.label = "2026-Q3"
        second.network = latest
        // The questions were asked (an earlier round has a map) but this round's is held back.
        second.networkWithheld = latest == nil && earlier != nil
        return Assessment(instrument: base.instrument, coalition: "Riverside", options: base.options, rounds: [first, second],
                          findings: base.findings)
    }

    static func model(latest: NetworkSummary? = latest, earlier: NetworkSummary? = earlier) throws -> ReportModel {
        ReportModel(try assessment(latest: latest, earlier: earlier), catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }

    /// `summary` with each node renamed by `rename` (and every list that names nodes with it).
    static func renamed(_ summary: NetworkSummary, _ rename: (Int, String) -> String) -> NetworkSummary {
        var copy = summary
        var names: [String: String] = [:]
        for index in copy.nodes.indices {
            let name = rename(index, copy.nodes[index].name)
            names[copy.nodes[index].name] = name
            copy.nodes[index].name = name
        }
        copy.isolates = copy.isolates.map { names[$0] ?? $0 }
        copy.brokers = copy.brokers.map { names[$0] ?? $0 }
        copy.notResponding = copy.notResponding.map { names[$0] ?? $0 }
        return copy
    }
}
