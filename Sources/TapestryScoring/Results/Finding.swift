/// A problem found in the input: reported as data, not thrown, so that one bad cell does not
/// stop an assessment. With `--strict` any finding is an error.
public struct Finding: Sendable, Equatable {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Equatable, Comparable {
        /// Something the reader should know; nothing was lost.
        case info
        /// A value or row was not used as it stands.
        case warning
        /// The input cannot be used as it is.
        case error

        private var rank: Int { [.info: 0, .warning: 1, .error: 2][self]! }

        /// Orders by seriousness, `info` lowest.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// The input file, as the user named it.
    public var file: String
    /// The 1-based physical line where the row starts, when the problem is in a row.
    public var line: Int?
    /// The column's header, when the problem is in a column.
    public var column: String?
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates a finding.
    public init(severity: Severity, file: String, line: Int? = nil, column: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `findings` most serious first: errors, then warnings, then notes, each severity in the
    /// order given (file order). The one order every report lists findings in, so that a
    /// real warning is not buried under notes; the JSON keeps the order found.
    public static func mostSeriousFirst<Findings: Sequence<Finding>>(_ findings: Findings) -> [Finding] {
        let all = Array(findings)
        return [Severity.error, .warning, .info].flatMap { severity in all.filter { $0.severity == severity } }
    }

    /// `file:line: column: message`, as compilers print diagnostics.
    public var location: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += " [\(column)]" }
        return text
    }
}
