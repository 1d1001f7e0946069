import ArgumentParser
import Foundation
import TapestryReport

/// `tapestry template`: blank forms for collecting answers without a survey platform.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a blank canonical CSV or a printable questionnaire, to collect answers without a survey platform.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case csv, questionnaire
    }

    @Argument(help: "What to write: csv (the blank canonical CSV) or questionnaire (Markdown, to print).")
    var kind: Kind

    @Option(name: .long, help: ArgumentHelp("The coalition's name, for the questionnaire.", valueName: "name"))
    var coalition: String?

    @OptionGroup var instrumentOptions: InstrumentOptions

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Replace the --output file if it exists.")
    var force = false

    func run() throws {
        try ExitStatus.reporting {
            let (instrument, _) = try instrumentOptions.load()
            let text = switch kind {
            case .csv: CanonicalCSVTemplate.render(instrument)
            case .questionnaire: try QuestionnaireRenderer.render(instrument, coalition: coalition)
            }
            if let output {
                try AtomicFileWriter.write(Data(text.utf8), to: output, force: force)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
