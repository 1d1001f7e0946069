import ArgumentParser
import Foundation
import TapestryReport

/// `tapestry template`: blank forms for collecting answers without a survey platform.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a blank canonical CSV to collect answers in a spreadsheet.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case csv
    }

    @Argument(help: "What to write: csv.")
    var kind: Kind

    @OptionGroup var instrumentOptions: InstrumentOptions

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Replace the --output file if it exists.")
    var force = false

    func run() throws {
        try ExitStatus.reporting {
            let (instrument, _) = try instrumentOptions.load()
            let text = CanonicalCSVTemplate.render(instrument)
            if let output {
                try AtomicFileWriter.write(Data(text.utf8), to: output, force: force)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
