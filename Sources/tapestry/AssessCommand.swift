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
            DIR/report.md (charts in DIR/charts/) and, as one page to e-mail or print, to \
            DIR/report.html, and the funder workbook to DIR/report.xlsx (all four, and the \
            summary printed, unless --format says which). DIR is replaced \
            as a whole, all at once: it holds the new reports or, if the run fails, the earlier \
            ones. A project's own report folder is replaced at each run; another run's reports \
            only with --force; a folder holding other files never (choose a folder of its own).
            """)

    @Argument(help: ArgumentHelp(
        "Survey answers: a platform's export (CSV or xlsx) or the canonical CSV. Leave out to use the project file (tapestry.yaml).",
        valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("A project file or folder (default: tapestry.yaml here, when no FILE is given).", valueName: "path"))
    var project: String?

    @OptionGroup var instrumentOptions: InstrumentOptions

    @OptionGroup var importFlags: ImportFlags

    @Option(name: .customLong("round"), help: ArgumentHelp("A label for each FILE's round, in order.", valueName: "label"))
    var rounds: [String] = []

    @Option(name: .long, help: ArgumentHelp("Split one file into rounds by its timestamps: month, quarter or year.", valueName: "period"))
    var roundBy: RoundPeriod?

    @Option(name: .long, help: ArgumentHelp("The header of the column that holds each respondent's group.", valueName: "column"))
    var groupBy: String?

    @Option(name: .long, help: ArgumentHelp(
        "The header of the column that identifies each member in every round, to link rounds member by member "
            + "(default: an e-mail column, else a `respondent` column of member ids).",
        valueName: "column"))
    var linkBy: String?

    @Option(name: .long, help: ArgumentHelp(
        "Groups with fewer respondents are suppressed. Below 5, reports say they are not anonymous.",
        valueName: "n"))
    var minGroupSize: Int?

    @Option(name: .long, help: ArgumentHelp("The coalition's name, for the reports.", valueName: "name"))
    var coalition: String?

    @Option(name: .long, help: ArgumentHelp(
        "Output format (repeatable): \(OutputFormat.available.map(\.rawValue).joined(separator: ", ")).",
        valueName: "format"))
    var format: [OutputFormat] = []

    @Option(name: .long, help: ArgumentHelp(
        "Write the reports into this folder, a folder of their own (without --format: every file, json, markdown, xlsx and html).",
        valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "A Mustache template for the Markdown report (not the HTML one), in place of the default (copy Templates/reports/report.md.mustache to start).",
        valueName: "path"))
    var template: String?

    @Flag(name: .long, inversion: .prefixedNo, help: ArgumentHelp(
        "Add each member's answers, numbered, to the workbook (a Responses sheet, up to 100,000 rows). "
            + "Left out by default: a funder's workbook carries totals, and one member's row of answers is personal data "
            + "(even without a name it can point to a member of a small coalition). "
            + "--no-include-responses overrides a project's `include-responses: true`."))
    var includeResponses: Bool?

    @Flag(name: .long, help: "Treat any warning or error finding as an error (exit 65, no report). Notes (unused columns, set-aside partial responses) do not count.")
    var strict = false

    @Flag(name: .long, help: "Replace the reports of another run (or another project) in the --output folder.")
    var force = false

    func validate() throws {
        if !rounds.isEmpty && rounds.count != files.count {
            throw ValidationError("give one --round label per FILE (\(files.count) files, \(rounds.count) labels).")
        }
        if roundBy != nil && files.count != 1 {
            throw ValidationError("--round-by splits one file into rounds; give exactly one FILE (or one file per round without it).")
        }
        if let project, !files.isEmpty {
            throw ValidationError("give the FILE(s) to assess or --project \(project), not both (the project file lists its rounds' files).")
        }
        if files.isEmpty && project == nil && !FileManager.default.fileExists(atPath: ProjectFile.fileName) {
            throw ValidationError("give the FILE(s) to assess, or run in a folder with a \(ProjectFile.fileName) (`tapestry init` writes one).")
        }
        if let minGroupSize, minGroupSize < 1 {
            throw ValidationError("--min-group-size must be at least 1.")
        }
        if output != nil && !format.isEmpty && format.allSatisfy({ $0.fileName == nil }) {
            throw ValidationError("--format \(format[0].rawValue) writes no file into --output; add --format json, markdown, xlsx or html, "
                + "or leave out --format to write them all.")
        }
        if output == nil, let binary = format.first(where: \.needsOutputFolder) {
            throw ValidationError("--format \(binary.rawValue) writes a file: add --output DIR (the report goes to DIR/\(binary.fileName ?? "")).")
        }
        if includeResponses == true && !format.isEmpty && !format.contains(.xlsx) {
            throw ValidationError("--include-responses adds a sheet to the workbook; add --format xlsx (and --output DIR).")
        }
        if let unavailable = format.first(where: { !OutputFormat.available.contains($0) }) {
            throw ValidationError("--format \(unavailable.rawValue) is not available in this version; use "
                + OutputFormat.available.map(\.rawValue).joined(separator: " or ") + ".")
        }
    }

    func run() throws {
        try ExitStatus.reporting {
            let projectFolder = try Self.projectFolder(in: files)
            // The same request a project makes for `portfolio`, with the flags over its settings.
            var settings = files.isEmpty || projectFolder != nil
                ? try RunSettings(project: ProjectFile.load(projectFolder ?? project ?? "."), choices: choices)
                : try RunSettings(files: files, labels: rounds, choices: choices)
            let formats = try settings.formats()
            let templateText = try self.templateText()
            // The project's output folder goes with the project's formats; --format alone prints.
            // The folder is checked now, so that a run that cannot write stops before its work.
            let folder = try settings.output.flatMap { path in
                formats.contains { $0.fileName != nil } ? try ReportFolder(path: path, project: settings.project?.path, force: force) : nil
            }
            // Each member's answers are held only for a workbook that lists them, and no more
            // of them than it lists.
            let includeResponses = settings.includeResponses && formats.contains(.xlsx)
            settings.request.keepResponses = includeResponses
            settings.request.maximumKeptResponses = XLSXRenderer.defaultListedResponses
            let assessment = try Assessor.assess(settings.request, instrument: settings.instrument)
            let problems = assessment.findings.filter { $0.severity >= .warning }
            if strict && !problems.isEmpty {
                for finding in problems {
                    ExitStatus.printError("\(finding.location): \(finding.message)")
                }
                ExitStatus.printError("--strict: \(problems.count) finding(s); no report written.")
                throw ExitStatus.dataError
            }
            try ReportOutput.emit(assessment, formats: formats, folder: folder, template: templateText, includeResponses: includeResponses)
        }
    }

    /// The flags that choose over a project's settings.
    private var choices: RunChoices {
        var choices = importFlags.choices
        choices.instrument = instrumentOptions.instrument
        choices.groupBy = groupBy
        choices.minimumGroupSize = minGroupSize
        choices.linkBy = linkBy
        choices.roundBy = roundBy
        choices.coalition = coalition
        choices.formats = format
        choices.output = output
        choices.includeResponses = includeResponses
        return choices
    }

    /// The text of `--template`, if given.
    private func templateText() throws -> String? {
        try template.map { try SettingsFiles.text($0, what: "it does not exist or cannot be read as text") }
    }

    /// A folder given as the only FILE is a project when it holds a `tapestry.yaml`; any other
    /// folder among the FILEs is a mistake worth a clear word.
    static func projectFolder(in files: [String]) throws -> String? {
        var folders: [String] = []
        for path in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { folders.append(path) }
        }
        guard let folder = folders.first else { return nil }
        let hasProject = FileManager.default.fileExists(atPath: URL(fileURLWithPath: folder).appendingPathComponent(ProjectFile.fileName).path)
        if files.count == 1, hasProject { return folder }
        throw ValidationError(hasProject
            ? "\(folder) is a project folder; assess it on its own (`tapestry assess \(folder)`), or give its export files instead."
            : "\(folder) is a folder, not an export: give the export files in it (CSV or xlsx), "
                + "or run `tapestry init \(folder)` to make it a project that `tapestry assess \(folder)` reads.")
    }
}
