import Foundation
import TapestryScoring

/// How a file will be read, before any scoring (`tapestry inspect`): its platform, bytes and
/// header rows, each column's role, and what was found. The rows are read by the very code
/// `assess` runs (``ExportReader``, into a builder that is thrown away), so every count and
/// finding is the one `assess` gives for the file.
public struct Inspection: Sendable {
    /// The file as the user named it.
    public var file: String
    /// `csv` or `xlsx`.
    public var format: String
    /// The platform recognised.
    public var platform: Platform
    /// The text encoding.
    public var encoding: String
    /// The field delimiter; nil for xlsx.
    public var delimiter: Character?
    /// Header rows before the data.
    public var headerRows: Int
    /// Non-blank rows after the header rows.
    public var dataRows: Int
    /// Rows that are partial or test responses (not scored unless `--include-partial`).
    public var incompleteRows: Int
    /// What `assess` would do with each row; nil when it would read none (the file has no
    /// item column, or a quote is never closed).
    public var rows: RowTally?
    /// Each column's plan.
    public var columns: [ColumnPlan]
    /// Columns that look like a group (``GroupCandidates``), best first: their indexes.
    public var suggestedGroups: [Int]
    /// Findings about the columns and rows.
    public var findings: [Finding]

    /// The heading to pass to `--group-by`, for the best suggested group column.
    public var suggestedGroupBy: String? {
        suggestedGroups.first.flatMap { index in columns.first { $0.header.index == index }?.header.display }
    }

    /// Inspects the file at `path` against `instrument`.
    public static func inspect(_ path: String, instrument: Instrument, options: ImportOptions) throws -> Inspection {
        let file = try SurveyFile.open(path, instrument: instrument)
        let reader = ExportReader(instrument: instrument, options: options)
        var (plans, findings) = try reader.plan(file)
        let hasItems = plans.contains { if case .item = $0.role { true } else { false } }
        let hasRows = file.dataRecords().contains { _ in true }
        let completion = CompletionRule(platform: file.platform, plans: plans)
        var tally: RowTally?
        var dataRows = 0
        var incomplete = 0
        if hasItems, hasRows, file.unterminatedQuoteLine() == nil {
            var builder = AssessmentBuilder(instrument: instrument)
            var groupLabels = GroupLabels()
            let report = try reader.read(file, defaultRound: "", into: &builder, groupLabels: &groupLabels)
            findings = report.findings
            tally = report.rows
            dataRows = report.rows.read
            incomplete = report.rows.partial
        } else {
            // Nothing would be scored: only say how many rows there are, and what is wrong.
            if let line = file.unterminatedQuoteLine() {
                findings.append(Finding(severity: .error, file: path, line: line,
                                        message: ImportError.unterminatedQuote(file: path, line: line).description))
            }
            for record in file.dataRecords() {
                dataRows += 1
                if completion.incompleteReason(record) != nil { incomplete += 1 }
            }
            var quotes = RowFindings(file: path)
            ExportReader.addQuoteFindings(file, plans: plans, to: &quotes)
            findings += quotes.findings
            if dataRows == 0 { findings.append(ExportReader.noResponsesFinding(file, round: nil)) }
            if incomplete > 0 {
                findings.append(Finding(
                    severity: .info, file: path,
                    message: "\(incomplete) of \(dataRows) rows are partial or test responses; they are not scored unless you pass --include-partial."))
            }
        }
        var candidates = GroupCandidates(plans: plans, answers: AnswerReader(scale: instrument.scale, mapping: options.mapping))
        if hasRows {
            for record in file.dataRecords() {
                if candidates.isSettled { break }
                candidates.add(record)
            }
        }
        let suggestions = candidates.suggestions
        for suggestion in suggestions {
            let plan = plans.first { $0.header.index == suggestion.column }!
            let heading = plan.header.display
            // The advice to map it to an item gives way to the advice to group by it.
            findings.removeAll { $0.severity == .info && $0.column == heading && $0.message.contains("ITEM_ID") }
            findings.append(Finding(
                severity: .info, file: path, line: file.headerLine, column: heading,
                message: "looks like a group column (\(suggestion.values) kinds of answer, each given more than once), "
                    + "not a statement. To see the scores of each kind side by side, pass \(groupByOption(heading))."))
        }
        return Inspection(
            file: path, format: file.format, platform: file.platform, encoding: file.encoding,
            delimiter: file.delimiter, headerRows: file.headerRows, dataRows: dataRows, incompleteRows: incomplete,
            rows: tally, columns: plans, suggestedGroups: suggestions.map(\.column), findings: findings)
    }

    /// `--group-by "heading"`, quoted for a POSIX shell: in double quotes with `"`, `\`, `$`
    /// and `` ` `` escaped; in single quotes when the heading holds a `!` (which an
    /// interactive shell would expand inside double quotes).
    public static func groupByOption(_ heading: String) -> String {
        if heading.contains("!") {
            return "--group-by '" + heading.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
        }
        var quoted = ""
        for character in heading {
            if "\"\\$`".contains(character) { quoted.append("\\") }
            quoted.append(character)
        }
        return "--group-by \"" + quoted + "\""
    }
}
