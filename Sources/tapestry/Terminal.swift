import Foundation

/// Facts about where standard output goes.
enum Terminal {
    /// Colour only when standard output is a terminal, `NO_COLOR` is unset and the terminal
    /// is not `dumb`.
    static var supportsColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}
