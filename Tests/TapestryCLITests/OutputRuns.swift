import Foundation
import TapestryTestSupport
import Testing

/// Helpers for the tests of written outputs: `tapestry` started without waiting (to kill it,
/// or to run two at once), large generated surveys, and what a folder holds.
enum OutputRuns {
    /// A started run; its standard error goes to a file, standard output nowhere.
    struct Running {
        var process: Process
        var stderrFile: URL

        /// Waits for the run's end and returns its status and standard error.
        func finish() -> (status: Int32, stderr: String, killed: Bool) {
            process.waitUntilExit()
            let stderr = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
            return (process.terminationStatus, stderr, process.terminationReason == .uncaughtSignal)
        }
    }

    /// Starts `tapestry` with `arguments`.
    static func start(_ arguments: [String], in directory: URL = TapestryBinary.packageRoot,
                      environment: [String: String] = [:]) throws -> Running {
        try start(executable: TapestryBinary.url, arguments, in: directory, environment: environment)
    }

    /// Starts `executable` with `arguments`.
    static func start(executable: URL, _ arguments: [String], in directory: URL = TapestryBinary.packageRoot,
                      environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"].merging(environment) { $1 }) { $1 }
        let stderrFile = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
        return Running(process: process, stderrFile: stderrFile)
    }

    /// Runs `tapestry` to its end.
    static func run(_ arguments: [String], in directory: URL = TapestryBinary.packageRoot,
                    environment: [String: String] = [:]) throws -> (status: Int32, stderr: String) {
        let result = try start(arguments, in: directory, environment: environment).finish()
        return (result.status, result.stderr)
    }

    /// Writes a canonical CSV of `respondents` rows with answers drawn from `answers` (a fixed
    /// pseudo-random sequence from `seed`, so that the same call gives the same file).
    static func survey(respondents: Int, seed: UInt64, answers: ClosedRange<Int>, to url: URL) throws {
        let header = try TapestryBinary.run(["template", "csv"]).stdout.split(separator: "\n")[0]
        let items = header.split(separator: ",").count - 2
        var state = seed &* 6_364_136_223_846_793_005 &+ 1
        func next(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(count))
        }
        let groups = ["Funder", "Member", "Staff", "Partner"]
        var text = header + "\n"
        text.reserveCapacity(respondents * (items * 2 + 16))
        for row in 0..<respondents {
            text += "R\(row),\(groups[next(groups.count)])"
            for _ in 0..<items { text += ",\(answers.lowerBound + next(answers.count))" }
            text += "\n"
        }
        try Data(text.utf8).write(to: url)
    }

    /// Every file under `folder` (hidden ones too) and its bytes; links are listed as
    /// `-> target`, so that a planted link shows.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let name = walker.nextObject() as? String {
            let url = folder.appendingPathComponent(name)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
                files[name] = Data("-> \(target)".utf8)
                continue
            }
            var directory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &directory), !directory.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// The names beside `folder` in its parent, other than `folder` and `except`.
    static func beside(_ folder: URL, except: Set<String> = []) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
            .filter { $0 != folder.lastPathComponent && !except.contains($0) }.sorted()
    }

    /// The temporary folders of `folder` beside it (left by killed runs).
    static func temporaries(of folder: URL) throws -> [String] {
        try beside(folder).filter { $0.hasPrefix(".\(folder.lastPathComponent).tapestry-") }
    }

    /// Checks that `set` is a whole report set: its manifest, every file it lists and no other,
    /// the JSON parses, the workbook is a sound zip.
    static func expectWhole(_ set: [String: Data], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let manifest = try #require(set[".tapestry-report.json"], sourceLocation: sourceLocation)
        let listed = try #require((try JSONSerialization.jsonObject(with: manifest) as? [String: Any])?["files"] as? [String],
                                  sourceLocation: sourceLocation)
        #expect(Set(listed + [".tapestry-report.json"]) == Set(set.keys), sourceLocation: sourceLocation)
        if let json = set["assessment.json"] {
            #expect((try? JSONSerialization.jsonObject(with: json)) is [String: Any], sourceLocation: sourceLocation)
        }
        if let workbook = set["report.xlsx"] {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-check-\(UUID().uuidString).xlsx")
            try workbook.write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let check = try Python.run(["-c", "import sys, zipfile\nassert zipfile.ZipFile(sys.argv[1]).testzip() is None", url.path])
            #expect(check.status == 0, "\(check.output)", sourceLocation: sourceLocation)
        }
    }
}
