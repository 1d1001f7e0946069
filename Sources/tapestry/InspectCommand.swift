import ArgumentParser
import TapestryImport
import TapestryReport

/// `tapestry inspect`: how a file will be read, before any scoring.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how a file will be read: platform, encoding, header rows, and each column's role.",
        discussion: "Columns not matched to an item come with the line to add to a mapping file (--map).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("A platform's export (CSV or xlsx) or the canonical CSV.", valueName: "file"))
    var file: String

    @OptionGroup var instrumentOptions: InstrumentOptions

    @OptionGroup var importFlags: ImportFlags

    @Option(name: .long, help: ArgumentHelp("The heading of the group column, to check it is found.", valueName: "column"))
    var groupBy: String?

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    func run() throws {
        try ExitStatus.reporting {
            var choices = importFlags.choices
            choices.instrument = instrumentOptions.instrument
            choices.groupBy = groupBy
            let settings = try RunSettings(files: [file], choices: choices)
            let instrument = settings.instrument
            let inspection = try Inspection.inspect(file, instrument: instrument, options: settings.request.importing)
            switch format {
            case .text: print(InspectionText.render(inspection, instrument: instrument), terminator: "")
            case .json: print(InspectionJSON.render(inspection, instrument: instrument), terminator: "")
            }
        }
    }
}
