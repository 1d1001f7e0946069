import ArgumentParser
import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring

/// `tapestry compare`: groups side by side, for workshops that score themselves by table.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare groups side by side (workshop tables, member types): scores, agreement, where each group differs.",
        discussion: """
            Groups under --min-group-size (default 5) are not shown; an open workshop may pass --min-group-size 1, and the \
            output then says it is not anonymous. With --output DIR, the comparison is written to DIR/comparison.md, \
            DIR/comparison.html (to project in the room or print), DIR/comparison.xlsx and DIR/comparison.json \
            (all four, and the summary printed, unless --format says which). DIR is replaced as a whole, all at once; \
            another run's reports only with --force; a folder holding other files never.
            """)

    @Argument(help: ArgumentHelp("Survey answers: a platform's export (CSV or xlsx) or the canonical CSV.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The heading of the column that holds each respondent's group.", valueName: "column"))
    var groupBy: String

    @Option(name: .long, help: ArgumentHelp("Groups with fewer respondents are not shown.", valueName: "n"))
    var minGroupSize: Int = ScoringOptions.anonymousGroupSize

    @OptionGroup var instrumentOptions: InstrumentOptions

    @OptionGroup var importFlags: ImportFlags

    @Option(name: .long, help: ArgumentHelp("Output format (repeatable): terminal, json, markdown, html, xlsx.", valueName: "format"))
    var format: [Format] = []

    @Option(name: .long, help: ArgumentHelp(
        "Write the comparison into this folder, a folder of their own (without --format: markdown, html, xlsx and json).",
        valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Replace the reports of another run in the --output folder.")
    var force = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal, json, markdown, html, xlsx

        /// The file the format writes into an `--output` folder; nil for the terminal text.
        var fileName: String? {
            switch self {
            case .terminal: nil
            case .json: "comparison.json"
            case .markdown: ComparisonMarkdownRenderer.fileName
            case .html: ComparisonHTMLRenderer.fileName
            case .xlsx: ComparisonWorkbook.fileName
            }
        }

        /// Whether the format can only be written into an `--output` folder.
        var needsOutputFolder: Bool { self == .markdown || self == .html || self == .xlsx }
    }

    /// What `--output` without `--format` writes: every file, and the terminal text.
    static let everyFile: [Format] = [.terminal, .json, .markdown, .html, .xlsx]

    func validate() throws {
        if minGroupSize < 1 { throw ValidationError("--min-group-size must be at least 1.") }
        if output != nil && !format.isEmpty && format.allSatisfy({ $0.fileName == nil }) {
            throw ValidationError("--format terminal writes no file into --output; add --format markdown, html, xlsx or json, "
                + "or leave out --format to write them all.")
        }
        if output == nil, let binary = format.first(where: \.needsOutputFolder) {
            throw ValidationError("--format \(binary.rawValue) writes a file: add --output DIR (the comparison goes to DIR/\(binary.fileName ?? "")).")
        }
    }

    func run() throws {
        try ExitStatus.reporting {
            var choices = importFlags.choices
            choices.instrument = instrumentOptions.instrument
            choices.groupBy = groupBy
            choices.minimumGroupSize = minGroupSize
            let settings = try RunSettings(files: [file], choices: choices)
            let formats = format.isEmpty ? (output == nil ? [.terminal] : Self.everyFile) : format
            // Checked before the work, so that a run that cannot write stops at once.
            let folder = try output.map { try ReportFolder(path: $0, project: nil, force: force) }
            let assessment = try Assessor.assess(settings.request, instrument: settings.instrument)
            let model = ComparisonModel(ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: ToolVersion.current),
                                        groupedBy: groupBy)
            try Self.emit(model, formats: formats, folder: folder)
        }
    }

    /// Renders `formats`: the files into `folder` as one set (written before anything is
    /// printed, so that a failure prints only its message), the rest to standard output.
    static func emit(_ model: ComparisonModel, formats: [Format], folder: ReportFolder?) throws {
        var files: [ReportFile] = []
        var printed: [String] = []
        for format in formats {
            switch format {
            case .terminal: printed.append(ComparisonRenderer(colored: Terminal.supportsColor).render(model))
            case .json:
                let text = ComparisonJSON.render(model)
                if folder == nil { printed.append(text) } else { files.append(ReportFile(format.fileName ?? "", contents: Data(text.utf8))) }
            case .markdown: files.append(ReportFile(format.fileName ?? "", contents: try ComparisonMarkdownRenderer().render(model)))
            case .html: files.append(ReportFile(format.fileName ?? "", contents: try ComparisonHTMLRenderer().render(model)))
            case .xlsx: files.append(ReportFile(format.fileName ?? "") { try ComparisonWorkbook().render(model, to: $0) })
            }
        }
        if let folder, !files.isEmpty { try folder.write(files) }
        for text in printed { print(text, terminator: "") }
        if let folder, !files.isEmpty {
            let written = files.map { URL(fileURLWithPath: folder.path).appendingPathComponent($0.name).path }
            FileHandle.standardError.write(Data("tapestry: wrote \(written.joined(separator: ", "))\n".utf8))
        }
    }
}
