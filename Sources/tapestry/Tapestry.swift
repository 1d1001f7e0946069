import ArgumentParser
import Foundation
import TapestryImport

/// The `tapestry` command: scores a coalition's survey answers against the partnership
/// framework and writes reports.
@main
struct Tapestry: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tapestry",
        abstract: "Tells a coalition how healthy its partnership is, from its members' survey answers.",
        discussion: """
            Exit codes: 0 success (findings may have been reported), 64 bad usage or a settings \
            file (instrument, mapping, project, template) that cannot be used, 65 input data \
            that cannot be used (with --strict, any warning or error finding; notes do not count), 66 an input file that cannot be \
            opened, 73 an output that cannot be written.
            """,
        version: ToolVersion.current,
        subcommands: [AssessCommand.self, CompareCommand.self, InitCommand.self, InspectCommand.self, PortfolioCommand.self, InstrumentCommand.self, TemplateCommand.self, ServeCommand.self],
        defaultSubcommand: nil)

    /// Runs the command line, first catching a mistyped subcommand so that it gets a
    /// suggestion instead of a bare "unexpected argument".
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let message = unknownCommandMessage(first) {
            ExitStatus.printError(message)
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        main(arguments)
    }

    /// A message for a first argument that is not a subcommand, or nil when it is one (or a flag).
    static func unknownCommandMessage(_ word: String) -> String? {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !word.hasPrefix("-"), !names.contains(word) else { return nil }
        let typed = Array(word.lowercased().unicodeScalars)
        let nearest = names
            .compactMap { name in EditDistance.bounded(typed, Array(name.unicodeScalars), limit: 2).map { (name, $0) } }
            .min { $0.1 < $1.1 }?.0
        let commands = names.filter { $0 != "help" }.joined(separator: ", ")
        if let nearest {
            return "`\(word)` is not a tapestry command. Did you mean `tapestry \(nearest)`? (Commands: \(commands).)"
        }
        if FileManager.default.fileExists(atPath: word) {
            return "`\(word)` is a file, and tapestry needs a command first: `tapestry assess \(word)` scores it, `tapestry inspect \(word)` shows how it is read."
        }
        return "`\(word)` is not a tapestry command. Commands: \(commands); `tapestry help` says more."
    }
}
