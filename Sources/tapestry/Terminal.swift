import Foundation
import TapestryReport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about where standard output goes.
enum Terminal {
    /// Colour only when standard output is a terminal, `NO_COLOR` is unset and the terminal
    /// is not `dumb`.
    static var supportsColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// The width the summary is laid out for: the `COLUMNS` variable when it holds a positive
    /// number, else the terminal's width when standard output is a terminal, else 100. (The
    /// renderer never lays out narrower than 80.)
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
           columns > 0 {
            return columns
        }
        if isatty(STDOUT_FILENO) == 1 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
                return Int(size.ws_col)
            }
        }
        return TerminalRenderer.defaultWidth
    }
}
