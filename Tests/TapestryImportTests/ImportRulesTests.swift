import Foundation
import Testing
import TapestryImport
import TapestryScoring

/// Partial and test responses, duplicates, the mapping file, the workbook reader and the
/// respondent key.
@Suite struct ImportRulesTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    static func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> (RoundResult, [Finding]) {
        var builder = AssessmentBuilder(instrument: instrument)
        let file = try SurveyFile(data: Data(text.utf8), path: "f.csv", instrument: instrument)
        let findings = try ExportReader(instrument: instrument, options: options).read(file, defaultRound: "r", into: &builder).findings
        return (builder.results(options: ScoringOptions())[0], findings)
    }

    @Test func duplicateRespondentsKeepTheLastResponse() throws {
        let (round, findings) = try Self.read("respondent,Q1,Q2\na,1,1\nb,3,3\nA ,5,5\n")
        #expect(round.rows == RowCounts(accepted: 2, rejected: 1))
        #expect(round.dimensions[0].items[0].counts == [0, 0, 1, 0, 1])  // a's 1 is gone, its 5 kept
        let duplicate = try #require(findings.first { $0.line == 2 })
        #expect(duplicate.message.contains("answered again in this round on line 4"))
        #expect(duplicate.column == "respondent")
    }

    @Test func theSameRespondentInTwoRoundsIsNoDuplicate() throws {
        var builder = AssessmentBuilder(instrument: Self.instrument)
        let text = "respondent,round,timestamp,Q1,Q2\na,Q1,2026-01-10 10:00,2,2\na,Q2,2026-04-10 10:00,4,4\na,Q2,2026-04-11 10:00,5,5\n"
        let file = try SurveyFile(data: Data(text.utf8), path: "f.csv", instrument: Self.instrument)
        _ = try ExportReader(instrument: Self.instrument, options: ImportOptions()).read(file, defaultRound: "r", into: &builder)
        let rounds = builder.results(options: ScoringOptions())
        // Every row has its own round, so the file's own round ("r") does not appear empty.
        #expect(rounds.map(\.label) == ["Q1", "Q2"])
        #expect(rounds.map(\.rows) == [RowCounts(accepted: 1, rejected: 0), RowCounts(accepted: 1, rejected: 1)])

        var byDate = AssessmentBuilder(instrument: Self.instrument)
        let dated = try SurveyFile(data: Data("respondent,timestamp,Q1,Q2\na,2026-01-10 10:00,2,2\na,2026-04-10 10:00,4,4\n".utf8),
                                   path: "g.csv", instrument: Self.instrument)
        _ = try ExportReader(instrument: Self.instrument, options: ImportOptions(roundBy: .quarter)).read(dated, defaultRound: "r", into: &byDate)
        #expect(byDate.results(options: ScoringOptions()).map(\.rows.accepted) == [1, 1])
    }

    @Test func anEmptyLaterDuplicateDoesNotReplaceAnAnswer() throws {
        let (round, _) = try Self.read("respondent,Q1,Q2\na,4,4\na,,\n")
        #expect(round.rows == RowCounts(accepted: 1, rejected: 1))
        #expect(round.dimensions[0].mean == 4)
    }

    static let qualtrics = """
        StartDate,Status,Finished,ResponseId,Q1,Q2
        Start Date,Response Type,Finished,Response ID,Q - one,Q - two
        "{""ImportId"":""startDate""}","{""ImportId"":""status""}","{""ImportId"":""finished""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}"
        2026-01-01,IP Address,True,R_1,4,4
        2026-01-01,Survey Preview,True,R_2,5,5
        2026-01-01,0,0,R_3,1,
        2026-01-01,2,1,R_4,2,2

        """

    @Test func partialAndTestResponsesAreSetAsideWithTheirReason() throws {
        let (round, findings) = try Self.read(Self.qualtrics)
        #expect(round.rows == RowCounts(accepted: 1, rejected: 3))
        let reasons = findings.filter { $0.message.hasPrefix("not scored") }
        #expect(reasons.map(\.line) == [5, 6, 7])
        #expect(reasons[0].message.contains("Status = Survey Preview"))
        #expect(reasons.map(\.column) == ["Status", "Finished", "Status"])
        #expect(reasons[1].message.contains("Finished = 0"))
        #expect(reasons[2].message.contains("Status = 2"))
        #expect(reasons.allSatisfy { $0.message.contains("--include-partial") })
        let (all, _) = try Self.read(Self.qualtrics, options: ImportOptions(includePartial: true))
        #expect(all.rows == RowCounts(accepted: 4, rejected: 0))
    }

    @Test(arguments: [
        ("#,Q1,Response Type\nt1,4,completed\nt2,5,partial\n", "Response Type = partial"),
        ("id,submitdate,lastpage,startlanguage,seed,Q1\n1,2026-01-01,2,en,11,4\n2,,1,en,12,5\n", "no submit date"),
        ("record_id,q1,q2,survey_complete\n1,4,4,2\n2,5,5,1\n", "survey_complete = 1"),
        ("Record ID,Q1,Complete?\n1,4,Complete\n2,5,Incomplete\n", "Complete? = Incomplete"),
    ])
    func otherPlatformsMarksOfIncompleteResponses(text: String, reason: String) throws {
        let (round, findings) = try Self.read(text)
        #expect(round.rows == RowCounts(accepted: 1, rejected: 1))
        #expect(findings.contains { $0.line == 3 && $0.message.contains(reason) })
    }

    @Test func mappingFilesAreCheckedAgainstTheInstrument() throws {
        let yaml = "columns:\n  \"Q2[SQ001]\": Q1\nlabels:\n  A1: 1\nmissing:\n  - A9\n"
        let mapping = try MappingFile.load(yaml: yaml, file: "m.yaml", instrument: Self.instrument)
        #expect(mapping == MappingFile(columns: ["Q2[SQ001]": "Q1"], labels: ["A1": 1], missing: ["A9"]))
        #expect(throws: ImportError.invalidMapping(file: "m.yaml", line: 2, problem:
            "`ZZ9` is not an item of instrument `mini`; `tapestry instrument --format markdown` lists them.")) {
            try MappingFile.load(yaml: "columns:\n  x: ZZ9\n", file: "m.yaml", instrument: Self.instrument)
        }
        #expect(throws: ImportError.self) { try MappingFile.load(yaml: "labels:\n  A1: 9\n", file: "m.yaml", instrument: Self.instrument) }
        #expect(throws: ImportError.self) { try MappingFile.load(yaml: "colums: {}\n", file: "m.yaml", instrument: Self.instrument) }
        #expect(MappingFile.columnLine(heading: "Say \"hi\"") == "  \"Say \\\"hi\\\"\": ITEM_ID")
    }

    @Test func workbooksReadLikeCSV() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("samples/exports/microsoft-forms.xlsx")
        let records = try XLSXReader.records(data: Data(contentsOf: url), file: "mf.xlsx")
        #expect(records.count == 43)
        #expect(records[0].fields.prefix(3) == ["ID", "Start time", "Completion time"])
        #expect(records[1].line == 2)
        #expect(records[1].fields[0] == "1")                            // a number, without ".0"
        #expect(records[1].fields[1] == "2026-09-08 12:00:00")          // a date cell
        #expect(records[1].fields[6] == "Community group")              // a shared string
        #expect(throws: ImportError.self) { try XLSXReader.records(data: Data("PK\u{03}\u{04}nonsense".utf8), file: "bad.xlsx") }
    }

    @Test func excelSerialDates() {
        #expect(SheetParserProbe.date(45_000) == "2023-03-15 00:00:00")
        #expect(SheetParserProbe.date(45_000.5) == "2023-03-15 12:00:00")
        #expect(SheetParserProbe.date(1) == "1900-01-01 00:00:00")
        #expect(SheetParserProbe.date(61) == "1900-03-01 00:00:00")     // after the phantom 29 February 1900
    }

    @Test func respondentKeysAreKeyedHashes() {
        let keyer = RespondentKeyer(secret: Data("riverside-secret".utf8))
        // HMAC-SHA256("riverside-secret", "member07@riverside.example"), computed with Python's hmac.
        #expect(keyer.key(for: "  Member07@Riverside.example ") == "fc1a1dd2408d009e12f1b331d20c0ab5674b2f808c7e1482232690e99586f8bd")
        #expect(keyer.isStable)
        // Rounds are linked by its first 11 bytes in base64url (Python: urlsafe_b64encode(digest[:11])).
        #expect(keyer.linkKey(for: "  Member07@Riverside.example ") == "_Bod0kCNAJ4S8bM")
        let unkeyed = RespondentKeyer(secret: nil)
        #expect(!unkeyed.isStable)
        #expect(unkeyed.key(for: "a") != RespondentKeyer(secret: nil).key(for: "a"))  // a fresh random key each run
        #expect(keyer.key(for: "  ") == nil)
    }
}
