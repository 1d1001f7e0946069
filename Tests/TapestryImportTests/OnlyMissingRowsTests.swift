import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Rows answered only "don't know / not applicable" (or nothing) are read and set aside with
/// one note per file, not a warning each (issue 10, item 5); a row with an unreadable value
/// is still a warning.
@Suite struct OnlyMissingRowsTests {
    typealias Shapes = ExportShapes

    /// 12 members who answered, and after each of the first six one who answered only "Not
    /// applicable", only "Don't know", or nothing.
    static func members() -> [ExportShapes.Member] {
        var members: [ExportShapes.Member] = []
        for index in 0..<12 {
            members.append(.init(kind: Shapes.kinds[index % 3], cells: Shapes.labels(index)))
            if index < 6 {
                let cells = [Shapes.all("Not applicable"), Shapes.all("Don't know"), Shapes.all("")][index % 3]
                members.append(.init(kind: Shapes.kinds[index % 3], cells: cells))
            }
        }
        return members
    }

    @Test func googleFormsNotApplicableRowsMakeOneNote() throws {
        let path = try Shapes.write(Shapes.googleForms(Self.members()), named: "google-forms.csv")
        let assessment = try Shapes.assess(path)
        let rows = try #require(assessment.rounds.first?.rows)
        #expect(rows == RowCounts(accepted: 12, rejected: 6, onlyMissing: 6))
        // Nothing for --strict to fail on.
        #expect(assessment.findings.filter { $0.severity >= .warning }.isEmpty)
        let notes = assessment.findings.filter { $0.message.contains("answered only") }
        #expect(notes.count == 1)
        let note = try #require(notes.first)
        #expect(note.severity == .info)
        // Header on line 1; the set-aside rows are the 3rd, 5th… lines.
        #expect(note.line == 3)
        #expect(note.message.hasPrefix("6 rows (lines 3, 5, 7, 9, 11 and 1 more) answered only \"don't know\" or \"not applicable\""))
        #expect(!assessment.findings.contains { $0.message.contains("no answer on the scale") })
    }

    @Test func aRowWithAnUnreadableValueIsStillAWarning() throws {
        var members = Self.members()
        // "Unsure" is no label of the scale: the row cannot be read, which is worth a warning.
        members.append(.init(kind: "Funder", cells: ["Unsure"] + Shapes.all("Not applicable").dropFirst()))
        let path = try Shapes.write(Shapes.googleForms(members), named: "google-forms.csv")
        let assessment = try Shapes.assess(path)
        #expect(assessment.rounds.first?.rows == RowCounts(accepted: 12, rejected: 7, onlyMissing: 6))
        let warnings = assessment.findings.filter { $0.severity == .warning }
        #expect(warnings.map(\.line) == [20, 20])
        #expect(warnings.contains { $0.message.contains("\"Unsure\" is not an answer on the scale") })
        #expect(warnings.contains { $0.message.hasPrefix("this row has no answer on the scale that can be read") })
    }

    @Test func manyRowsStillMakeOneNote() throws {
        // More than the cap of findings per kind: one note all the same, with the full count.
        let count = TextLimits.findingsPerKind + 500
        var members = (0..<12).map { ExportShapes.Member(kind: Shapes.kinds[$0 % 3], cells: Shapes.numbers($0)) }
        members += (0..<count).map { _ in ExportShapes.Member(kind: "Funder", cells: Shapes.all("N/A")) }
        let path = try Shapes.write(Shapes.googleForms(members), named: "many.csv")
        let assessment = try Shapes.assess(path)
        #expect(assessment.rounds.first?.rows == RowCounts(accepted: 12, rejected: count, onlyMissing: count))
        let notes = assessment.findings.filter { $0.message.contains("answered only") }
        #expect(notes.count == 1)
        #expect(notes.first?.message.hasPrefix("\(count) rows (lines 14, 15, 16, 17, 18 and \(count - 5) more)") == true)
    }

    @Test func oneRowIsNamedSo() throws {
        var findings = RowFindings(file: "f.csv")
        findings.addOnlyMissing(line: 9)
        #expect(findings.findings.map(\.message).first?.hasPrefix("1 row (line 9) answered only") == true)
        #expect(findings.findings.first?.message.contains("it is counted as read and set aside") == true)
    }
}
