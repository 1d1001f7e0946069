import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Which column links a file's rows across rounds: `--link-by`, then an e-mail column, then a
/// member id; never a platform's per-submission id.
@Suite struct LinkColumnTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    static func column(_ text: String, linkBy: String? = nil) throws -> LinkColumn? {
        let file = try SurveyFile(data: Data(text.utf8), path: "in.csv", instrument: instrument)
        let plans = try ExportReader(instrument: instrument, options: ImportOptions()).plan(file).plans
        return try LinkColumn.choose(plans, sample: Array(file.dataRecords()), linkBy: linkBy, file: "in.csv")
    }

    @Test(arguments: [
        // Google Forms, downloaded from its sheet.
        ("Timestamp,Email Address,Q1\n1/15/2026 10:23:45,ana@forms.example,3\n", "Email Address"),
        // Microsoft Forms.
        ("ID,Start time,Completion time,Email,Name,Q1\n1,1/15/24 10:20:01,1/15/24 10:23:45,ben@ms.example,,4\n", "Email"),
        // Qualtrics (its first header row), after the response id.
        ("ResponseId,RecipientLastName,RecipientEmail,Q1\nR_1a,,cy@q.example,4\n", "RecipientEmail"),
        // SurveyMonkey, after the respondent id.
        ("Respondent ID,Collector ID,Email Address,Q1\n114233567890,431234567,di@sm.example,2\n", "Email Address"),
        // REDCap and a French form.
        ("record_id,email,Q1\n1,ed@redcap.example,5\n", "email"),
        ("Horodateur,Courriel,Q1\n2026-01-15 10:00,fa@exemple.example,3\n", "Courriel"),
        // The canonical CSV's respondent column holding addresses.
        ("respondent,Q1\ngil@canon.example,4\nhal@canon.example,3\n", "respondent"),
    ])
    func anEmailColumnLinks(text: String, heading: String) throws {
        let column = try #require(try Self.column(text))
        #expect(column.heading == heading)
        #expect(column.kind == .email && column.needsAddress)
    }

    @Test(arguments: [
        "ResponseId,Q1\nR_1a2b3c,4\n",
        "Respondent ID,Collector ID,Q1\n114233567890,431234567,2\n",
        "#,Q1,Response Type\nodwdp4nzj1xg6m9l36odwdp4nzlv2gcw,5,completed\n",
        "record_id,redcap_survey_identifier,Q1\n1,,4\n",
        "start,end,Q1,_id,_uuid\n2024-01-15T10:20:01,2024-01-15T10:23:45,4,61,48583952-1892-4931-8d9c-869e7b49bafb\n",
        "id,submitdate,Q1\n1,2024-01-15 10:23:45,3\n",
    ])
    func aPerSubmissionIdLinksNothing(text: String) throws {
        #expect(try Self.column(text) == nil)
    }

    @Test func aMemberIdTheCoordinatorPutInLinks() throws {
        let canonical = try #require(try Self.column("respondent,group,Q1\nM001,X,4\n"))
        #expect(canonical.heading == "respondent" && canonical.kind == .memberID && !canonical.needsAddress)
        let named = try #require(try Self.column("ResponseId,Member ID,Q1\nR_1,N-17,4\n"))
        #expect(named.heading == "Member ID" && named.kind == .memberID)
    }

    @Test func precedenceIsLinkByThenEmailThenMemberId() throws {
        let text = "respondent,Email,Member no.,Q1\nM001,ann@x.example,N-1,4\n"
        #expect(try Self.column(text)?.heading == "Email")
        let named = try #require(try Self.column(text, linkBy: "member no"))
        #expect(named.heading == "Member no." && named.kind == .named && !named.needsAddress)
        #expect(try Self.column(text, linkBy: "RESPONDENT")?.heading == "respondent")
        // An e-mail column left blank (Qualtrics' anonymous link) gives way to the member id…
        #expect(try Self.column("respondent,RecipientEmail,Q1\nM001,,4\nM002,,3\n")?.heading == "respondent")
        // …and is kept when nothing else has an identifier, so the report can say it is empty.
        #expect(try Self.column("ResponseId,RecipientEmail,Q1\nR_1,,4\n")?.heading == "RecipientEmail")
        #expect(throws: ImportError.linkColumnNotFound(file: "in.csv", column: "Member id", headers: ["respondent", "Email", "Member no.", "Q1"])) {
            try Self.column(text, linkBy: "Member id")
        }
    }

    @Test func onlyAddressesIdentifyInAnEmailColumn() throws {
        let column = try #require(try Self.column("ID,Email,Q1\n1,anonymous,4\n2, Ben@MS.example ,3\n3,,2\n"))
        let records = [CSVRecord(line: 2, fields: ["1", "anonymous", "4"]), CSVRecord(line: 3, fields: ["2", " Ben@MS.example ", "3"]),
                       CSVRecord(line: 4, fields: ["3", "", "2"])]
        #expect(records.map(column.identifier) == [nil, "ben@ms.example", nil])
        // Named with --link-by, an e-mail column still needs an address.
        #expect(try Self.column("ID,Email,Q1\n1,anonymous,4\n", linkBy: "email")?.needsAddress == true)
    }

    @Test func aLinkKeyFromTheEnvironment() throws {
        #expect(try SettingsFiles.linkKey(nil, environment: [SettingsFiles.linkKeyVariable: "from the environment"])
                == Data("from the environment".utf8))
        #expect(try SettingsFiles.linkKey(nil, environment: [:]) == nil)
    }
}
