import ArgumentParser
import TapestryReport

/// `tapestry instrument`: prints the instrument in use.
struct InstrumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instrument",
        abstract: "Print the instrument in use (the default one unless --instrument).",
        discussion: "`--format yaml` prints the file itself, a good start for a custom instrument.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, json, markdown
    }

    @OptionGroup var instrumentOptions: InstrumentOptions

    @Option(name: .long, help: "yaml, json or markdown.")
    var format: Format = .yaml

    func run() throws {
        let (instrument, yaml) = try ExitStatus.reporting { try instrumentOptions.load() }
        switch format {
        case .yaml: print(yaml.hasSuffix("\n") ? yaml : yaml + "\n", terminator: "")
        case .json: print(InstrumentJSON.render(instrument), terminator: "")
        case .markdown: print(InstrumentMarkdown.render(instrument), terminator: "")
        }
    }
}
