import ArgumentParser
import Foundation
import TapestryImport
import TapestryReport

/// `tapestry init`: writes a commented starter project file for a coalition's folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter tapestry.yaml, so that `tapestry assess` runs in this folder without arguments.",
        discussion: "Exports (CSV or xlsx) already in the folder or its rounds/ subfolder are listed as rounds, oldest name first.")

    @Argument(help: ArgumentHelp("The coalition's folder.", valueName: "dir"))
    var folder: String = "."

    @Option(name: .long, help: ArgumentHelp("The coalition's name.", valueName: "name"))
    var coalition: String?

    @Flag(name: .long, help: "Replace an existing tapestry.yaml.")
    var force = false

    func run() throws {
        try ExitStatus.reporting {
            let root = URL(fileURLWithPath: folder)
            var files: [String] = []
            for sub in ["", "rounds"] {
                let directory = sub.isEmpty ? root : root.appendingPathComponent(sub)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                files += names.filter { ["csv", "xlsx", "txt"].contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
                    .sorted().map { sub.isEmpty ? $0 : "\(sub)/\($0)" }
            }
            let text = ProjectFile.starter(coalition: coalition, files: files)
            let path = root.appendingPathComponent(ProjectFile.fileName).path
            try AtomicFileWriter.write(Data(text.utf8), to: path, force: force)
            print("Wrote \(path) with \(files.isEmpty ? "an example round" : "\(files.count) round(s)"). Check it, then run `tapestry assess` there.")
        }
    }
}
