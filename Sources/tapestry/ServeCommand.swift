import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `tapestry serve`: the live workshop server. Its web server and store are built only with
/// the package trait `Serve` (`make serve`, into .build-serve), so that people who never serve
/// do not build them; this command hands its arguments over to that program, `tapestry-serve`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a live workshop: tables answer on their phones, the room sees the comparison (after `make serve`).",
        discussion: """
            tapestry serve [--project DIR] [--host 127.0.0.1] [--port 8080] starts the workshop server; \
            tapestry serve export WORKSHOP writes a workshop's answers as the canonical CSV. The server is built \
            apart: run `make serve` once (a few minutes), which builds it into .build-serve, where this command finds it.
            """)

    /// The program that is the server.
    static let programName = "tapestry-serve"

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("The server's options (see `tapestry serve --help` once built).", valueName: "options"))
    var arguments: [String] = []

    func run() throws {
        guard let program = Self.program() else {
            ExitStatus.printError("""
                The workshop server is built apart, so that people who never serve do not wait for it. \
                Run `make serve` in tapestry's folder (a few minutes the first time), then `tapestry serve` again.
                """)
            throw ExitStatus.usage
        }
        let argv = [program] + arguments
        var pointers = argv.map { strdup($0) }
        pointers.append(nil)
        execv(program, pointers)
        ExitStatus.printError("cannot start the workshop server \(program): \(String(cString: strerror(errno))).")
        throw ExitStatus.noInput
    }

    /// This program's folder.
    static var ownFolder: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// `TAPESTRY_SERVE` when set, else the one `make serve` built (`.build-serve/debug/`, from a
    /// program in `.build/<triple>/debug/`), else `tapestry-serve` in `folder` (beside this program;
    /// in a build without the `Serve` trait that one only says how to build the server), else on PATH.
    static func program(environment: [String: String] = ProcessInfo.processInfo.environment, folder: URL = ownFolder) -> String? {
        let files = FileManager.default
        if let given = environment["TAPESTRY_SERVE"], !given.isEmpty { return given }
        let built = folder.appendingPathComponent("../../../.build-serve/debug/\(programName)").standardizedFileURL.path
        if files.isExecutableFile(atPath: built) { return built }
        let beside = folder.appendingPathComponent(programName).path
        if files.isExecutableFile(atPath: beside) { return beside }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let path = URL(fileURLWithPath: String(folder)).appendingPathComponent(programName).path
            if files.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
