import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// `inspect` reads rows through the same code as `assess` (issue 10, item 6): on a REDCap
/// export with incomplete forms and a Qualtrics export with unfinished responses, every count
/// `inspect` gives is the one `assess` gives.
@Suite struct InspectionAgreesWithAssessTests {
    typealias Shapes = ExportShapes

    static func members(_ count: Int) -> [ExportShapes.Member] {
        (0..<count).map { ExportShapes.Member(kind: Shapes.kinds[$0 % 3], cells: Shapes.numbers($0)) }
    }

    /// Checks that inspect's counts are assess's, and returns inspect's tally.
    static func agree(_ path: String, options: ImportOptions = ImportOptions()) throws -> RowTally {
        let inspection = try Inspection.inspect(path, instrument: Shapes.instrument, options: options)
        let assessment = try Shapes.assess(path, options: options)
        let rows = try #require(assessment.rounds.first?.rows)
        let tally = try #require(inspection.rows)
        #expect(inspection.dataRows == rows.read)
        #expect(tally.read == rows.read)
        #expect(tally.accepted == rows.accepted)
        #expect(tally.rejected == rows.rejected)
        #expect(tally.onlyMissing == rows.onlyMissing)
        #expect(inspection.incompleteRows == tally.partial)
        // And the same findings, but for a column that looks like a group, where inspect says so.
        let groups = Set(inspection.suggestedGroups.map { inspection.columns[$0].header.display })
        let others = { (findings: [Finding]) in findings.filter { !groups.contains($0.column ?? "") } }
        #expect(others(inspection.findings) == others(assessment.findings))
        #expect(inspection.findings.count > others(inspection.findings).count || groups.isEmpty)
        return tally
    }

    @Test func redcapWithIncompleteForms() throws {
        // Rows 3 and 5: the form is incomplete (0) and unverified (1); record 7 answered twice.
        var members = Self.members(12)
        members.append(.init(kind: "Funder", cells: Shapes.all("")))
        let complete = ["2", "2", "0", "2", "1", "2", "2", "2", "2", "2", "2", "2", "2"]
        let ids = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "7", "12", "13"]
        let path = try Shapes.write(Shapes.redcap(members, complete: complete, ids: ids), named: "redcap.csv")
        let tally = try Self.agree(path)
        #expect(tally.read == 13)
        #expect(tally.partial == 2)
        #expect(tally.duplicates == 1)
        #expect(tally.onlyMissing == 1)
        #expect(tally.accepted == 9)
        // With --include-partial, both score those rows.
        let partial = try Self.agree(path, options: ImportOptions(includePartial: true))
        #expect(partial.partial == 0)
        #expect(partial.accepted == 11)
    }

    @Test func qualtricsWithUnfinishedResponses() throws {
        let members = Self.members(12)
        let finished = ["1", "0", "1", "1", "1", "0", "1", "1", "1", "1", "0", "1"]
        let path = try Shapes.write(Shapes.qualtrics(members, finished: finished), named: "qualtrics.csv")
        let tally = try Self.agree(path)
        #expect(tally.read == 12)
        #expect(tally.partial == 3)
        #expect(tally.accepted == 9)
    }

    @Test func noItemColumnsGiveNoTally() throws {
        let path = try Shapes.write("org,comment\nA,x\nB,y\n", named: "other.csv")
        let inspection = try Inspection.inspect(path, instrument: Shapes.instrument, options: ImportOptions())
        #expect(inspection.rows == nil)
        #expect(inspection.dataRows == 2)
    }
}
