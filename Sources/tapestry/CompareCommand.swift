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
        discussion: "Groups under --min-group-size (default 5) are not shown; an open workshop may pass --min-group-size 1, and the output then says it is not anonymous.")

    @Argument(help: ArgumentHelp("Survey answers: a platform's export (CSV or xlsx) or the canonical CSV.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The heading of the column that holds each respondent's group.", valueName: "column"))
    var groupBy: String

    @Option(name: .long, help: ArgumentHelp("Groups with fewer respondents are not shown.", valueName: "n"))
    var minGroupSize: Int = ScoringOptions.anonymousGroupSize

    @OptionGroup var instrumentOptions: InstrumentOptions

    @OptionGroup var importFlags: ImportFlags

    @Option(name: .long, help: "terminal or json.")
    var format: Format = .terminal

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal, json
    }

    func validate() throws {
        if minGroupSize < 1 { throw ValidationError("--min-group-size must be at least 1.") }
    }

    func run() throws {
        try ExitStatus.reporting {
            var choices = importFlags.choices
            choices.instrument = instrumentOptions.instrument
            choices.groupBy = groupBy
            choices.minimumGroupSize = minGroupSize
            let settings = try RunSettings(files: [file], choices: choices)
            let assessment = try Assessor.assess(settings.request, instrument: settings.instrument)
            let model = ComparisonModel(ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: ToolVersion.current),
                                        groupedBy: groupBy)
            switch format {
            case .terminal: print(ComparisonRenderer(colored: Terminal.supportsColor).render(model), terminator: "")
            case .json: print(ComparisonJSON.render(model), terminator: "")
            }
        }
    }
}
