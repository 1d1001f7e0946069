import Foundation
import Testing
import TapestryReport
import TapestryScoring

/// The JSON contract: golden files, the schema's keys and types, and `null` for what cannot
/// be computed.
@Suite struct JSONRendererTests {
    @Test func suppressedGroupsGolden() throws {
        try Snapshot.check(JSONRenderer().render(try TerminalRendererTests.model(try ReportFixtures.assessment())), named: "mini-suppressed.json")
    }

    @Test func openWorkshopGolden() throws {
        try Snapshot.check(JSONRenderer().render(try TerminalRendererTests.model(try ReportFixtures.assessment(minimumGroupSize: 1))), named: "mini-open.json")
    }

    @Test func followsTheSchema() throws {
        let text = JSONRenderer().render(try TerminalRendererTests.model(try ReportFixtures.assessment(minimumGroupSize: 1)))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "tapestry.assessment/1")
        #expect(Set(root.keys).isSuperset(of: ["schema", "instrument", "coalition", "rounds", "changes", "findings"]))
        let round = try #require((root["rounds"] as? [[String: Any]])?.first)
        #expect(round["label"] as? String == "2026-Q1")
        let rows = try #require(round["rows"] as? [String: Int])
        #expect(rows == ["read": 8, "accepted": 7, "rejected": 1, "onlyMissing": 1])
        let dimensions = try #require(round["dimensions"] as? [[String: Any]])
        let keys: Set = ["id", "category", "polarity", "n", "mean", "sd", "median", "ci95", "band", "favorable", "alpha", "rwg", "items"]
        #expect(dimensions.allSatisfy { keys.isSubset(of: Set($0.keys)) })
        // A dimension nobody answered: every statistic is null, never 0 or NaN.
        let unanswered = try #require(dimensions.first { $0["id"] as? String == "unanswered" })
        for key in ["mean", "sd", "median", "ci95", "band", "favorable", "alpha", "rwg"] {
            #expect(unanswered[key] is NSNull, "\(key) should be null")
        }
        #expect(unanswered["n"] as? Int == 0)
        let item = try #require((dimensions[0]["items"] as? [[String: Any]])?.last)
        #expect(Set(item.keys) == ["id", "text", "reverse", "n", "mean", "sd", "counts", "missing", "agree", "disagree"])
        #expect(item["text"] as? String == "t2")
        #expect(dimensions[0]["title"] as? String == "Trust")
        let categories = try #require(round["categories"] as? [[String: Any]])
        #expect(categories.map { $0["category"] as? String } == ["principle", "benefit", "drawback", "norm"])
        #expect(categories.allSatisfy { Set($0.keys) == ["category", "health", "band"] })
        // The norm category's only area was never answered.
        #expect(categories[3]["health"] is NSNull && categories[3]["band"] is NSNull)
        #expect(item["reverse"] as? Bool == true)
        let groups = try #require(round["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["North", "South | <b>\u{1B}[31m"])
        let finding = try #require((root["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["severity", "file", "line", "column", "message"])
    }

    @Test func suppressedGroupsCarryNoStatistics() throws {
        let text = JSONRenderer().render(try TerminalRendererTests.model(try ReportFixtures.assessment()))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let groups = try #require(((root["rounds"] as? [[String: Any]])?.first?["groups"]) as? [[String: Any]])
        #expect(groups.allSatisfy { $0["suppressed"] as? Bool == true && ($0["dimensions"] as? [Any])?.isEmpty == true })
        #expect(groups.allSatisfy { $0["healthIndex"] is NSNull })
    }

    @Test func numbersKeepFullPrecisionAndStringsAreEscaped() {
        let value = JSONValue.object([
            ("third", .number(1.0 / 3)), ("tiny", .number(1e-7)), ("nan", .number(.nan)), ("whole", .number(4)),
            ("text", .string("a\"b\\c\nd\u{01}")),
        ])
        #expect(value.rendered() == """
            {
              "third": 0.3333333333333333,
              "tiny": 1e-07,
              "nan": null,
              "whole": 4.0,
              "text": "a\\"b\\\\c\\nd\\u0001"
            }
            """)
    }
}
