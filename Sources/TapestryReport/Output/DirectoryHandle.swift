import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open folder, and the file operations the output writers make relative to it (the `…at`
/// system calls): each name is looked up once, from a folder already open, and no symbolic
/// link is followed, so a link planted at any name cannot redirect a write.
final class DirectoryHandle {
    /// The open descriptor; closed (releasing any lock taken on it) when the handle goes away.
    let descriptor: Int32
    /// The folder's path, for writers that need one and for messages.
    let path: String

    /// Opens the folder at `path`, an absolute path whose last part is not a symbolic link.
    init(path: String) throws(SystemError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError("open", path) }
        self.descriptor = descriptor
        self.path = path
    }

    /// Opens the folder `name` of `parent`; fails when `name` is a symbolic link or a file.
    init(_ name: String, in parent: DirectoryHandle) throws(SystemError) {
        let descriptor = openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError("open", name) }
        self.descriptor = descriptor
        self.path = parent.child(name)
    }

    deinit { close(descriptor) }

    /// The path of `name` in this folder.
    func child(_ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    // MARK: Locks

    /// Takes an exclusive `flock` on the folder without waiting. False when another open
    /// folder description holds it; a file system that cannot lock at all (some network
    /// mounts) counts as taken, so that writing still works there, unguarded.
    func tryLock() -> Bool {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            return errno != EWOULDBLOCK
        }
        return true
    }

    /// Takes an exclusive `flock` on the folder, waiting for it.
    func lock() {
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }

    // MARK: Reading

    /// The names in the folder, without `.` and `..`.
    func entries() throws(SystemError) -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0 else { throw SystemError("list", path) }
        guard let stream = fdopendir(copy) else {
            let error = SystemError("list", path)
            close(copy)
            throw error
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw SystemError("list", path) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    /// What `name` is (a symbolic link is described, not followed); nil when nothing is there.
    func status(_ name: String) throws(SystemError) -> stat? {
        var info = stat()
        if fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 { return info }
        if errno == ENOENT || errno == ENOTDIR { return nil }
        throw SystemError("look at", name)
    }

    /// The folder's own status.
    func status() throws(SystemError) -> stat {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SystemError("look at", path) }
        return info
    }

    /// The contents of the regular file `name` (not followed if a link), or nil when there is
    /// none, it is not a regular file, it is larger than `maximumSize` bytes or cannot be read.
    func readFile(_ name: String, maximumSize: Int) -> Data? {
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, Self.isRegularFile(info), Int(info.st_size) <= maximumSize else { return nil }
        var data = Data(count: Int(info.st_size))
        let complete = data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Bool in
            var done = 0
            while done < buffer.count {
                let count = read(file, buffer.baseAddress! + done, buffer.count - done)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return false }
                done += count
            }
            return true
        }
        return complete ? data : nil
    }

    // MARK: Writing

    /// Creates the file `name`, which must not exist (`O_CREAT|O_EXCL|O_NOFOLLOW`: not even as
    /// a symbolic link), with mode 0666 less the umask, writes `contents` and flushes it to the
    /// disk. A file left half-written by a failure is removed.
    func createFile(_ name: String, contents: Data) throws(SystemError) {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard file >= 0 else { throw SystemError("create", name) }
        defer { close(file) }
        do throws(SystemError) {
            try Self.writeAll(contents, to: file, name: name)
            guard fsync(file) == 0 else { throw SystemError("write", name) }
        } catch {
            unlinkat(descriptor, name, 0)
            throw error
        }
    }

    /// Creates a file named `prefix` and a random suffix (exclusively, as ``createFile(_:contents:)``)
    /// with `contents`, and returns its name and its descriptor, still open and locked with
    /// `flock` so that ``TemporaryName`` clean-ups by other runs leave it alone. The caller
    /// closes the descriptor.
    func createUniqueFile(prefix: String, contents: Data) throws(SystemError) -> (name: String, descriptor: Int32) {
        for _ in 0..<TemporaryName.attempts {
            let name = prefix + TemporaryName.suffix()
            let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if file < 0 {
                if errno == EEXIST { continue }
                throw SystemError("create", name)
            }
            while flock(file, LOCK_EX) != 0 && errno == EINTR {}
            do throws(SystemError) {
                try Self.writeAll(contents, to: file, name: name)
                guard fsync(file) == 0 else { throw SystemError("write", name) }
            } catch {
                unlinkat(descriptor, name, 0)
                close(file)
                throw error
            }
            return (name, file)
        }
        throw SystemError("create", prefix, code: EEXIST)
    }

    /// Creates a folder named `prefix` and a random suffix, readable and writable by its owner
    /// only (0700), and returns its name.
    func makeUniqueDirectory(prefix: String) throws(SystemError) -> String {
        for _ in 0..<TemporaryName.attempts {
            let name = prefix + TemporaryName.suffix()
            if mkdirat(descriptor, name, 0o700) == 0 { return name }
            if errno != EEXIST { throw SystemError("create", name) }
        }
        throw SystemError("create", prefix, code: EEXIST)
    }

    /// Creates the folder `name` with mode 0777 less the umask; one already there is fine.
    func makeDirectory(_ name: String) throws(SystemError) {
        if mkdirat(descriptor, name, 0o777) == 0 { return }
        let error = SystemError("create", name)
        guard error.code == EEXIST, let info = try status(name), Self.isDirectory(info) else { throw error }
    }

    /// Flushes the file `name` (a regular file, not followed if a link) to the disk.
    func syncFile(_ name: String) throws(SystemError) {
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard file >= 0 else { throw SystemError("write", name) }
        defer { close(file) }
        guard fsync(file) == 0 else { throw SystemError("write", name) }
    }

    /// Flushes the folder's entries to the disk.
    func sync() {
        _ = fsync(descriptor)
    }

    /// Sets the folder's mode.
    func setMode(_ mode: mode_t) throws(SystemError) {
        guard fchmod(descriptor, mode) == 0 else { throw SystemError("set the permissions of", path) }
    }

    /// Renames `name` to `newName`, both in this folder (replacing a file there).
    func rename(_ name: String, to newName: String) throws(SystemError) {
        guard renameat(descriptor, name, descriptor, newName) == 0 else { throw SystemError("rename", newName) }
    }

    /// Removes the file `name` (a link itself, not what it points to).
    func remove(_ name: String) {
        _ = unlinkat(descriptor, name, 0)
    }

    /// Removes `name` and, if it is a folder, everything in it, without following any symbolic
    /// link (a link is removed, never what it points to).
    func removeTree(_ name: String) throws(SystemError) {
        guard let info = try status(name) else { return }
        if Self.isDirectory(info) {
            let folder = try DirectoryHandle(name, in: self)
            for entry in try folder.entries() { try folder.removeTree(entry) }
            guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else { throw SystemError("remove", name) }
        } else {
            guard unlinkat(descriptor, name, 0) == 0 || errno == ENOENT else { throw SystemError("remove", name) }
        }
    }

    // MARK: Helpers

    /// Whether `info` describes a folder.
    static func isDirectory(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }

    /// Whether `info` describes a regular file.
    static func isRegularFile(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFREG }

    /// The process's umask (read by setting it and putting it back at once; tapestry makes
    /// no file on another thread meanwhile).
    static var umaskValue: mode_t {
        let current = umask(0o022)
        umask(current)
        return current
    }

    /// Writes all of `data` to `file`, retrying short writes and interruptions.
    private static func writeAll(_ data: Data, to file: Int32, name: String) throws(SystemError) {
        let failure: SystemError? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> SystemError? in
            guard var next = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let written = write(file, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return SystemError("write", name)
                }
                next += written
                left -= written
            }
            return nil
        }
        if let failure { throw failure }
    }
}
