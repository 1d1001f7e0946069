/// Why an output could not be written. Nothing is left behind when one is thrown.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists and `--force` was not given.
    case exists(path: String)
    /// The file or folder could not be written.
    case cannotWrite(path: String, reason: String)

    /// A message that names the path and says what to do.
    public var description: String {
        switch self {
        case let .exists(path):
            "\(path): a report is already there; pass --force to replace it, or choose another --output folder."
        case let .cannotWrite(path, reason):
            "\(path): cannot write here (\(reason)). Choose a folder you may write to with --output."
        }
    }
}
