// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import ArgumentParser

/// `tapestry serve`: the live workshop server, and `tapestry serve export`.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tapestry serve",
        abstract: "Run a live workshop: tables answer on their phones, the room sees the comparison.",
        discussion: """
            tapestry serve [--project DIR] [--host 127.0.0.1] [--port 8080] (`tapestry serve run --help` says more). \
            Starts a web server on this computer (127.0.0.1:8080 unless --host and --port say otherwise) and prints \
            the facilitator's address. Workshops and answers are kept in DIR/.tapestry/workshops.sqlite. \
            `tapestry serve export WORKSHOP` writes a workshop's answers as the canonical CSV, which \
            `tapestry assess` and `tapestry compare --group-by group` read.
            """,
        subcommands: [RunCommand.self, ExportCommand.self],
        defaultSubcommand: RunCommand.self)
}
#endif
