import ArgumentParser
import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring

/// The exit codes of cli.md, and the one place that turns a library error into a message
/// and a code.
enum ExitStatus {
    /// Input data that cannot be used.
    static let dataError = ExitCode(65)
    /// An input file that cannot be opened.
    static let noInput = ExitCode(66)
    /// An output that cannot be written.
    static let cannotCreate = ExitCode(73)
    /// Bad usage.
    static let usage = ExitCode(64)

    /// Runs `body`; a library error is printed to standard error and becomes its exit code.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ImportError {
            printError(error.description)
            switch error {
            case .cannotOpen: throw noInput
            case .groupColumnNotFound, .personalGroupColumn: throw usage
            // Settings files are part of the usage (cli.md: 64 also for bad settings files).
            case .invalidMapping, .invalidProject, .settingsFileTooLarge: throw usage
            case .cannotOpen(let file, _) where file.hasSuffix(ProjectFile.fileName): throw noInput
            default: throw dataError
            }
        } catch let error as InstrumentError {
            printError(error.description)
            throw usage
        } catch let error as OutputError {
            printError(error.description)
            throw cannotCreate
        } catch let error as ReportError {
            printError(error.description)
            if case .template = error { throw usage }
            throw cannotCreate
        }
    }

    /// Prints `tapestry: error: message` to standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("tapestry: error: \(message)\n".utf8))
    }
}
