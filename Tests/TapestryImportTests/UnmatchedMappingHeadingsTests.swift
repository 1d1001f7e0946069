import Foundation
import Testing
import TapestryScoring
@testable import TapestryImport

/// A mapping-file heading that matches no column is a warning that names the mapping file,
/// its line, the heading and the closest headings of the export.
@Suite struct UnmatchedMappingHeadingsTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    /// A LimeSurvey export by codes, whose array columns must be mapped (`Q2[SQ001]`).
    static let export = """
        "id";"submitdate";"lastpage";"startlanguage";"seed";"org";"Q2[SQ001]";"Q2[SQ002]";"Q3"
        "1";"2024-01-15 10:23:45";"3";"en";"123456789";"A1";"A5";"A4";""
        "2";"2024-01-15 11:02:10";"3";"en";"987654321";"A2";"A3";"A3";""

        """

    static let mapping = """
        # map.yaml
        columns:
          "Q2[SQ01]": Q1
          "Q2[SQ002]": Q2
          "Completely different": Q1
        labels:
          A1: 1
          A2: 2
          A3: 3
          A4: 4
          A5: 5

        """

    static func findings(_ yaml: String = mapping) throws -> [Finding] {
        let options = ImportOptions(mapping: try MappingFile.load(yaml: yaml, file: "map.yaml", instrument: instrument))
        let file = try SurveyFile(data: Data(export.utf8), path: "limesurvey.csv", instrument: instrument)
        return try ExportReader(instrument: instrument, options: options).plan(file).findings
            .filter { $0.file == "map.yaml" }
    }

    @Test func aMistypedHeadingIsAWarningWithItsLineAndTheClosestHeadings() throws {
        let findings = try Self.findings()
        #expect(findings.count == 2)
        let typo = try #require(findings.first)
        #expect(typo.severity == .warning)
        #expect(typo.line == 3)
        #expect(typo.location == "map.yaml:3")
        #expect(typo.message.contains("the heading \"Q2[SQ01]\" under `columns:` matches no column of limesurvey.csv"))
        #expect(typo.message.contains("The closest: \"Q2[SQ001]\", \"Q2[SQ002]\"."))
        let far = try #require(findings.last)
        #expect(far.line == 5)
        #expect(far.message.contains("No heading of the export is close; `tapestry inspect limesurvey.csv` lists them."))
    }

    @Test func headingsThatMatchGiveNoFinding() throws {
        // Matched through case, spacing and typography, as the item matcher matches them.
        let yaml = "columns:\n  \"q2[sq001]\": Q1\n  \"Q2[SQ002]\u{00A0}\": Q2\n"
        #expect(try Self.findings(yaml).isEmpty)
        #expect(try Self.findings("labels:\n  A1: 1\n").isEmpty)
    }

    @Test func theMappedColumnIsStillScoredBesideTheWarning() throws {
        let options = ImportOptions(mapping: try MappingFile.load(yaml: Self.mapping, file: "map.yaml", instrument: Self.instrument))
        let file = try SurveyFile(data: Data(Self.export.utf8), path: "limesurvey.csv", instrument: Self.instrument)
        let plans = try ExportReader(instrument: Self.instrument, options: options).plan(file).plans
        #expect(plans.first { $0.header.name == "Q2[SQ002]" }?.role == .item(1))
        #expect(plans.first { $0.header.name == "Q2[SQ001]" }?.role == .ignored)
    }

    @Test func theSearchForTheClosestStopsAtItsBudget() throws {
        var mapping = MappingFile(columns: ["Q2[SQ01]": "Q1"])
        mapping.file = "map.yaml"
        mapping.columnLines = ["Q2[SQ01]": 2]
        let headers = ["Q2[SQ001]", "Q2[SQ002]", "Q3"].enumerated().map { ColumnHeader(index: $0.offset, name: $0.element) }
        // "q2[sq01]" has 8 characters, so 2 edits: each 9-character heading costs 8 × 5 = 40, "q3" is too short to compare.
        #expect(UnmatchedMappingHeadings.editLimit(8) == 2)
        let exact = UnmatchedMappingHeadings.findings(mapping, headers: headers, export: "x.csv", budget: 80)
        #expect(exact.first?.message.contains("The closest: \"Q2[SQ001]\", \"Q2[SQ002]\".") == true)
        let short = UnmatchedMappingHeadings.findings(mapping, headers: headers, export: "x.csv", budget: 79)
        #expect(short.first?.message.contains("too many headings to look for the closest") == true)
        #expect(short.first?.line == 2)
    }

    @Test(arguments: [TextLimits.findingsPerKind, TextLimits.findingsPerKind + 1])
    func unmatchedHeadingsAreListedUpToTheCap(count: Int) {
        var mapping = MappingFile(columns: Dictionary(uniqueKeysWithValues: (0..<count).map { ("heading \($0)", "Q1") }))
        mapping.file = "map.yaml"
        mapping.columnLines = Dictionary(uniqueKeysWithValues: (0..<count).map { ("heading \($0)", $0 + 2) })
        let headers = (0..<16_384).map { ColumnHeader(index: $0, name: "column \($0)") }
        let start = Date()
        let findings = UnmatchedMappingHeadings.findings(mapping, headers: headers, export: "wide.csv")
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(findings.count == min(count, TextLimits.findingsPerKind + 1))
        #expect(findings.prefix(TextLimits.findingsPerKind).allSatisfy { $0.line != nil })
        if count > TextLimits.findingsPerKind {
            #expect(findings.last?.message.hasPrefix("1 more headings under `columns:` match no column of wide.csv") == true)
            #expect(findings.last?.line == nil)
        }
    }
}
