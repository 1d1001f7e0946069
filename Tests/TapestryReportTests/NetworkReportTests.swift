import Foundation
import Testing
import TapestryReport
import TapestryScoring

/// The report model's map of connections: the figures, sentences and change it writes, the
/// line when the map is not shown, the headline's sentence and the action plan's items to
/// discuss, compared with values worked out by hand from ``NetworkFixtures``.
@Suite struct NetworkReportTests {
    @Test func theLatestMapInWords() throws {
        let model = try NetworkFixtures.model()
        let network = try #require(model.network)
        #expect(network.round == "2026-Q3")
        #expect(model.networks.map(\.round) == ["2026-Q1", "2026-Q3"])
        // 31 ties of 14 × 13 = 182 possible: 17.03%; 26 of 31 returned: 83.9%.
        #expect(network.densityText == "17%")
        #expect(network.reciprocityText == "84%")
        #expect(network.sentences == [
            "Members named 31 working ties among 14 organisations: 17% of all the ties there could be. 84% of the ties were returned (both organisations named each other).",
            "Apart from the members with no ties, every member is linked to every other, directly or through others.",
            "2 members have no ties either way: Eastside Allotment Society and Riverside Chamber of Commerce and Small Business Partnership.",
            "St Mark's Church holds the coalition together most: more ties between other members run through it than through anyone else (then Riverside Food Bank and Green Streets Trust).",
            "2 members have not answered yet: County Public Health Office and Riverside Chamber of Commerce and Small Business Partnership. The map shows only the ties others named to them.",
            "Members suggest bringing in Riverside Hospital Trust (named by 4 members), Food Justice Network (named by 2 members) and Mayor's Office (named by 1 member).",
        ])
        #expect(network.figures.map(\.value) == ["14", "12 of 14", "31", "17% of possible ties", "84%", "3"])
        // The table: network figures only, betweenness to two decimals.
        let church = try #require(network.members.first { $0.name == "St Mark's Church" })
        #expect(church.betweennessText == "0.40" && church.isBroker && church.role == "holds the coalition together")
        #expect(church.inDegree == 4 && church.outDegree == 5 && church.respondedWord == "yes")
        let chamber = try #require(network.members.last)
        #expect(chamber.isIsolate && !chamber.responded && chamber.role == "no ties" && chamber.respondedWord == "not yet")
        #expect(network.types == ["ngo", "faith", "government", "community", "business"])
        // One linked part, then the two members with no ties as parts of their own.
        #expect(network.members.map(\.component) == Array(repeating: 1, count: 12) + [2, 3])
        // Ties: returned where the reverse tie exists.
        let foodBankToYouthClub = try #require(network.ties.first { $0.from == "Riverside Food Bank" && $0.to == "Riverside Youth Club" })
        #expect(!foodBankToYouthClub.returned && foodBankToYouthClub.returnedWord == "no")
        #expect(network.ties.filter(\.returned).count == 26)
    }

    @Test func theChangeSinceThePreviousMap() throws {
        let model = try NetworkFixtures.model()
        let network = try #require(model.network)
        // 17/182 = 9.34% → 31/182 = 17.03%: +7.69 points; no ties: 4 → 2.
        #expect(abs((network.densityChange ?? 0) - 1400.0 / 182) < 1e-9)
        #expect(network.isolatesChange == -2)
        #expect(network.previousRound == "2026-Q1")
        #expect(network.change == "Since 2026-Q1: density went from 9% to 17% of possible ties (+8 points); members with no ties from 4 to 2.")
        #expect(model.networks.first?.change == nil)
    }

    @Test func theHeadlineSaysDensityIsolatesAndSuggestionsInOneShortSentence() throws {
        let model = try NetworkFixtures.model()
        let sentence = try #require(model.headline.sentences.last)
        #expect(sentence == "Connections: 17% of possible ties (9% in 2026-Q1), 2 members with no ties; members suggest bringing in Riverside Hospital Trust and Food Justice Network.")
        // Without a map, the headline says nothing about connections.
        let plain = try NetworkFixtures.model(latest: nil, earlier: nil)
        #expect(!plain.headline.sentences.contains { $0.hasPrefix("Connections") })
    }

    @Test func withoutAMapTheReportSaysWhy() throws {
        // The questions were asked (an earlier round has a map), but too few answered now.
        let model = try NetworkFixtures.model(latest: nil)
        #expect(model.network == nil)
        #expect(model.networkNote == "The map of connections is not shown for 2026-Q3: it needs answers from at least 5 member organisations "
            + "(the smallest group this report shows), so that no organisation's answers can be singled out.")
        #expect(model.connectionActions.isEmpty)
        let markdown = try #require(try MarkdownRenderer(jsonLink: false).render(model).first { $0.name == "report.md" })
        #expect(String(decoding: markdown.contents, as: UTF8.self).contains("## Connections\n\nThe map of connections is not shown"))
        // No connection questions at all: no word about a map.
        let none = try NetworkFixtures.model(latest: nil, earlier: nil)
        #expect(none.networkNote == nil && none.network == nil)
        let files = try MarkdownRenderer(jsonLink: false).render(none)
        #expect(!files.contains { $0.name == "charts/connections.svg" })
        #expect(!String(decoding: files[0].contents, as: UTF8.self).contains("Connections"))
    }

    @Test func theActionPlanOffersThreeThingsToDiscussNotVerdicts() throws {
        let model = try NetworkFixtures.model()
        #expect(model.connectionActions.map(\.topic) == [.isolates, .brokers, .suggestions])
        #expect(model.connectionActions.map(\.names) == [
            "Eastside Allotment Society and Riverside Chamber of Commerce and Small Business Partnership",
            "St Mark's Church, Riverside Food Bank and Green Streets Trust",
            "Riverside Hospital Trust (named by 4 members), Food Justice Network (named by 2 members) and Mayor's Office (named by 1 member)",
        ])
        #expect(model.connectionActions.allSatisfy { $0.note.contains("not a verdict") && !$0.steps.isEmpty })
        #expect(model.connectionActions[2].why.hasPrefix("Look for people with resources you need"))
        // No isolates and no suggestions: only the brokers remain to discuss.
        var connected = NetworkFixtures.latest
        connected.isolates = []
        connected.suggestions = []
        #expect(try NetworkFixtures.model(latest: connected).connectionActions.map(\.topic) == [.brokers])
    }

    @Test func aCatalogueWithoutConnectionsKeepsTheShippedWords() throws {
        let catalogue = try RecommendationCatalogue.load(yaml: "dimensions: {}\n", file: "mine.yaml")
        let items = ActionPlan.discussions(try NetworkFixtures.model().network, catalogue: catalogue)
        #expect(items.map(\.title) == ["Reconnect the members with no ties", "Keep the members who hold the coalition together",
                                       "Invite the organisations members suggest"])
        #expect(items.allSatisfy { $0.note.contains("not a verdict") })
    }

    @Test func aMapWithoutTiesOrAnswersStillReads() throws {
        var empty = NetworkFixtures.latest
        empty.ties = 0
        empty.tieList = []
        empty.density = 0
        empty.reciprocity = nil
        empty.components = 14
        empty.isolates = empty.nodes.map(\.name)
        empty.brokers = []
        let network = try #require(try NetworkFixtures.model(latest: empty).network)
        #expect(network.sentences[0] == "Members named 0 working ties among 14 organisations: 0% of all the ties there could be.")
        #expect(network.sentences[1].hasPrefix("14 members have no ties either way: Riverside Food Bank, "))
        #expect(network.headlineSentence.hasPrefix("Connections: 0% of possible ties (9% in 2026-Q1), 14 members with no ties"))
    }

    @Test func theTerminalPrintsTheHeadlineSentenceAndAShortBlock() throws {
        let text = TerminalRenderer(colored: false, width: 200).render(try NetworkFixtures.model())
        // Sentences wrap at 100 characters: read them as one line.
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Connections: 17% of possible ties (9% in 2026-Q1), 2 members with no ties; members suggest bringing in Riverside Hospital Trust and Food Justice Network."))
        #expect(text.contains("\nConnections (round 2026-Q3)\n"))
        #expect(flat.contains("Since 2026-Q1: density went from 9% to 17% of possible ties (+8 points); members with no ties from 4 to 2."))
        // The block comes after the latest round and before the changes.
        let block = try #require(text.range(of: "Connections (round"))
        #expect(text.range(of: "Health index  ")!.lowerBound < block.lowerBound)
        #expect(block.upperBound < text.range(of: "\nChange\n")!.lowerBound)
        let missing = TerminalRenderer(colored: false, width: 200).render(try NetworkFixtures.model(latest: nil))
        #expect(missing.contains("Connections\n  The map of connections is not shown for 2026-Q3"))
    }

    @Test func theWorkbookSaysWhyWithoutAMapAndHasNoSheetWithoutQuestions() throws {
        let data = try XLSXRenderer().render(try NetworkFixtures.model(latest: nil))
        let output = try XLSXRendererTests.read(data, """
            ws = wb["Connections"]
            print(ws["A1"].value, "|", ws["A3"].value)
            """)
        #expect(output == "Connections | The map of connections is not shown for 2026-Q3: it needs answers from at least 5 member organisations "
            + "(the smallest group this report shows), so that no organisation's answers can be singled out.")
        let none = try XLSXRenderer().render(try NetworkFixtures.model(latest: nil, earlier: nil))
        #expect(try XLSXRendererTests.read(none, "print('Connections' in wb.sheetnames)") == "False")
    }
}
