import ArgumentParser
import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring

/// The exit codes of cli.md, and the one place that turns a library error into a message
/// and a code. Every error a subcommand can throw ends here (``reporting(_:)``), so the
/// process exits with 0, 64, 65, 66 or 73 and nothing else.
enum ExitStatus {
    /// Input data that cannot be used.
    static let dataError = ExitCode(65)
    /// An input file that cannot be opened.
    static let noInput = ExitCode(66)
    /// An output that cannot be written.
    static let cannotCreate = ExitCode(73)
    /// Bad usage: a flag, or a settings file (instrument, mapping, project, template) the
    /// user wrote.
    static let usage = ExitCode(64)

    /// The codes a run may end with.
    static let contract: Set<Int32> = [0, 64, 65, 66, 73]

    /// Runs `body`; any error is printed to standard error and becomes its exit code.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            let (code, message) = outcome(of: error)
            printError(message)
            throw code
        }
    }

    /// The exit code and the message for `error`.
    static func outcome(of error: Error) -> (code: ExitCode, message: String) {
        switch error {
        case let error as ImportError:
            switch error {
            case .cannotOpen: return (noInput, error.description)
            case .groupColumnNotFound, .personalGroupColumn, .invalidProject, .invalidMapping, .settingsFileTooLarge, .linkColumnNotFound,
                 .invalidMembers:
                return (usage, error.description)
            default: return (dataError, error.description)
            }
        case let error as InstrumentError:
            return (usage, error.description)
        case let error as OutputError:
            return (cannotCreate, error.description)
        case let error as ReportError:
            if case .template = error { return (usage, error.description) }
            return (cannotCreate, error.description)
        case let error as ValidationError:
            return (usage, error.message)
        default:
            // Libraries wrap what they call into their own errors; this is the net under that.
            let nsError = error as NSError
            if nsError.domain == NSCocoaErrorDomain, let path = nsError.userInfo[NSFilePathErrorKey] as? String {
                let writing = (CocoaError.Code.fileWriteUnknown.rawValue...CocoaError.Code.fileWriteVolumeReadOnly.rawValue)
                    .contains(nsError.code)
                return writing
                    ? (cannotCreate, "\(path): cannot write here (\(nsError.localizedDescription)). Choose a folder you may write to.")
                    : (noInput, "\(path): cannot read this (\(nsError.localizedDescription)). Check the path and that you may read it.")
            }
            return (dataError, "unexpected problem: \(error). Please report it, with the command you ran.")
        }
    }

    /// Prints `tapestry: error: message` to standard error, with any control character that
    /// came from the input (a heading quoted in the message) shown as a space, so that a file
    /// cannot send escape sequences to the terminal.
    static func printError(_ message: String) {
        let clean = String(String.UnicodeScalarView(message.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
        FileHandle.standardError.write(Data("tapestry: error: \(clean)\n".utf8))
    }
}
