import Foundation
@testable import TapestryScoring
import Testing

/// The network's scoring: accumulation per organisation (and its merge), the summary's
/// figures on small graphs worked by hand, and the instrument's connection questions.
@Suite struct NetworkTests {
    static let members = ["A", "B", "C", "D", "E"].map { Member(name: $0, type: $0 == "E" ? nil : "t") }

    static func answers(_ member: Int, _ named: Set<Int>, suggest: [String] = []) -> ConnectionAnswers {
        ConnectionAnswers(member: member, worksWith: named, shouldJoin: suggest.map { NamedOrganisation(key: $0.lowercased(), name: $0) })
    }

    @Test func aPathOfFourHasItsMiddleAsBrokers() throws {
        // A→B, B→C, C→B, C→D; E alone. Undirected path A–B–C–D.
        var accumulator = NetworkAccumulator()
        accumulator.add(Self.answers(0, [1]))
        accumulator.add(Self.answers(1, [2, 1]))  // a self-tie, ignored
        accumulator.add(Self.answers(2, [1, 3]))
        let network = try #require(accumulator.summary(members: Self.members, minimumOrganisations: 1, always: false))
        #expect(network.ties == 4)
        #expect(network.density == 4.0 / 20)
        #expect(network.reciprocity == 0.5)
        #expect(network.components == 2)
        #expect(network.isolates == ["E"])
        #expect(network.notResponding == ["D", "E"])
        #expect(network.responding == 3)
        // Pairs (n−1)(n−2)/2 = 6. B is between A–C and A–D (2/6); C between B–D and A–D (2/6).
        let expected: [Double] = [0, 2.0 / 6, 2.0 / 6, 0, 0]
        #expect(Self.close(network.nodes.map(\.betweenness), expected))
        #expect(network.brokers == ["B", "C"])
        #expect(network.tieList == [NetworkTie(from: 0, to: 1), NetworkTie(from: 1, to: 2), NetworkTie(from: 2, to: 1),
                                    NetworkTie(from: 2, to: 3)])
    }

    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 }
    }

    @Test func twoShortestPathsShareTheCredit() {
        // A square A–B–C–D–A: between A and C run two shortest paths, one through B, one through D.
        let centrality = NetworkBuilder.betweenness([[1, 3], [0, 2], [1, 3], [0, 2]])
        // Each node is on half of the one opposite pair's paths: 0.5 / 3 pairs.
        let expected: [Double] = [0.5 / 3, 0.5 / 3, 0.5 / 3, 0.5 / 3]
        #expect(Self.close(centrality, expected))
        #expect(NetworkBuilder.betweenness([[1], [0]]) == [0, 0])
    }

    @Test func mergingChunksGivesWhatOneReadGives() {
        let rows = [Self.answers(0, [1], suggest: ["Farm"]), Self.answers(1, [0]), Self.answers(0, [2], suggest: ["farm", "Uni"]),
                    ConnectionAnswers(unlisted: NamedOrganisation(key: "x", name: "X"), worksWith: [4]),
                    ConnectionAnswers(worksWith: [3]), Self.answers(3, [], suggest: ["Uni"])]
        var whole = NetworkAccumulator()
        for row in rows { whole.add(row) }
        for cut in 0...rows.count {
            var first = NetworkAccumulator()
            var second = NetworkAccumulator()
            for row in rows[..<cut] { first.add(row) }
            for row in rows[cut...] { second.add(row) }
            first.merge(second)
            #expect(first == whole, "cut at \(cut)")
            #expect(first.summary(members: Self.members, minimumOrganisations: 1, always: false)
                    == whole.summary(members: Self.members, minimumOrganisations: 1, always: false))
        }
        let network = whole.summary(members: Self.members, minimumOrganisations: 1, always: false)
        // "Farm" and "farm" are one name, named twice by one organisation; "Uni" by two.
        #expect(network?.suggestions == [NetworkSuggestion(name: "Uni", mentions: 2), NetworkSuggestion(name: "Farm", mentions: 1)])
        #expect(network?.nodes.last?.name == "X")
        #expect(whole.unattributed == 1)
    }

    @Test func tooFewOrganisationsGiveNoMapUnlessAsked() {
        var accumulator = NetworkAccumulator()
        accumulator.add(Self.answers(0, [1]))
        #expect(accumulator.summary(members: Self.members, minimumOrganisations: 2, always: false) == nil)
        #expect(accumulator.summary(members: Self.members, minimumOrganisations: 2, always: true)?.ties == 1)
        #expect(accumulator.summary(members: [], minimumOrganisations: 1, always: true) == nil)
    }

    static let yaml = """
        id: t
        version: "1"
        title: T
        scale: { min: 1, max: 5, labels: [a, b, c, d, e] }
        dimensions:
          - { id: d, title: D, category: c, polarity: positive, items: [{ id: Q1, text: One }] }
        connections:
        """

    @Test func connectionQuestionsAreReadAndChecked() throws {
        let instrument = try InstrumentLoader.load(yaml: Self.yaml + "\n  - { id: works, text: Who?, kind: works-with }\n", file: "i.yaml")
        #expect(instrument.connections == [ConnectionQuestion(id: "works", text: "Who?", kind: .worksWith)])
        #expect(try InstrumentLoader.load(yaml: Self.yaml.replacingOccurrences(of: "connections:", with: ""), file: "i.yaml").connections.isEmpty)
        let problems = [
            ("\n  - { id: works, text: Who?, kind: friends }\n", "kind must be `works-with` or `should-join`, not `friends`"),
            ("\n  - { id: Q1, text: Who?, kind: works-with }\n", "id `Q1` is used twice"),
            ("\n  - { id: w s, text: Who?, kind: works-with }\n", "must be letters, digits"),
            (" works\n", "`connections` must be a list"),
            ("\n" + String(repeating: "  - { id: x, text: y, kind: works-with }\n", count: 21), "at most 20"),
        ]
        for (tail, message) in problems {
            #expect(throws: InstrumentError.self) { try InstrumentLoader.load(yaml: Self.yaml + tail, file: "i.yaml") }
            do {
                _ = try InstrumentLoader.load(yaml: Self.yaml + tail, file: "i.yaml")
            } catch {
                #expect("\(error)".contains(message), "\(error)")
            }
        }
        #expect(try Instrument.partnershipHealth().connections.map(\.kind) == [.worksWith, .shouldJoin])
    }
}
