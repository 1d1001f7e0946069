import Foundation
import TapestryImport
import TapestryScoring

/// One small coalition's connection answers, written as each platform exports a multi-select
/// question (see ../shared/reference/survey-exports.md), beside the default instrument's items:
/// tapestry's canonical CSV (names separated by ";"), Google Forms (", "), Microsoft Forms
/// (";" with one at the end), KoboToolbox (choice names separated by spaces), Qualtrics
/// (numeric codes with the choices in a mapping file), SurveyMonkey's expanded layout and
/// LimeSurvey's `works_with[SQ001]` (one column per choice).
enum ConnectionShapes {
    static let instrument = ExportShapes.instrument
    static let members = [
        Member(name: "Riverside Food Bank", type: "nonprofit"), Member(name: "St Mark's Church", type: "faith"),
        Member(name: "Eastside Tenants Union", type: "tenants"), Member(name: "Hope Kitchen", type: "nonprofit"),
        Member(name: "Oak Street Residents", type: "tenants"), Member(name: "Green Grocers Co-op", type: "business"),
        Member(name: "Legal Aid, Riverside", type: "nonprofit"),
    ]
    static let worksWithText = instrument.connections[0].text
    static let shouldJoinText = instrument.connections[1].text

    /// One respondent: their organisation, the members they name, and who should join.
    struct Respondent {
        var organisation: Int
        var worksWith: [Int]
        var shouldJoin: [String]
    }

    static let respondents = [
        Respondent(organisation: 0, worksWith: [1, 2, 3], shouldJoin: ["Farmers Market"]),
        Respondent(organisation: 0, worksWith: [3, 6], shouldJoin: []),
        Respondent(organisation: 1, worksWith: [0], shouldJoin: ["Farmers Market", "University Extension"]),
        Respondent(organisation: 2, worksWith: [4, 0], shouldJoin: []),
        Respondent(organisation: 3, worksWith: [0, 1], shouldJoin: ["University Extension"]),
        Respondent(organisation: 4, worksWith: [], shouldJoin: []),
        Respondent(organisation: 6, worksWith: [2], shouldJoin: []),
    ]

    static func names(_ indexes: [Int]) -> [String] { indexes.map { members[$0].name } }

    /// Kobo's choice name for a member: `st_marks_church`.
    static func choiceName(_ member: Int) -> String {
        MemberMatcher.key(members[member].name).replacingOccurrences(of: " ", with: "_")
    }

    static func csv(_ rows: [[String]], delimiter: String = ",", quoteAll: Bool = false) -> String {
        rows.map { fields in
            fields.map { field in
                quoteAll || field.contains(where: { "\(delimiter)\"\n\r".contains($0) })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: delimiter)
        }.joined(separator: "\r\n") + "\r\n"
    }

    static var items: [Item] { instrument.items }

    static func canonical() -> String {
        var rows = [["respondent", "organisation"] + items.map(\.id) + ["works_with", "should_join"]]
        for (index, respondent) in respondents.enumerated() {
            rows.append(["R\(index)", members[respondent.organisation].name] + ExportShapes.numbers(index)
                        + [names(respondent.worksWith).joined(separator: "; "), respondent.shouldJoin.joined(separator: "; ")])
        }
        return csv(rows)
    }

    static func googleForms() -> String {
        var rows = [["Timestamp", "Your organisation"] + items.map { "How much do you agree with each statement? [\($0.text)]" }
                    + [worksWithText, shouldJoinText]]
        for (index, respondent) in respondents.enumerated() {
            rows.append(["9/\(index + 1)/2026 10:00:00", members[respondent.organisation].name] + ExportShapes.labels(index)
                        + [names(respondent.worksWith).joined(separator: ", "), respondent.shouldJoin.joined(separator: ", ")])
        }
        return csv(rows)
    }

    static func microsoftForms() -> String {
        var rows = [["ID", "Start time", "Completion time", "Email", "Name", "Your organisation"] + items.map(\.text)
                    + [worksWithText, shouldJoinText]]
        for (index, respondent) in respondents.enumerated() {
            let joined = respondent.worksWith.isEmpty ? "" : names(respondent.worksWith).joined(separator: ";") + ";"
            rows.append(["\(index + 1)", "9/8/26 10:00:00", "9/8/26 10:05:00", "anonymous", "", members[respondent.organisation].name]
                        + ExportShapes.labels(index) + [joined, respondent.shouldJoin.joined(separator: ";")])
        }
        return csv(rows)
    }

    static func kobo() -> String {
        var rows = [["start", "end", "group_org/organisation"] + items.map(\.id)
                    + ["group_links/works_with", "group_links/should_join", "_id", "_uuid", "_submission_time", "_index"]]
        for (index, respondent) in respondents.enumerated() {
            rows.append(["2026-09-08T10:00:00", "2026-09-08T10:05:00", choiceName(respondent.organisation)]
                        + ExportShapes.numbers(index)
                        + [respondent.worksWith.map(choiceName).joined(separator: " "), respondent.shouldJoin.joined(separator: ", "),
                           "\(100 + index)", "uuid-\(index)", "2026-09-08T10:05:00", "\(index + 1)"])
        }
        return csv(rows, delimiter: ";", quoteAll: true)
    }

    /// Qualtrics with numeric codes: `works_with` holds "1,3,5", the codes of the member list
    /// in order, which the mapping file's `choices:` names.
    static func qualtrics() -> String {
        let numbered = Array(items.enumerated())
        var rows = [["StartDate", "EndDate", "Status", "Finished", "RecordedDate", "ResponseId", "Q1"]
                    + numbered.map { "Q2_\($0.offset + 1)" } + ["Q3", "Q4"]]
        rows.append(["Start Date", "End Date", "Response Type", "Finished", "Recorded Date", "Response ID", "Your organisation"]
                    + numbered.map { "How much do you agree? - \($0.element.text)" } + [worksWithText, shouldJoinText])
        rows.append((["startDate", "endDate", "status", "finished", "recordedDate", "_recordId", "QID1"]
                     + numbered.map { "QID2_\($0.offset + 1)" } + ["QID3", "QID4_TEXT"]).map { "{\"ImportId\":\"\($0)\"}" })
        for (index, respondent) in respondents.enumerated() {
            rows.append(["2026-09-08 10:00:00", "2026-09-08 10:05:00", "0", "1", "2026-09-08 10:05:00", "R_\(index)",
                         members[respondent.organisation].name] + ExportShapes.numbers(index)
                        + [respondent.worksWith.map { String($0 + 1) }.joined(separator: ","), respondent.shouldJoin.joined(separator: "; ")])
        }
        return csv(rows)
    }

    static let qualtricsMapping = "choices:\n  works_with:\n"
        + members.enumerated().map { "    \"\($0.offset + 1)\": \"\($0.element.name)\"\n" }.joined()

    /// SurveyMonkey's expanded layout: the question over the first of its columns, a choice
    /// under each; a ticked choice's cell holds the choice's text.
    static func surveyMonkey() -> String {
        var first = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Your organisation"]
        var second = ["", "", "", "", "", "Open-Ended Response"]
        for (offset, item) in items.enumerated() {
            first.append(offset == 0 ? "How much do you agree with each statement?" : "")
            second.append(item.text)
        }
        for (offset, member) in members.enumerated() {
            first.append(offset == 0 ? worksWithText : "")
            second.append(member.name)
        }
        first.append(shouldJoinText)
        second.append("Open-Ended Response")
        var rows = [first, second]
        for (index, respondent) in respondents.enumerated() {
            rows.append(["\(1000 + index)", "42", "09/08/2026 10:00:00 AM", "09/08/2026 10:05:00 AM", "",
                         members[respondent.organisation].name] + ExportShapes.labels(index)
                        + members.indices.map { respondent.worksWith.contains($0) ? members[$0].name : "" }
                        + [respondent.shouldJoin.joined(separator: "; ")])
        }
        return csv(rows)
    }

    /// LimeSurvey with codes: `works_with[SQ001]`… holding `Y` when ticked, the codes named in
    /// the mapping file's `choices:`.
    static func limeSurvey() -> String {
        var rows = [["id", "submitdate", "lastpage", "startlanguage", "seed", "organisation"] + items.map(\.id)
                    + members.indices.map { "works_with[SQ\(String(format: "%03d", $0 + 1))]" } + ["should_join"]]
        for (index, respondent) in respondents.enumerated() {
            rows.append(["\(index + 1)", "2026-09-08 10:05:00", "3", "en", "123", members[respondent.organisation].name]
                        + ExportShapes.numbers(index) + members.indices.map { respondent.worksWith.contains($0) ? "Y" : "" }
                        + [respondent.shouldJoin.joined(separator: "; ")])
        }
        return csv(rows, delimiter: ";", quoteAll: true)
    }

    static let limeSurveyMapping = "choices:\n  works_with:\n"
        + members.enumerated().map { "    SQ\(String(format: "%03d", $0.offset + 1)): \"\($0.element.name)\"\n" }.joined()

    /// The first round's network when `text` is read (with `mapping`, `organisationColumn`).
    static func network(_ text: String, named name: String, mapping: String? = nil,
                        organisationColumn: String? = nil) throws -> (NetworkSummary?, Assessment) {
        let path = try ExportShapes.write(text, named: name)
        var options = ImportOptions()
        options.members = members
        options.organisationColumn = organisationColumn
        if let mapping { options.mapping = try MappingFile.load(yaml: mapping, file: "map.yaml", instrument: instrument) }
        var request = AssessmentRequest(inputs: [.init(path: path, round: "round")])
        request.importing = options
        request.scoring = ScoringOptions(minimumGroupSize: 1)
        let assessment = try Assessor.assess(request, instrument: instrument)
        return (assessment.rounds.first?.network, assessment)
    }
}
