import Foundation

/// Why an output could not be written. Nothing is left behind when one is thrown: an earlier
/// report set stays as it was, and no temporary remains.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists and `--force` was not given.
    case exists(path: String)
    /// The file or folder could not be written.
    case cannotWrite(path: String, reason: String)
    /// The folder holds a report set of another run (written for the project file `project`,
    /// or for no project), and `--force` was not given.
    case reportExists(path: String, project: String?)
    /// The folder holds files tapestry did not write (a few of their names); it is never replaced.
    case foreignFiles(path: String, names: [String])
    /// Another tapestry run is writing this folder (or, for longer than it waits, one beside it).
    case busy(path: String)
    /// The folder is the current folder or holds it, which replacing it would pull away.
    case holdsWorkingFolder(path: String)

    /// A message that names the path and says what to do.
    public var description: String {
        switch self {
        case let .exists(path):
            "\(path) already exists; pass --force to replace it."
        case let .cannotWrite(path, reason):
            "\(path): cannot write here (\(reason)). Choose a folder you may write to with --output."
        case let .reportExists(path, project):
            "\(path): "
                + (project.map { "holds the reports of another project (\($0)); " } ?? "a report is already there; ")
                + "pass --force to replace it, or choose another --output folder."
        case let .foreignFiles(path, names):
            "\(path): holds files tapestry did not write (\(names.joined(separator: ", "))). tapestry replaces its "
                + "report folder as a whole, so it does not write into this one, even with --force: choose a folder "
                + "of its own with --output (such as \(path.hasSuffix("/") ? path : path + "/")reports), or move those files away."
        case let .busy(path):
            "\(path): another tapestry run is writing there now; wait for it to finish, then run again."
        case let .holdsWorkingFolder(path):
            "\(path): is the folder you are in (or holds it); tapestry replaces its report folder as a whole. "
                + "Choose a folder of its own with --output, such as \(path.hasSuffix("/") ? path : path + "/")reports."
        }
    }

    /// Words for a Foundation or system error, for ``cannotWrite(path:reason:)``: the
    /// underlying POSIX error's ("No space left on device") when there is one.
    static func reason(_ error: Error) -> String {
        if let error = error as? SystemError { return error.reason }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
