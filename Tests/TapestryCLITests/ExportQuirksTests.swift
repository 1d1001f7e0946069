import Foundation
import Testing

/// Issue 10, items 1–4, through the built binary on small files shaped like the real exports:
/// a Microsoft Forms export re-saved by Excel as Windows-1252, curly apostrophes in answers,
/// REDCap and Kobo personal columns, a mistyped mapping heading.
@Suite struct ExportQuirksTests {
    /// Five statements of the default instrument, as platforms put them in headings.
    static let statements = [
        "Every member's voice carries weight here, whatever the size of their organisation.",
        "Members respect each other's mission, independence and limits.",
        "I can disagree openly in this coalition without it being held against me.",
        "A few large members decide things and the rest of us follow.",
        "We are asked for our views early, before decisions are made.",
    ]

    static func csvField(_ text: String) -> String {
        text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    /// Item 1: "Computer Science’s" with 0x92, LF line ends, no BOM; reported as `macintosh`
    /// and read as "Computer Scienceís" before.
    @Test func aMicrosoftFormsExportResavedAsWindows1252() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let header = (["ID", "Start time", "Completion time", "Email", "Name", "Which department are you in?"] + Self.statements)
            .map(Self.csvField).joined(separator: ",")
        var bytes = Array((header + "\n").utf8)
        for row in 1...12 {
            let department: [UInt8] = row <= 6 ? Array("Computer Science".utf8) + [0x92] + Array("s outreach team".utf8) : Array("Food Bank".utf8)
            bytes += Array("\(row),1/15/24 10:20:01,1/15/24 10:23:45,anonymous,,".utf8) + department
            bytes += Array(",Agree,Strongly agree,Agree,Disagree,Agree\n".utf8)
        }
        try Self.write(bytes, "forms.csv", in: folder)

        let inspect = try TapestryBinary.run(["inspect", "forms.csv", "--format", "json"], in: folder)
        #expect(inspect.status == 0, "\(inspect.stderr)")
        let inspection = try jsonObject(inspect.stdout)
        #expect(inspection["encoding"] as? String == "windows-1252")
        #expect(inspection["platform"] as? String == "microsoft-forms")

        let assess = try TapestryBinary.run(["assess", "forms.csv", "--group-by", "Which department are you in?", "--format", "json"], in: folder)
        #expect(assess.status == 0, "\(assess.stderr)")
        #expect(assess.stdout.contains("Computer Science’s outreach team"))
        #expect(!assess.stdout.contains("Scienceís"))
    }

    /// Item 2: "Don’t know" with a curly apostrophe, 40 times; 40 warnings and `--strict`
    /// failing before.
    @Test func curlyDontKnowIsMissingAndStrictPasses() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let header = (["Timestamp", "Email Address"] + Self.statements.map { "How much do you agree? [\($0)]" })
            .map(Self.csvField).joined(separator: ",")
        var text = header + "\r\n"
        for row in 1...10 {
            text += "1/\(row)/2024 10:23:45,member\(row)@example.org,Agree,Don’t know,Don’t know,Don’t\u{00A0}know,Don’t know\r\n"
        }
        try Self.write(Array(text.utf8), "google.csv", in: folder)
        let result = try TapestryBinary.run(["assess", "google.csv", "--strict", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try #require(try jsonObject(result.stdout)["findings"] as? [[String: Any]])
        #expect(!findings.contains { $0["severity"] as? String == "warning" })
        #expect(!result.stdout.contains("example.org"))
    }

    /// Item 3: REDCap's `name_first`, `name_last` and Kobo's `Observer name` were `ignored`.
    @Test func redcapAndKoboPersonalHeadingsAreDropped() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let redcap = """
            record_id,redcap_survey_identifier,coalition_survey_timestamp,name_first,name_last,email_address,org,eq1,eq2,coalition_survey_complete
            1,,"2024-01-15 10:23:45",Ana,Lima,ana@example.org,2,5,4,2

            """
        let kobo = """
            "start";"end";"Observer name";"enumerator_id";"Which organisation do you represent?";"EQ1";"EQ2";"_id";"_uuid";"_submission_time";"_index"
            "2024-01-15T10:20:01.000+01:00";"2024-01-15T10:23:45.000+01:00";"Ana Lima";"E7";"Food Bank North";"5";"4";"61";"48583952-1892-4931-8d9c-869e7b49bafb";"2024-01-15T09:23:50";"1"

            """
        try Self.write(Array(redcap.utf8), "redcap.csv", in: folder)
        try Self.write(Array(kobo.utf8), "kobo.csv", in: folder)
        for (file, personal) in [("redcap.csv", ["name_first", "name_last", "email_address"]),
                                 ("kobo.csv", ["Observer name", "enumerator_id"])] {
            let result = try TapestryBinary.run(["inspect", file, "--format", "json"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let columns = try #require(try jsonObject(result.stdout)["columns"] as? [[String: Any]])
            let roles = Dictionary(columns.map { ($0["header"] as? String ?? "", $0["role"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
            for heading in personal { #expect(roles[heading] == "personal", "\(file): \(heading)") }
            #expect(roles["Which organisation do you represent?"] ?? "ignored" == "ignored")
        }
    }

    /// Item 4: a mistyped heading in a mapping file was ignored silently.
    @Test func aMistypedMappingHeadingIsAWarning() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let export = """
            "id";"submitdate";"lastpage";"startlanguage";"seed";"org";"Q2[SQ001]";"Q2[SQ002]"
            "1";"2024-01-15 10:23:45";"3";"en";"123456789";"A1";"A5";"A4"
            "2";"2024-01-15 11:02:10";"3";"en";"987654321";"A2";"A3";"A3"

            """
        let map = """
            columns:
              "Q2[SQ002]": EQ2
              "Q2[SQ01]": EQ1
            labels:
              A3: 3
              A4: 4
              A5: 5

            """
        try Self.write(Array(export.utf8), "limesurvey.csv", in: folder)
        try Self.write(Array(map.utf8), "map.yaml", in: folder)
        let result = try TapestryBinary.run(["assess", "limesurvey.csv", "--map", "map.yaml", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try #require(try jsonObject(result.stdout)["findings"] as? [[String: Any]])
        let typo = try #require(findings.first { $0["file"] as? String == "map.yaml" })
        #expect(typo["severity"] as? String == "warning")
        #expect(typo["line"] as? Int == 3)
        #expect((typo["message"] as? String)?.contains("\"Q2[SQ01]\"") == true)
        #expect((typo["message"] as? String)?.contains("The closest: \"Q2[SQ001]\", \"Q2[SQ002]\".") == true)

        let strict = try TapestryBinary.run(["assess", "limesurvey.csv", "--map", "map.yaml", "--strict"], in: folder)
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("map.yaml:3: the heading \"Q2[SQ01]\""))
    }
}
