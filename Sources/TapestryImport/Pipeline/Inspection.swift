import TapestryScoring

/// How a file will be read, before any scoring (`tapestry inspect`): its platform, bytes and
/// header rows, each column's role, and what was found.
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
    /// Each column's plan.
    public var columns: [ColumnPlan]
    /// Findings about the columns.
    public var findings: [Finding]

    /// Inspects the file at `path` against `instrument`.
    public static func inspect(_ path: String, instrument: Instrument, options: ImportOptions) throws -> Inspection {
        let file = try SurveyFile.open(path, instrument: instrument)
        var (plans, findings) = try ExportReader(instrument: instrument, options: options).plan(file)
        if let line = file.unterminatedQuoteLine() {
            findings.append(Finding(severity: .error, file: path, line: line,
                                    message: ImportError.unterminatedQuote(file: path, line: line).description))
        }
        let completion = CompletionRule(platform: file.platform, plans: plans)
        var rows = 0
        var incomplete = 0
        for record in file.dataRecords() {
            rows += 1
            if completion.incompleteReason(record) != nil { incomplete += 1 }
        }
        var quotes = RowFindings(file: path)
        ExportReader.addQuoteFindings(file, plans: plans, to: &quotes)
        findings += quotes.findings
        if rows == 0 { findings.append(ExportReader.noResponsesFinding(file, round: nil)) }
        if incomplete > 0 {
            findings.append(Finding(
                severity: .info, file: path,
                message: "\(incomplete) of \(rows) rows are partial or test responses; they are not scored unless you pass --include-partial."))
        }
        return Inspection(
            file: path, format: file.format, platform: file.platform, encoding: file.encoding,
            delimiter: file.delimiter, headerRows: file.headerRows, dataRows: rows, incompleteRows: incomplete,
            columns: plans, findings: findings)
    }
}
