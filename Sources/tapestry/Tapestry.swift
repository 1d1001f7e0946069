import ArgumentParser

/// The `tapestry` command: scores a coalition's survey answers against the partnership
/// framework and writes reports.
@main
struct Tapestry: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tapestry",
        abstract: "Tells a coalition how healthy its partnership is, from its members' survey answers.",
        discussion: """
            Exit codes: 0 success (findings may have been reported), 64 bad usage, 65 input data \
            that cannot be used (with --strict, any finding), 66 an input file that cannot be \
            opened, 73 an output that cannot be written.
            """,
        version: ToolVersion.current,
        subcommands: [AssessCommand.self, CompareCommand.self, InitCommand.self, InspectCommand.self, PortfolioCommand.self, InstrumentCommand.self, TemplateCommand.self],
        defaultSubcommand: nil)
}
