import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output goes: the real folder that holds it (symbolic links resolved) and its name
/// there, and the path as the user gave it, made absolute, which messages name.
struct OutputLocation: Sendable, Equatable {
    /// The path as given, made absolute.
    var shown: String
    /// The real path of the folder that holds the output; parts of it may not exist yet.
    var parent: String
    /// The output's name in `parent`.
    var name: String

    /// The output's real path.
    var real: String { parent == "/" ? "/" + name : parent + "/" + name }

    /// A report folder at `path`. A symbolic link there is followed: the folder it names is
    /// replaced and the link stays; a link to nothing is refused.
    static func folder(_ path: String) throws -> OutputLocation {
        let shown = absolute(path)
        var target = shown
        var info = stat()
        if lstat(shown, &info) == 0 {
            guard let real = realPath(shown) else {
                throw OutputError.cannotWrite(path: shown, reason: "it is a symbolic link to a folder that does not exist; create that folder or choose another")
            }
            guard stat(real, &info) == 0, DirectoryHandle.isDirectory(info) else {
                throw OutputError.cannotWrite(path: shown, reason: "it is a file, not a folder")
            }
            target = real
        }
        return try located(shown: shown, target: target)
    }

    /// A single file at `path`. The last part is not followed: a symbolic link there is
    /// replaced by the file, and what it points to is left alone.
    static func file(_ path: String) throws -> OutputLocation {
        let shown = absolute(path)
        return try located(shown: shown, target: shown)
    }

    /// Creates the folders of `parent` that do not exist yet (with the umask's mode), and
    /// returns them, outermost first, so that a failure can remove them again.
    func createParent() throws -> [String] {
        var missing: [String] = []
        var folder = parent
        var info = stat()
        while folder != "/" && lstat(folder, &info) != 0 {
            missing.insert(folder, at: 0)
            folder = (folder as NSString).deletingLastPathComponent
        }
        var created: [String] = []
        for folder in missing {
            if mkdir(folder, 0o777) != 0 && errno != EEXIST {
                let reason = String(cString: strerror(errno))
                Self.removeCreated(created)
                throw OutputError.cannotWrite(path: shown, reason: "cannot create \(folder): \(reason)")
            }
            created.append(folder)
        }
        return created
    }

    /// Removes folders ``createParent()`` made, if they are still empty.
    static func removeCreated(_ folders: [String]) {
        for folder in folders.reversed() { _ = rmdir(folder) }
    }

    /// `path` made absolute against the current folder, without `.`, `..` or a trailing `/`.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `path` with every symbolic link resolved, or nil if some part does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real folder of `target`'s parent (its missing tail kept as written), and its name.
    private static func located(shown: String, target: String) throws -> OutputLocation {
        let name = (target as NSString).lastPathComponent
        guard target != "/", !name.isEmpty, name != ".", name != ".." else {
            throw OutputError.cannotWrite(path: shown, reason: "it is the top folder of the disk; choose a folder inside it")
        }
        var head = (target as NSString).deletingLastPathComponent
        var tail: [String] = []
        var real = realPath(head)
        while real == nil && head != "/" {
            tail.insert((head as NSString).lastPathComponent, at: 0)
            head = (head as NSString).deletingLastPathComponent
            real = realPath(head)
        }
        var parent = real ?? head
        for part in tail { parent = parent == "/" ? "/" + part : parent + "/" + part }
        return OutputLocation(shown: shown, parent: parent, name: name)
    }
}
