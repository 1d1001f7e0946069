import Foundation
import Testing
import TapestryReport
import TapestryScoring

/// The instrument printed as JSON, Markdown and the blank CSV.
@Suite struct InstrumentRendererTests {
    @Test func jsonHasTheStructureAndCountsPerCategory() throws {
        let instrument = try Instrument.partnershipHealth()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(InstrumentJSON.render(instrument).utf8)) as? [String: Any])
        let dimensions = try #require(root["dimensions"] as? [[String: Any]])
        #expect(dimensions.count == instrument.dimensions.count)
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["items"] as? Int == instrument.items.count)
        let categories = try #require(summary["categories"] as? [String: [String: Int]])
        #expect(categories["principle"] == ["dimensions": 5, "items": 17])
        #expect(categories["drawback"]?["items"] == 7)
        #expect(Set(categories.keys) == ["principle", "norm", "benefit", "drawback", "practice", "groundwork"])
    }

    @Test func markdownGolden() throws {
        try Snapshot.check(InstrumentMarkdown.render(ReportFixtures.instrument), named: "mini-instrument.md")
    }

    @Test func csvTemplateListsEveryItemOnce() throws {
        let instrument = try Instrument.partnershipHealth()
        let header = CanonicalCSVTemplate.render(instrument)
        #expect(header == "respondent,group,organisation," + instrument.items.map(\.id).joined(separator: ",")
                + ",works_with,should_join\n")
        // Without connection questions, no organisation column either.
        var plain = instrument
        plain.connections = []
        #expect(CanonicalCSVTemplate.render(plain) == "respondent,group," + instrument.items.map(\.id).joined(separator: ",") + "\n")
    }
}
