import Foundation
import Testing

/// Runs the built `tapestry` binary, as a user would, and captures what it prints.
enum TapestryBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary beside the test bundle (both live in the build folder).
    static var url: URL {
        get throws {
            var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("tapestry")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
            let fallback = packageRoot.appendingPathComponent(".build/debug/tapestry")
            try #require(FileManager.default.isExecutableFile(atPath: fallback.path), "build tapestry first: swift build")
            return fallback
        }
    }

    /// Runs the binary; `environment` is added to the test's own (a nil value removes a variable).
    static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String?] = [:]) throws -> Result {
        try run(executable: url, arguments, in: directory, environment: environment)
    }

    /// Runs `executable` (the binary itself, or a wrapper that runs it) with colour off and
    /// captures what it prints.
    static func run(executable: URL, _ arguments: [String], in directory: URL, environment added: [String: String?] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // The terminal summary's width follows COLUMNS: a test sets it when it means to.
        environment["COLUMNS"] = nil
        for (name, value) in added { environment[name] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A new empty folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
