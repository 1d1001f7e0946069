import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring

/// The one place where a run's settings become a request, for `assess` (files, `--project` or
/// a project folder), `compare`, `inspect` and `portfolio` alike:
/// - each of the command line's choices wins over the project file's setting, which wins over
///   the default;
/// - the member list is `--members`' CSV, else the project's `members:`, else none;
/// - the link key is `--link-key-file`'s, else the project's `link-key-file:`, else
///   `TAPESTRY_LINK_KEY` from the environment (``SettingsFiles/linkKey(_:environment:)``), else
///   a key made for the run;
/// - the project's `formats:` are checked whenever a project is read, so that a project file
///   one command refuses, every command refuses in the same words.
struct RunSettings {
    /// The project file, when the run reads one.
    let project: ProjectFile?
    /// The command line's choices.
    let choices: RunChoices
    /// The instrument to score with.
    let instrument: Instrument
    /// What to assess, and how.
    var request: AssessmentRequest
    /// The project's `formats:`, checked; empty without a project.
    let projectFormats: [OutputFormat]

    /// A project's rounds, with `choices` over its settings.
    init(project: ProjectFile, choices: RunChoices = RunChoices(),
         environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try self.init(inputs: project.rounds.map { AssessmentRequest.Input(path: $0.file, round: $0.label) },
                      project: project, choices: choices, environment: environment)
    }

    /// `files` given on the command line, one round each, labelled by `labels` (in order) or
    /// else by the file's name; no project.
    init(files: [String], labels: [String] = [], choices: RunChoices,
         environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let inputs = files.enumerated().map { index, path in
            AssessmentRequest.Input(path: path, round: index < labels.count ? labels[index] : Self.roundLabel(path))
        }
        try self.init(inputs: inputs, project: nil, choices: choices, environment: environment)
    }

    private init(inputs: [AssessmentRequest.Input], project: ProjectFile?, choices: RunChoices, environment: [String: String]) throws {
        self.project = project
        self.choices = choices
        projectFormats = try project.map(Self.formats) ?? []
        instrument = try SettingsFiles.instrument(choices.instrument ?? project?.instrument).instrument
        var importing = ImportOptions(
            groupBy: choices.groupBy ?? project?.groupBy,
            mapping: try SettingsFiles.mapping(choices.map ?? project?.map, instrument: instrument),
            includePartial: choices.includePartial,
            keyer: RespondentKeyer(secret: try SettingsFiles.linkKey(choices.linkKeyFile ?? project?.linkKeyFile, environment: environment)),
            roundBy: choices.roundBy ?? project?.roundBy,
            linkBy: choices.linkBy ?? project?.linkBy)
        importing.members = try choices.members.map(MemberList.load(csv:)) ?? project?.members ?? []
        importing.organisationColumn = choices.organisationColumn ?? project?.organisationColumn
        request = AssessmentRequest(
            inputs: inputs, coalition: choices.coalition ?? project?.coalition, importing: importing,
            scoring: ScoringOptions(minimumGroupSize: choices.minimumGroupSize ?? project?.minimumGroupSize ?? ScoringOptions.anonymousGroupSize,
                                    showNetwork: choices.showNetwork ?? project?.showNetwork ?? false))
    }

    /// The reports' folder: `--output`, else, when no `--format` is given, the project's `output:`.
    var output: String? {
        choices.output ?? (choices.formats.isEmpty ? project?.output : nil)
    }

    /// Whether the workbook lists each respondent's answers: the command line's choice, else
    /// the project's `include-responses:`, else not (a funder's workbook carries aggregates).
    var includeResponses: Bool {
        choices.includeResponses ?? project?.includeResponses ?? false
    }

    /// The formats to write or print: `--format`'s, else the project's (after the terminal
    /// summary), else, with a reports' folder, every file and the summary, else the summary.
    func formats() throws -> [OutputFormat] {
        if !choices.formats.isEmpty { return choices.formats }
        guard let project, !projectFormats.isEmpty else {
            return output != nil ? ReportOutput.everyFile : [.terminal]
        }
        var formats: [OutputFormat] = [.terminal]
        for format in projectFormats where !formats.contains(format) { formats.append(format) }
        if output == nil, let binary = formats.first(where: \.needsOutputFolder) {
            throw ImportError.invalidProject(file: project.path, line: nil, problem: "format \(binary.rawValue) needs `output:` (a folder).")
        }
        return formats
    }

    /// The project's `formats:`, each one this build writes.
    private static func formats(_ project: ProjectFile) throws -> [OutputFormat] {
        try project.formats.map { name in
            guard let format = OutputFormat(rawValue: name), OutputFormat.available.contains(format) else {
                let names = OutputFormat.available.map(\.rawValue)
                throw ImportError.invalidProject(file: project.path, line: nil, problem: "unknown format `\(name)`; use "
                    + names.dropLast().joined(separator: ", ") + (names.count > 1 ? " or " : "") + (names.last ?? "") + ".")
            }
            return format
        }
    }

    /// A file's round label when none is given: its name without folder and extension.
    static func roundLabel(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }
}
