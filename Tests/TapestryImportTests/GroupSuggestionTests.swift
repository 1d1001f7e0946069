import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// `inspect` recognises a short-list categorical column as a likely group and gives the
/// `--group-by` to use (issue 10, item 7); `assess` does not group by itself.
@Suite struct GroupSuggestionTests {
    typealias Shapes = ExportShapes

    static func members(_ count: Int, kind: (Int) -> String = { Shapes.kinds[$0 % 3] }) -> [ExportShapes.Member] {
        (0..<count).map { ExportShapes.Member(kind: kind($0), cells: Shapes.labels($0)) }
    }

    static func inspect(_ text: String, named name: String = "export.csv") throws -> Inspection {
        try Inspection.inspect(try Shapes.write(text, named: name), instrument: Shapes.instrument, options: ImportOptions())
    }

    @Test func googleFormsOrganisationColumn() throws {
        let inspection = try Self.inspect(Shapes.googleForms(Self.members(12)))
        #expect(inspection.suggestedGroupBy == Shapes.groupQuestion)
        #expect(inspection.suggestedGroups == [2])
        #expect(inspection.columns[2].role == .ignored)
        // The advice to map it to an item gives way to the --group-by to use.
        let about = inspection.findings.filter { $0.column == Shapes.groupQuestion }
        #expect(about.count == 1)
        #expect(about.first?.message.contains("--group-by \"What kind of organisation do you represent?\"") == true)
        #expect(about.first?.message.contains("ITEM_ID") == false)
    }

    @Test func qualtricsGroupQuestionByItsId() throws {
        let finished = [String](repeating: "1", count: 12)
        let inspection = try Self.inspect(Shapes.qualtrics(Self.members(12), finished: finished))
        #expect(inspection.suggestedGroupBy == "Q1")
    }

    @Test func assessDoesNotGroupWithoutGroupBy() throws {
        let path = try Shapes.write(Shapes.googleForms(Self.members(12)), named: "export.csv")
        let assessment = try Shapes.assess(path)
        #expect(assessment.rounds.first?.groups.isEmpty == true)
    }

    @Test(arguments: [
        // (rows, values): the edges of the rule.
        (10, 2, true), (9, 2, false), (24, 12, true), (26, 13, false), (10, 1, false),
    ])
    func theRuleAtItsEdges(rows: Int, values: Int, suggested: Bool) throws {
        let inspection = try Self.inspect(Shapes.googleForms(Self.members(rows) { "Kind \(Character(UnicodeScalar(65 + $0 % values)!))" }))
        #expect((inspection.suggestedGroupBy != nil) == suggested, "\(rows) rows, \(values) values")
    }

    @Test func aValueGivenOnceIsNotACategory() throws {
        let inspection = try Self.inspect(Shapes.googleForms(Self.members(12) { $0 == 11 ? "Other: a tenants' union" : Shapes.kinds[$0 % 3] }))
        #expect(inspection.suggestedGroupBy == nil)
    }

    @Test(arguments: [
        ["1", "2", "3"],                                           // codes, not text
        ["Agree", "Disagree", "Strongly agree"],                   // an item not matched yet
        ["Maria Garcia", "John Smith", "Ana Lopez"],               // people: an interviewer
        ["a@example.org", "b@example.org", "c@example.org"],       // e-mail addresses
        ["Checked", "Unchecked", "Checked"],                       // a REDCap checkbox
        ["Training", "Outreach", "Training, Outreach"],            // Google Forms checkboxes
        ["Training;", "Outreach;", "Training;Outreach;"],          // Microsoft Forms choices
    ])
    func notAGroup(values: [String]) throws {
        let inspection = try Self.inspect(Shapes.googleForms(Self.members(12) { values[$0 % values.count] }))
        #expect(inspection.suggestedGroupBy == nil, "\(values)")
    }

    @Test func aNamedKindComesFirst() throws {
        // Two candidate columns: the one whose heading names a kind of group is the likeliest.
        var text = ExportShapes.line(["respondent", "Region", "Sector"] + Shapes.instrument.items.map(\.id))
        for index in 0..<12 {
            text += ExportShapes.line(["r\(index)", ["North", "South"][index % 2], ["Public", "Private", "Civil"][index % 3]] + Shapes.numbers(index))
        }
        let inspection = try Self.inspect(text)
        #expect(inspection.suggestedGroups == [2, 1])
        #expect(inspection.suggestedGroupBy == "Sector")
    }

    @Test func noSuggestionWhenGroupByIsGiven() throws {
        let path = try Shapes.write(Shapes.googleForms(Self.members(12)), named: "export.csv")
        let inspection = try Inspection.inspect(path, instrument: Shapes.instrument, options: ImportOptions(groupBy: Shapes.groupQuestion))
        #expect(inspection.suggestedGroups.isEmpty)
    }

    @Test(arguments: [
        ("What kind of organisation do you represent?", #"--group-by "What kind of organisation do you represent?""#),
        (#"Say "which" $type `now`\"#, #"--group-by "Say \"which\" \$type \`now\`\\""#),
        ("Member's type!", #"--group-by 'Member'\''s type!'"#),
    ])
    func theOptionIsQuotedForTheShell(heading: String, option: String) {
        #expect(Inspection.groupByOption(heading) == option)
    }
}
