/// Why an instrument could not be loaded. Each case names the file and, where the YAML
/// gives one, the line and column, and its description says what to fix.
public enum InstrumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not valid YAML.
    case syntax(file: String, line: Int?, column: Int?, problem: String)
    /// A value is missing, of the wrong kind, or breaks a rule of the instrument format.
    case invalid(file: String, line: Int?, column: Int?, problem: String)

    /// A message that names the place and says what to do.
    public var description: String {
        switch self {
        case let .syntax(file, line, column, problem):
            "\(Self.place(file, line, column)): this instrument is not valid YAML (\(problem)). "
                + "Fix the YAML at that place; `tapestry instrument --format yaml` prints a valid example."
        case let .invalid(file, line, column, problem):
            "\(Self.place(file, line, column)): \(problem)"
        }
    }

    private static func place(_ file: String, _ line: Int?, _ column: Int?) -> String {
        switch (line, column) {
        case let (line?, column?): "\(file):\(line):\(column)"
        case let (line?, nil): "\(file):\(line)"
        default: file
        }
    }
}
