import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one file whole or not at all (`template csv --output`, `init`'s `tapestry.yaml`):
/// into a temporary file beside it, `.<name>.tapestry-<random>`, created exclusively
/// (`O_CREAT|O_EXCL|O_NOFOLLOW`), then renamed into place. Without `force` the rename
/// refuses to replace a file that appeared meanwhile (`RENAME_NOREPLACE`). A symbolic link at
/// the target is replaced by the file; what it points to is left alone. A report set, several
/// files that belong together, goes through ``ReportFolder`` instead.
public enum AtomicFileWriter {
    /// Writes `contents` to `path`. Without `force`, an existing file (or link) stops it.
    public static func write(_ contents: Data, to path: String, force: Bool) throws {
        let location = try OutputLocation.file(path)
        let shown = location.shown
        var info = stat()
        if !force && lstat(shown, &info) == 0 { throw OutputError.exists(path: shown) }
        let created = try location.createParent()
        do {
            let parent: DirectoryHandle
            do throws(SystemError) {
                parent = try DirectoryHandle(path: location.parent)
            } catch {
                throw OutputError.cannotWrite(path: shown, reason: error.reason)
            }
            try withExtendedLifetime(parent) {
                removeStaleTemporaries(of: location.name, in: parent)
                try replace(location.name, in: parent, with: contents, force: force, shown: shown)
            }
        } catch {
            OutputLocation.removeCreated(created)
            throw error
        }
    }

    private static func replace(_ name: String, in parent: DirectoryHandle, with contents: Data, force: Bool, shown: String) throws {
        let existing = try? parent.status(name)
        let temporary: (name: String, descriptor: Int32)
        do throws(SystemError) {
            temporary = try parent.createUniqueFile(prefix: TemporaryName.prefix(for: name), contents: contents)
        } catch {
            throw OutputError.cannotWrite(path: shown, reason: error.reason)
        }
        defer { close(temporary.descriptor) }
        var renamed = false
        defer { if !renamed { parent.remove(temporary.name) } }
        if let existing, DirectoryHandle.isRegularFile(existing) {
            // A replaced file keeps its permissions.
            _ = fchmod(temporary.descriptor, existing.st_mode & 0o777)
        }
        if force {
            do throws(SystemError) {
                try parent.rename(temporary.name, to: name)
            } catch {
                throw OutputError.cannotWrite(path: shown, reason: error.reason)
            }
        } else {
            var code = AtomicRename.renameWithoutReplacing(in: parent.descriptor, temporary.name, to: name)
            if AtomicRename.unsupported(code) {
                // No such rename here: check, then rename (a file appearing in between is replaced).
                var info = stat()
                code = fstatat(parent.descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? EEXIST
                    : renameat(parent.descriptor, temporary.name, parent.descriptor, name) == 0 ? 0 : errno
            }
            if code == EEXIST { throw OutputError.exists(path: shown) }
            if code != 0 { throw OutputError.cannotWrite(path: shown, reason: String(cString: strerror(code))) }
        }
        renamed = true
        parent.sync()
    }

    /// Deletes temporaries of `name` that killed runs left: regular files of this user that no
    /// running writer holds locked.
    private static func removeStaleTemporaries(of name: String, in parent: DirectoryHandle) {
        for entry in (try? parent.entries()) ?? [] where TemporaryName.isTemporary(entry, of: name) {
            guard let info = try? parent.status(entry), DirectoryHandle.isRegularFile(info), info.st_uid == geteuid() else { continue }
            let file = openat(parent.descriptor, entry, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard file >= 0 else { continue }
            if flock(file, LOCK_EX | LOCK_NB) == 0 { parent.remove(entry) }
            close(file)
        }
    }
}
