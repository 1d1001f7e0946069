import Foundation
import TapestryImport
import TapestryScoring

/// Small exports in the shapes the platforms write (see ../shared/reference/export-shapes),
/// for the default instrument: Google Forms, REDCap (raw) and Qualtrics (current, three header
/// rows). Each data row is a member: a kind of organisation and one answer per item, 1–5
/// (nil: blank), or a label as written.
enum ExportShapes {
    static let instrument = try! Instrument.partnershipHealth()
    static let groupQuestion = "What kind of organisation do you represent?"
    static let kinds = ["Community group", "Nonprofit", "Funder"]

    /// One member's row: the kind of organisation, then each item's cell as exported.
    struct Member {
        var kind: String
        var cells: [String]
    }

    /// Member `index`'s answers as numbers on the scale, varied and repeatable.
    static func numbers(_ index: Int) -> [String] {
        instrument.items.indices.map { item in String((index * 7 + item * 3) % 5 + 1) }
    }

    /// Member `index`'s answers as the scale's labels.
    static func labels(_ index: Int) -> [String] {
        numbers(index).map { instrument.scale.labels[Int($0)! - 1] }
    }

    /// Every cell `text` (a missing label, say, or blank).
    static func all(_ text: String) -> [String] {
        [String](repeating: text, count: instrument.items.count)
    }

    /// A CSV line, each field quoted where it must be.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }

    /// Google Forms' download from Sheets: Timestamp, Email Address, the group question, then
    /// `Question [Statement]` per item.
    static func googleForms(_ members: [Member]) -> String {
        var text = line(["Timestamp", "Email Address", groupQuestion]
            + instrument.items.map { "How much do you agree with each statement? [\($0.text)]" })
        for (index, member) in members.enumerated() {
            text += line(["9/\(index % 28 + 1)/2026 10:\(10 + index % 50):00", "member\(index)@example.org", member.kind] + member.cells)
        }
        return text
    }

    /// A REDCap raw export: record_id, the survey's identifier and timestamp, `org`, the items
    /// by id in lower case, and `partnership_survey_complete` (2 complete; 0 incomplete, 1
    /// unverified). `complete` gives each row's value.
    static func redcap(_ members: [Member], complete: [String], ids: [String]? = nil) -> String {
        var text = line(["record_id", "redcap_survey_identifier", "partnership_survey_timestamp", "org"]
            + instrument.items.map { $0.id.lowercased() } + ["partnership_survey_complete"])
        for (index, member) in members.enumerated() {
            let id = ids?[index] ?? String(index + 1)
            text += line([id, "", "2026-09-\(String(format: "%02d", index % 28 + 1)) 10:00:00", member.kind] + member.cells + [complete[index]])
        }
        return text
    }

    /// A Qualtrics export (current: ids, question texts, ImportIds), with `Finished` from
    /// `finished` (1 finished, 0 not) and the group question as Q1.
    static func qualtrics(_ members: [Member], finished: [String], ids: [String]? = nil) -> String {
        let metadata = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
                        "RecordedDate", "ResponseId", "RecipientEmail", "DistributionChannel", "UserLanguage"]
        let labels = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished",
                      "Recorded Date", "Response ID", "Recipient Email", "Distribution Channel", "User Language"]
        let importIds = ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished",
                         "recordedDate", "_recordId", "recipientEmail", "distributionChannel", "userLanguage"]
        let items = instrument.items.enumerated()
        var text = line(metadata + ["Q1"] + items.map { "Q2_\($0.offset + 1)" })
        text += line(labels + [groupQuestion] + items.map { "How much do you agree with each statement? - \($0.element.text)" })
        text += line((importIds + ["QID1"] + items.map { "QID2_\($0.offset + 1)" }).map { "{\"ImportId\":\"\($0)\"}" })
        for (index, member) in members.enumerated() {
            let id = ids?[index] ?? "R_\(index)riverside"
            text += line(["2026-09-08 12:00:00", "2026-09-08 12:06:00", "IP Address", "198.51.100.\(index % 250 + 1)",
                          finished[index] == "1" ? "100" : "40", "371", finished[index], "2026-09-08 12:06:00", id,
                          "member\(index)@example.org", "anonymous", "EN", member.kind] + member.cells)
        }
        return text
    }

    /// Writes `text` to a fresh file named `name` and returns its path.
    static func write(_ text: String, named name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shapes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Assesses the file at `path` as one round.
    static func assess(_ path: String, options: ImportOptions = ImportOptions()) throws -> Assessment {
        var request = AssessmentRequest(inputs: [.init(path: path, round: "round")])
        request.importing = options
        return try Assessor.assess(request, instrument: instrument)
    }
}
