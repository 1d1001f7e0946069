import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring
import Testing
@testable import tapestry

/// `RunSettings`, the one builder of requests for `assess`, `compare`, `inspect` and
/// `portfolio`: a flag wins over the project's setting, which wins over the default; the link
/// key comes from `--link-key-file`, else the project, else `TAPESTRY_LINK_KEY`, else the run;
/// the project's formats are checked whoever reads it.
@Suite struct RunSettingsTests {
    static let member = "member@coalition.example"

    /// A folder holding a "project" and a "flag" version of each settings file (instruments
    /// told apart by their title, mappings by their heading, keys by their text) and a project
    /// file naming the project's; `extra` is added to the project file.
    static func project(_ extra: String = "", linkKeyFile: Bool = true) throws -> (folder: URL, project: ProjectFile) {
        let folder = try TapestryBinary.temporaryFolder()
        let yaml = try #require(Instrument.partnershipHealthYAML)
        for who in ["project", "flag"] {
            try yaml.replacingOccurrences(of: "title: Partnership health check", with: "title: The \(who)'s instrument")
                .write(to: folder.appendingPathComponent("\(who).yaml"), atomically: true, encoding: .utf8)
            try "columns:\n  \"\(who) heading\": EQ1\n".write(to: folder.appendingPathComponent("\(who).map.yaml"), atomically: true, encoding: .utf8)
            try "  \(who) key \n".write(to: folder.appendingPathComponent("\(who).key"), atomically: true, encoding: .utf8)
        }
        let text = """
            coalition: Project name
            instrument: project.yaml
            group-by: project group
            min-group-size: 3
            \(linkKeyFile ? "link-key-file: project.key" : "")
            link-by: project id
            map: project.map.yaml
            round-by: quarter
            rounds:
              - label: first
                file: q1.csv
            output: reports

            """ + extra
        try text.write(to: folder.appendingPathComponent("tapestry.yaml"), atomically: true, encoding: .utf8)
        return (folder, try ProjectFile.load(folder.path))
    }

    /// Every choice a flag can make, each naming the "flag" version.
    static func flags(_ folder: URL) -> RunChoices {
        var choices = RunChoices()
        choices.instrument = folder.appendingPathComponent("flag.yaml").path
        choices.groupBy = "flag group"
        choices.minimumGroupSize = 1
        choices.map = folder.appendingPathComponent("flag.map.yaml").path
        choices.linkKeyFile = folder.appendingPathComponent("flag.key").path
        choices.linkBy = "flag id"
        choices.roundBy = .month
        choices.coalition = "Flag name"
        choices.includePartial = true
        return choices
    }

    /// The settings a request was made from, as one comparable row.
    static func row(_ settings: RunSettings) -> [String] {
        let request = settings.request
        return [settings.instrument.title, request.importing.groupBy ?? "-", String(request.scoring.minimumGroupSize),
                request.importing.mapping.columns.keys.sorted().joined(), request.importing.linkBy ?? "-",
                request.importing.roundBy?.rawValue ?? "-", request.coalition ?? "-", String(request.importing.includePartial)]
    }

    /// The link key a request gives the test's member.
    static func key(_ settings: RunSettings) -> String? {
        settings.request.importing.keyer.linkKey(for: member)
    }

    static func key(secret: String) -> String? {
        RespondentKeyer(secret: Data(secret.utf8)).linkKey(for: member)
    }

    @Test func aFlagWinsOverTheProjectWhichWinsOverTheDefault() throws {
        let (folder, project) = try Self.project()
        let fromProject = try RunSettings(project: project, environment: [:])
        #expect(Self.row(fromProject) == ["The project's instrument", "project group", "3", "project heading", "project id", "quarter", "Project name", "false"])
        #expect(fromProject.request.inputs == [AssessmentRequest.Input(path: folder.appendingPathComponent("q1.csv").path, round: "first")])
        let fromFlags = try RunSettings(project: project, choices: Self.flags(folder), environment: [:])
        #expect(Self.row(fromFlags) == ["The flag's instrument", "flag group", "1", "flag heading", "flag id", "month", "Flag name", "true"])
        #expect(fromFlags.request.inputs == fromProject.request.inputs)
        let defaults = try RunSettings(files: ["a/q1.csv", "b/q2.tsv"], labels: ["spring"], choices: RunChoices(), environment: [:])
        #expect(Self.row(defaults) == ["Partnership health check", "-", "5", "", "-", "-", "-", "false"])
        #expect(defaults.request.inputs == [.init(path: "a/q1.csv", round: "spring"), .init(path: "b/q2.tsv", round: "q2")])
        #expect(defaults.project == nil && defaults.projectFormats.isEmpty)
    }

    @Test func includeResponsesComesFromTheFlagThenTheProjectElseIsOff() throws {
        let (_, unset) = try Self.project()
        let (_, on) = try Self.project("include-responses: true\n")
        let (_, off) = try Self.project("include-responses: false\n")
        #expect(unset.includeResponses == nil && on.includeResponses == true && off.includeResponses == false)
        var yes = RunChoices()
        yes.includeResponses = true
        var no = RunChoices()
        no.includeResponses = false
        func included(_ project: ProjectFile, _ choices: RunChoices = RunChoices()) throws -> Bool {
            try RunSettings(project: project, choices: choices, environment: [:]).includeResponses
        }
        #expect(try [included(unset), included(on), included(off)] == [false, true, false])
        #expect(try [included(unset, yes), included(on, no), included(off, yes)] == [true, false, true])
        #expect(try !RunSettings(files: ["q1.csv"], choices: RunChoices(), environment: [:]).includeResponses)
        #expect(try RunSettings(files: ["q1.csv"], choices: yes, environment: [:]).includeResponses)
        // The request keeps nothing per respondent until `assess` knows a workbook lists them.
        #expect(try !RunSettings(project: on, environment: [:]).request.keepResponses)
        // Only true or false, with the setting's line (the one after the file's last).
        let text = try String(contentsOfFile: unset.path, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(throws: ImportError.invalidProject(file: unset.path, line: line, problem: "`include-responses` must be true or false.")) {
            try ProjectFile.parse(text + "include-responses: yes\n", path: unset.path)
        }
    }

    @Test func theLinkKeyComesFromTheFlagThenTheProjectThenTheEnvironment() throws {
        let environment = ["TAPESTRY_LINK_KEY": "environment key"]
        let (folder, project) = try Self.project()
        var flag = RunChoices()
        flag.linkKeyFile = folder.appendingPathComponent("flag.key").path
        // Key files are read without their surrounding white space; the variable as it is.
        #expect(Self.key(try RunSettings(project: project, choices: flag, environment: environment)) == Self.key(secret: "flag key"))
        #expect(Self.key(try RunSettings(project: project, environment: environment)) == Self.key(secret: "project key"))
        let (_, keyless) = try Self.project(linkKeyFile: false)
        let fromEnvironment = try RunSettings(project: keyless, environment: environment)
        #expect(Self.key(fromEnvironment) == Self.key(secret: "environment key"))
        #expect(fromEnvironment.request.importing.keyer.isStable)
        // `portfolio` (no flags) and `assess --project` without --link-key-file: the same key.
        #expect(Self.key(try RunSettings(project: keyless, choices: RunChoices(), environment: environment)) == Self.key(fromEnvironment))
        // Files without a project read the variable too; without it, each run makes its own key.
        #expect(Self.key(try RunSettings(files: ["q1.csv"], choices: RunChoices(), environment: environment)) == Self.key(fromEnvironment))
        let first = try RunSettings(project: keyless, environment: [:])
        let second = try RunSettings(project: keyless, environment: [:])
        #expect(!first.request.importing.keyer.isStable)
        #expect(Self.key(first) != Self.key(second))
    }

    @Test func theProjectsFormatsAreCheckedForEveryCommand() throws {
        let (_, unknown) = try Self.project("formats: [markdown, pdf]\n")
        #expect(throws: ImportError.invalidProject(file: unknown.path, line: nil, problem: "unknown format `pdf`; use terminal, json, markdown, xlsx or html.")) {
            try RunSettings(project: unknown, environment: [:])
        }
        let (folder, project) = try Self.project("formats: [json, markdown, json]\n")
        let settings = try RunSettings(project: project, environment: [:])
        #expect(settings.projectFormats == [.json, .markdown, .json])
        #expect(try settings.formats() == [.terminal, .json, .markdown])
        #expect(settings.output == folder.appendingPathComponent("reports").path)
        // --format wins, and then the project's folder is not written.
        var json = RunChoices()
        json.formats = [.json]
        let flagged = try RunSettings(project: project, choices: json, environment: [:])
        #expect(try flagged.formats() == [.json] && flagged.output == nil)
        var elsewhere = RunChoices()
        elsewhere.output = "/elsewhere"
        #expect(try RunSettings(project: project, choices: elsewhere, environment: [:]).output == "/elsewhere")
        // Markdown is written into a folder: a project that lists it needs `output:`, but only
        // to write it (portfolio reads the same project without writing its reports).
        let noOutput = try ProjectFile.parse(try String(contentsOfFile: project.path, encoding: .utf8)
            .replacingOccurrences(of: "output: reports\n", with: ""), path: project.path)
        let unwritable = try RunSettings(project: noOutput, environment: [:])
        #expect(throws: ImportError.invalidProject(file: project.path, line: nil, problem: "format markdown needs `output:` (a folder).")) {
            try unwritable.formats()
        }
        // Without a project: the summary, or every file when there is a folder.
        #expect(try RunSettings(files: ["q1.csv"], choices: RunChoices(), environment: [:]).formats() == [.terminal])
        #expect(try RunSettings(files: ["q1.csv"], choices: elsewhere, environment: [:]).formats() == ReportOutput.everyFile)
    }
}
