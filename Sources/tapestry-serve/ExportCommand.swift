// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import ArgumentParser
import Foundation
import TapestryReport
import TapestryServe

/// `tapestry serve export WORKSHOP [--project DIR] [--output FILE]`: a workshop's answers as
/// the canonical CSV, printed or written whole (never half a file).
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a workshop's answers as the canonical CSV (for assess and compare --group-by group).")

    @Argument(help: ArgumentHelp("The workshop: its join code or its id.", valueName: "workshop"))
    var workshop: String

    @Option(name: .long, help: ArgumentHelp("The project folder the server ran in.", valueName: "dir"))
    var project: String = "."

    @Option(name: .long, help: ArgumentHelp("Write the CSV to this file instead of printing it.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace an existing --output file.")
    var force = false

    func run() async throws {
        let settings = try ServeProject(folder: project)
        guard FileManager.default.fileExists(atPath: settings.storePath) else {
            printError("tapestry serve export: no workshops in \(project) (\(settings.storePath) does not exist).")
            throw ExitCode(66)
        }
        let store = try WorkshopStore(path: settings.storePath)
        let byCode = try await store.workshop(code: workshop)
        let byID = byCode == nil ? try await store.workshop(id: workshop) : nil
        guard let found = byCode ?? byID else {
            let known = try await store.workshops().map { "\($0.code) (\($0.title))" }
            printError("tapestry serve export: no workshop “\(workshop)” in \(settings.storePath)."
                + (known.isEmpty ? "" : " Workshops: \(known.joined(separator: ", "))."))
            throw ExitCode(66)
        }
        let text = AnswersCSV.render(found, answers: try await store.submitted(workshop: found.id), instrument: settings.instrument)
        guard let output else { print(text, terminator: ""); return }
        do {
            try AtomicFileWriter.write(Data(text.utf8), to: output, force: force)
        } catch {
            printError("tapestry serve export: \(error)")
            throw ExitCode(73)
        }
        printError("tapestry serve export: wrote \(output)")
    }
}
#endif
