#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call that failed inside the output writers: which one, on which name (relative to
/// the folder it was made in) and `errno`. The writers turn it into an ``OutputError`` naming
/// the path the user knows (never a temporary one).
struct SystemError: Error, Equatable {
    /// What was being done ("create", "rename", …).
    var operation: String
    /// The file or folder name, relative to the folder the call was made in.
    var name: String
    /// `errno` after the call.
    var code: Int32

    /// Captures `errno` now.
    init(_ operation: String, _ name: String, code: Int32 = errno) {
        self.operation = operation
        self.name = name
        self.code = code
    }

    /// The system's words for `code` ("Permission denied").
    var reason: String { String(cString: strerror(code)) }
}
