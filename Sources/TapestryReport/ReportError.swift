/// Why a report could not be made (the output could not be written is ``OutputError``).
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The workbook library refused something.
    case workbook(String)
    /// A report template or the recommendations catalogue cannot be used.
    case template(String)

    /// What went wrong.
    public var description: String {
        switch self {
        case let .workbook(problem): "the workbook could not be made: \(problem)"
        case let .template(problem): problem
        }
    }
}
