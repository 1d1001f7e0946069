import Foundation
import TapestryScoring

/// Recognises the platform of an export from its structure, never from English header
/// words alone (platforms translate their headers): Qualtrics' ImportId row or `V1…V10`,
/// SurveyMonkey's carried question row, Kobo's `_uuid` columns, REDCap's `_complete`
/// columns, LimeSurvey's fixed first columns, Typeform's `#` token, the timestamps Google
/// and Microsoft Forms put first.
public enum PlatformDetector {
    /// The platform and how many header rows it uses, from the file's first non-blank records.
    public static func detect(_ records: [CSVRecord], instrument: Instrument) -> (platform: Platform, headerRows: Int) {
        guard let header = records.first?.fields.map(\.trimmed) else { return (.unknown, 1) }
        let names = Set(header.map { $0.lowercased() })
        let second = records.count > 1 ? records[1].fields.map(\.trimmed) : []
        let third = records.count > 2 ? records[2].fields.map(\.trimmed) : []

        if let first = third.first, first.hasPrefix("{\"ImportId\"") || first.hasPrefix("{'ImportId'") {
            return (.qualtrics, 3)
        }
        if header.starts(with: ["V1", "V2", "V3"]) { return (.qualtrics, 2) }
        if isSurveyMonkey(header, second) { return (.surveymonkey, 2) }
        if !names.isDisjoint(with: ["_uuid", "_submission_time", "_index", "_validation_status", "__version__", "_submitted_by"]) {
            let hxl = !second.isEmpty && second.filter { !$0.isEmpty }.allSatisfy { $0.hasPrefix("#") }
                && second.contains { !$0.isEmpty }
            return (.kobotoolbox, hxl ? 2 : 1)
        }
        if isREDCap(header, records.dropFirst()) { return (.redcap, 1) }
        if isLimeSurvey(names, records.dropFirst()) { return (.limesurvey, 1) }
        if header.first == "#" { return (.typeform, 1) }
        if isMicrosoftForms(header, records.dropFirst()) { return (.microsoftForms, 1) }
        let itemIds = Set(instrument.items.map { $0.id.lowercased() })
        if header.contains(where: { itemIds.contains($0.lowercased()) }) { return (.canonical, 1) }
        if isGoogleForms(header, records.dropFirst()) { return (.googleForms, 1) }
        return (.unknown, 1)
    }

    /// Row 2 holds sub-labels under the questions and nothing under the metadata columns,
    /// and row 1 leaves blanks where a question spans several columns.
    private static func isSurveyMonkey(_ header: [String], _ second: [String]) -> Bool {
        guard second.count >= 2, let firstHeader = header.first, !firstHeader.isEmpty,
              second.first?.isEmpty == true, second.contains(where: { !$0.isEmpty }) else { return false }
        let carried = header.indices.contains { index in
            index > 0 && header[index].isEmpty && second.indices.contains(index) && !second[index].isEmpty
        }
        let subLabels = Set(second.map { $0.lowercased() })
        return carried || subLabels.contains("response") || subLabels.contains("open-ended response")
    }

    private static func isREDCap(_ header: [String], _ rows: ArraySlice<CSVRecord>) -> Bool {
        let lower = header.map { $0.lowercased() }
        if lower.contains("redcap_survey_identifier") || lower.contains("redcap_event_name") { return true }
        if lower.contains(where: { $0.hasSuffix("_complete") }) && lower.contains(where: { $0.hasSuffix("_timestamp") }) {
            return true
        }
        if header.contains(where: namesAChoice) { return true }
        // A `<form>_complete` column holding REDCap's codes 0, 1, 2; or the labels export's
        // "Complete?" holding Complete / Incomplete / Unverified.
        let sample = rows.prefix(20).filter { !$0.isBlank }
        for (index, name) in lower.enumerated() where name.hasSuffix("_complete") || name == "complete?" {
            let allowed: Set<String> = name.hasSuffix("?") ? ["complete", "incomplete", "unverified", ""] : ["0", "1", "2", ""]
            if !sample.isEmpty && sample.allSatisfy({ allowed.contains($0[safe: index].trimmed.lowercased()) }) { return true }
        }
        return rows.prefix(20).contains { $0.fields.contains("[not completed]") }
    }

    /// REDCap's checkbox heading, `Label (choice=Option)`: `\(choice=.+\)$` as a regular
    /// expression, checked in one pass (the expression read to the end again from every
    /// `(choice=`). `.` stops at line breaks, so the match lies in the last line.
    static func namesAChoice(_ heading: String) -> Bool {
        let breaks: Set<Unicode.Scalar> = ["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        var scalars = Array(heading.unicodeScalars)
        // `$` also matches before a line break that ends the text.
        if scalars.last == "\n", scalars.dropLast().last == "\r" {
            scalars.removeLast(2)
        } else if let last = scalars.last, breaks.contains(last) {
            scalars.removeLast()
        }
        guard scalars.last == ")" else { return false }
        let lastLine = (scalars.lastIndex(where: breaks.contains) ?? -1) + 1
        let marker = Array("(choice=".unicodeScalars)
        var index = lastLine
        // The first `(choice=` of the last line leaves the most room before the final `)`.
        while index + marker.count < scalars.count - 1 {
            if scalars[index] == "(", scalars[index..<(index + marker.count)].elementsEqual(marker) { return true }
            index += 1
        }
        return false
    }

    /// Codes (`submitdate`, `lastpage`, `startlanguage`), or, with translated full headings,
    /// the fixed first columns: id, submit date, last page (a number), start language (a
    /// language code), seed (digits).
    private static func isLimeSurvey(_ names: Set<String>, _ rows: ArraySlice<CSVRecord>) -> Bool {
        if names.isSuperset(of: ["submitdate", "lastpage", "startlanguage"]) { return true }
        let sample = rows.prefix(10).filter { !$0.isBlank }
        return !sample.isEmpty && sample.allSatisfy { record in
            let cells = record.fields.map(\.trimmed)
            return cells.count > 5
                && cells[0].allSatisfy(\.isNumber) && !cells[0].isEmpty
                && (cells[2].isEmpty || cells[2].allSatisfy(\.isNumber))
                && cells[3].range(of: #"^[a-z]{2,3}([-_][A-Za-z]{2,4})?$"#, options: .regularExpression) != nil
                && (cells[4].isEmpty || cells[4].allSatisfy(\.isNumber))
        }
    }

    /// `ID`, start time, completion time, then an e-mail address or "anonymous".
    private static func isMicrosoftForms(_ header: [String], _ rows: ArraySlice<CSVRecord>) -> Bool {
        guard header.count > 5, header[0].lowercased() == "id" else { return false }
        let sample = rows.prefix(10).filter { !$0.isBlank }
        return !sample.isEmpty && sample.allSatisfy { record in
            let cells = record.fields.map(\.trimmed)
            return cells.count > 3 && cells[0].allSatisfy(\.isNumber)
                && looksLikeDateTime(cells[1]) && looksLikeDateTime(cells[2])
        }
    }

    /// One header row and a timestamp in the first column of every data row.
    private static func isGoogleForms(_ header: [String], _ rows: ArraySlice<CSVRecord>) -> Bool {
        let sample = rows.prefix(10).filter { !$0.isBlank }
        return header.count > 1 && !sample.isEmpty && sample.allSatisfy { looksLikeDateTime($0[safe: 0].trimmed) }
    }

    /// A date and a time, in any of the usual orders and separators.
    static func looksLikeDateTime(_ text: String) -> Bool {
        text.range(of: #"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[ T]\d{1,2}:\d{2}"#, options: .regularExpression) != nil
    }
}
