import Testing
import TapestryReport
import TapestryScoring

/// The printable questionnaire lists every item exactly once, under its dimension.
@Suite struct QuestionnaireTests {
    @Test func everyItemOnceUnderItsDimension() throws {
        let instrument = try Instrument.partnershipHealth()
        let text = try QuestionnaireRenderer.render(instrument)
        let lines = text.components(separatedBy: "\n")
        var section = ""
        var seen: [String: String] = [:]
        for line in lines {
            if line.hasPrefix("## ") { section = String(line.drop { $0 != " " }.dropFirst().drop { $0 != " " }.dropFirst()) }
            if line.hasPrefix("| "), let id = line.split(separator: "|").first?.trimmingCharacters(in: .whitespaces),
               instrument.itemIndex(of: id) != nil {
                #expect(seen[id] == nil, "\(id) listed twice")
                seen[id] = section
            }
        }
        for dimension in instrument.dimensions {
            for item in dimension.items {
                #expect(seen[item.id] == dimension.title, "\(item.id)")
                #expect(text.contains(item.text))
            }
        }
        #expect(seen.count == instrument.items.count)
        #expect(text.contains("Don't know"))
        // One section per dimension, then the connection questions' own.
        #expect(lines.filter { $0.hasPrefix("## ") }.count == instrument.dimensions.count + 1)
        #expect(lines.contains("## \(instrument.dimensions.count + 1). Connections"))
        for question in instrument.connections { #expect(lines.contains("**\(question.text)**")) }
    }

    @Test func questionnaireGolden() throws {
        try Snapshot.check(try QuestionnaireRenderer.render(MarkdownFixtures.instrument(reverse: true), coalition: "Riverside | <b>"),
                           named: "questionnaire.md")
    }
}
