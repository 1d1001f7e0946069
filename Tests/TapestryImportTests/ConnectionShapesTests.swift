import Foundation
import TapestryImport
import TapestryScoring
import Testing

/// Every platform's way of exporting a multi-select question gives the network the canonical
/// file gives (``ConnectionShapes``), and that network is the one drawn by hand.
@Suite struct ConnectionShapesTests {
    @Test func theCanonicalFileGivesTheHandDrawnNetwork() throws {
        let network = try #require(try ConnectionShapes.network(ConnectionShapes.canonical(), named: "canonical.csv").0)
        // Ties: 0→1, 0→2, 0→3, 0→6, 1→0, 2→4, 2→0, 3→0, 3→1, 6→2 (10 ties over 7 nodes).
        #expect(network.members == 7)
        #expect(network.responding == 6)
        #expect(network.ties == 10)
        #expect(network.density == 10.0 / 42)
        // Returned: 0↔1, 0↔2, 0↔3 (six of ten).
        #expect(network.reciprocity == 0.6)
        #expect(network.components == 2)
        #expect(network.isolates == ["Green Grocers Co-op"])
        #expect(network.notResponding == ["Green Grocers Co-op"])
        #expect(network.suggestions == [NetworkSuggestion(name: "Farmers Market", mentions: 2),
                                        NetworkSuggestion(name: "University Extension", mentions: 2)])
        #expect(network.nodes.map(\.inDegree) == [3, 2, 2, 1, 1, 0, 1])
        #expect(network.nodes.map(\.outDegree) == [4, 1, 2, 2, 0, 0, 1])
        #expect(network.nodes.map(\.degree) == [4, 2, 3, 2, 1, 0, 2])
        // Undirected: 0–1, 0–2, 0–3, 0–6, 1–3, 2–4, 2–6; n = 7, so (n−1)(n−2)/2 = 15 pairs.
        // The food bank (0) is on the one shortest path of 1–2, 1–4, 1–6, 3–2, 3–4 and 3–6:
        // 6/15; the tenants union (2) on those of 0–4, 1–4, 3–4 and 6–4: 4/15; no one else.
        let expected = [6.0 / 15, 0, 4.0 / 15, 0, 0, 0, 0]
        for (node, value) in zip(network.nodes, expected) {
            #expect(abs(node.betweenness - value) < 1e-12, "\(node.name): \(node.betweenness)")
        }
        #expect(network.brokers == ["Riverside Food Bank", "Eastside Tenants Union"])
    }

    static let shapes: [(name: String, file: String, text: @Sendable () -> String, mapping: String?, organisation: String?)] = [
        ("Google Forms", "google.csv", ConnectionShapes.googleForms, nil, "Your organisation"),
        ("Microsoft Forms", "msforms.csv", ConnectionShapes.microsoftForms, nil, "Your organisation"),
        ("KoboToolbox", "kobo.csv", ConnectionShapes.kobo, nil, nil),
        ("Qualtrics numeric", "qualtrics.csv", ConnectionShapes.qualtrics, ConnectionShapes.qualtricsMapping, "Your organisation"),
        ("SurveyMonkey expanded", "surveymonkey.csv", ConnectionShapes.surveyMonkey, nil, "Your organisation"),
        ("LimeSurvey codes", "limesurvey.csv", ConnectionShapes.limeSurvey, ConnectionShapes.limeSurveyMapping, nil),
    ]

    @Test(arguments: shapes.indices)
    func eachPlatformsShapeGivesTheCanonicalNetwork(shape: Int) throws {
        let (name, file, text, mapping, organisation) = Self.shapes[shape]
        let canonical = try #require(try ConnectionShapes.network(ConnectionShapes.canonical(), named: "canonical.csv").0)
        let (network, assessment) = try ConnectionShapes.network(text(), named: file, mapping: mapping, organisationColumn: organisation)
        #expect(assessment.rounds.first?.respondents == ConnectionShapes.respondents.count, "\(name)")
        #expect(network == canonical, "\(name): \(assessment.findings.map(\.message))")
        let unmatched = assessment.findings.filter { $0.message.contains("not on the member list") }
        #expect(unmatched.isEmpty, "\(name): \(unmatched.map(\.message))")
    }
}
