import Foundation
import Testing
import TapestryImport
import TapestryScoring

/// Row accounting and findings with file, line and column.
@Suite struct CanonicalCSVReaderTests {
    static let instrument = Instrument(
        id: "mini", version: "1", title: "Mini",
        scale: Scale(min: 1, max: 5, labels: ["SD", "D", "N", "A", "SA"], missing: ["Don't know"]),
        dimensions: [
            Dimension(id: "d", title: "D", category: "principle", polarity: .positive,
                      items: [Item(id: "Q1", text: "one"), Item(id: "Q2", text: "two")]),
        ])

    static func read(_ text: String, groupBy: String? = nil) throws -> (rounds: [RoundResult], findings: [Finding]) {
        var builder = AssessmentBuilder(instrument: instrument)
        let file = try SurveyFile(data: Data(text.utf8), path: "in.csv", instrument: instrument)
        let findings = try ExportReader(instrument: instrument, options: ImportOptions(groupBy: groupBy))
            .read(file, defaultRound: "spring", into: &builder).findings
        return (builder.results(options: ScoringOptions(minimumGroupSize: 1)), findings)
    }

    @Test func everyRowIsAcceptedOrRejectedWithAReason() throws {
        let text = """
            respondent,group,Q1,Q2,comments
            a,X,4,SA,fine
            b,X,,,empty

            c,Y,7,maybe,typo
            d,Y,don't know,2,
            """
        let (rounds, findings) = try Self.read(text, groupBy: "group")
        #expect(rounds.count == 1)
        // Row b answered nothing: set aside with a note, not a warning; row c only unreadable values.
        #expect(rounds[0].rows == RowCounts(accepted: 2, rejected: 2, onlyMissing: 1))  // the blank line is not a row
        #expect(rounds[0].rows.read == 4)
        let described = findings.map { "\($0.severity.rawValue) \($0.line.map(String.init) ?? "-") \($0.column ?? "-")" }
        #expect(described == ["info 1 comments", "warning 5 Q1", "warning 5 Q2", "warning 5 -", "info 3 -"])
        #expect(findings[1].message.contains("7 is outside the scale"))
        #expect(findings[1].message.contains("from 1 to 5"))
        #expect(findings[2].message.contains("\"maybe\" is not an answer"))
        #expect(findings[3].message.contains("rejected"))
        #expect(findings[4].message.hasPrefix("1 row (line 3) answered only"))
        #expect(findings[0].message.contains("\"comments\": ITEM_ID"))
        #expect(rounds[0].groups.map(\.name) == ["X", "Y"])
        #expect(rounds[0].groups.map(\.n) == [1, 1])
        #expect(rounds[0].dimensions[0].items.map(\.counts) == [[0, 0, 0, 1, 0], [0, 1, 0, 0, 1]])
    }

    @Test func roundColumnSplitsRowsAndBlankGroupsAreNamed() throws {
        let text = "round,group,Q1,Q2\nautumn,,3,3\n,X,4,4\nautumn,X,5,\n"
        let (rounds, _) = try Self.read(text, groupBy: "GROUP")
        // Rounds in the order first seen; the row without a round goes to the file's ("spring").
        #expect(rounds.map(\.label) == ["autumn", "spring"])
        #expect(rounds.map(\.respondents) == [2, 1])
        #expect(rounds[0].groups.map(\.name) == [ImportOptions.unstatedGroup, "X"])
    }

    @Test func missingItemColumnsAndExtraFieldsAreFindings() throws {
        let (rounds, findings) = try Self.read("Q1\n4,9\n")
        #expect(rounds[0].rows.accepted == 1)
        #expect(findings.map(\.column) == ["Q2", nil])
        #expect(findings[0].message.contains("no column holds item Q2"))
        #expect(findings[0].message.contains("\"HEADING\": Q2"))
        #expect(findings[1].message.contains("extra values were ignored"))
    }

    @Test func unusableFilesAreErrorsThatNameTheFile() {
        #expect(throws: ImportError.empty(file: "in.csv")) { try Self.read("\n\n") }
        #expect(throws: ImportError.noItemColumns(file: "in.csv", line: 1, headers: ["name", "age"])) {
            try Self.read("name,age\nAnn,4\n")
        }
        #expect(throws: ImportError.groupColumnNotFound(file: "in.csv", column: "team", headers: ["Q1", "Q2"])) {
            try Self.read("Q1,Q2\n1,2\n", groupBy: "team")
        }
        #expect(throws: ImportError.unterminatedQuote(file: "in.csv", line: 3)) {
            try Self.read("Q1,Q2\n1,2\n\"3,4\n")
        }
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(ImportError.noItemColumns(file: "f.csv", line: 1, headers: ["a"]).description
            .contains("tapestry template csv"))
        #expect(ImportError.cannotOpen(file: "f.csv", reason: "no such file").description.hasPrefix("f.csv: cannot open"))
    }
}
