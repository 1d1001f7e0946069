/// The formats `assess` can produce; also the type of its `--format` option.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// A summary for people, printed to standard output.
    case terminal
    /// The JSON contract, `tapestry.assessment/1`.
    case json
    /// The coalition's report, with its charts.
    case markdown
    /// The funder workbook.
    case xlsx
    /// The coalition's report as one web page, charts inside, to e-mail or print.
    case html

    /// The formats this build can write.
    public static let available: [OutputFormat] = [.terminal, .json, .markdown, .xlsx, .html]

    /// Whether the format can only be written into an `--output` folder.
    public var needsOutputFolder: Bool { self == .xlsx || self == .markdown || self == .html }

    /// The file a format writes into an `--output` folder, if it writes one.
    public var fileName: String? {
        switch self {
        case .terminal: nil
        case .json: "assessment.json"
        case .markdown: "report.md"
        case .xlsx: "report.xlsx"
        case .html: "report.html"
        }
    }
}
