import ArgumentParser
import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring

/// `tapestry assess`: scores survey answers and reports them.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Score survey answers and report the coalition's health.",
        discussion: """
            Each FILE is one round, labelled by its file name unless --round labels are given. \
            Exports of Google Forms, SurveyMonkey, Qualtrics, Microsoft Forms (xlsx), KoboToolbox, \
            LimeSurvey, REDCap and Typeform are read as they come; `tapestry inspect` shows how. \
            Without --output, the terminal summary and JSON print to standard output; with \
            --output DIR, JSON is written to DIR/assessment.json, the coalition's report to \
            DIR/report.md (charts in DIR/charts/) and the funder workbook to DIR/report.xlsx, \
            whole or not at all.
            """)

    @Argument(help: ArgumentHelp("Survey answers: a platform's export (CSV or xlsx) or the canonical CSV.", valueName: "file"))
    var files: [String]

    @OptionGroup var instrumentOptions: InstrumentOptions

    @OptionGroup var importFlags: ImportFlags

    @Option(name: .customLong("round"), help: ArgumentHelp("A label for each FILE's round, in order.", valueName: "label"))
    var rounds: [String] = []

    @Option(name: .long, help: ArgumentHelp("Split one file into rounds by its timestamps: month, quarter or year.", valueName: "period"))
    var roundBy: RoundPeriod?

    @Option(name: .long, help: ArgumentHelp("The header of the column that holds each respondent's group.", valueName: "column"))
    var groupBy: String?

    @Option(name: .long, help: ArgumentHelp(
        "Groups with fewer respondents are suppressed. Below 5, reports say they are not anonymous.",
        valueName: "n"))
    var minGroupSize: Int = ScoringOptions.anonymousGroupSize

    @Option(name: .long, help: ArgumentHelp("The coalition's name, for the reports.", valueName: "name"))
    var coalition: String?

    @Option(name: .long, help: ArgumentHelp(
        "Output format (repeatable): \(OutputFormat.available.map(\.rawValue).joined(separator: ", ")).",
        valueName: "format"))
    var format: [OutputFormat] = []

    @Option(name: .long, help: ArgumentHelp("Write the reports into this folder.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "A Mustache template for the Markdown report, in place of the default (copy Templates/reports/report.md.mustache to start).",
        valueName: "path"))
    var template: String?

    @Flag(name: .long, help: "Treat any warning or error finding as an error (exit 65, no report). Notes (unused columns, set-aside partial responses) do not count.")
    var strict = false

    @Flag(name: .long, help: "Replace reports that already exist in the --output folder.")
    var force = false

    func validate() throws {
        if !rounds.isEmpty && rounds.count != files.count {
            throw ValidationError("give one --round label per FILE (\(files.count) files, \(rounds.count) labels).")
        }
        if roundBy != nil && files.count != 1 {
            throw ValidationError("--round-by splits one file into rounds; give exactly one FILE (or one file per round without it).")
        }
        if minGroupSize < 1 {
            throw ValidationError("--min-group-size must be at least 1.")
        }
        if output == nil, let binary = format.first(where: \.needsOutputFolder) {
            throw ValidationError("--format \(binary.rawValue) writes a file: add --output DIR (the report goes to DIR/\(binary.fileName ?? "")).")
        }
        if let unavailable = format.first(where: { !OutputFormat.available.contains($0) }) {
            throw ValidationError("--format \(unavailable.rawValue) is not available in this version; use "
                + OutputFormat.available.map(\.rawValue).joined(separator: " or ") + ".")
        }
    }

    func run() throws {
        let formats = format.isEmpty ? [OutputFormat.terminal] : format
        let inputs = files.enumerated().map { index, path in
            AssessmentRequest.Input(path: path, round: rounds.isEmpty ? Self.roundLabel(path) : rounds[index])
        }
        try ExitStatus.reporting {
            let (instrument, _) = try instrumentOptions.load()
            var importing = try importFlags.options(groupBy: groupBy, instrument: instrument)
            importing.roundBy = roundBy
            var request = AssessmentRequest(
                inputs: inputs, coalition: coalition,
                importing: importing,
                scoring: ScoringOptions(minimumGroupSize: minGroupSize))
            request.keepResponses = formats.contains(.xlsx)
            let assessment = try Assessor.assess(request, instrument: instrument)
            let problems = assessment.findings.filter { $0.severity >= .warning }
            if strict && !problems.isEmpty {
                for finding in problems {
                    ExitStatus.printError("\(finding.location): \(finding.message)")
                }
                ExitStatus.printError("--strict: \(problems.count) finding(s); no report written.")
                throw ExitStatus.dataError
            }
            try ReportOutput.emit(assessment, formats: formats, output: output, force: force, template: try templateText())
        }
    }

    /// The text of `--template`, if given.
    private func templateText() throws -> String? {
        guard let template else { return nil }
        do {
            return try String(contentsOf: URL(fileURLWithPath: template), encoding: .utf8)
        } catch {
            throw ImportError.cannotOpen(file: template, reason: "it does not exist or is not UTF-8 text")
        }
    }

    /// The file name without its folder and extension.
    static func roundLabel(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }
}
