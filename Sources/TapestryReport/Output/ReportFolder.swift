import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder that receives a report set as one unit: a reader, a crash or a second run sees the
/// complete earlier set or the complete new one, never a mix, and no file of the earlier set
/// survives beside the new one.
///
/// The set is written into a fresh folder beside the target, `.<name>.tapestry-<random>`
/// (created exclusively, readable by its owner only while it is written; every file in it
/// created with `O_CREAT|O_EXCL|O_NOFOLLOW`), with a ``ReportManifest``; then that folder is
/// renamed to the target's name, or swapped with the existing target in one step
/// (`renameat2(RENAME_EXCHANGE)`, macOS `renameatx_np(RENAME_SWAP)`), and the earlier set, now
/// under the temporary name, is deleted. A failure deletes the temporary folder; one left by a
/// killed run is deleted by the next run. Where the file system cannot swap, the target is
/// renamed away and the new set renamed in: for that moment there is no folder at all.
///
/// What may be replaced: a folder that does not exist or is empty; a report set written for
/// the same project (a project's report folder belongs to it, so each run replaces it); with
/// `force`, any other report set. A folder holding anything tapestry did not write (not in its
/// manifest) is never replaced. The decision is made before the run's work begins and again
/// under an exclusive `flock` on the parent folder, held while the set is written and swapped:
/// a second run on the same folder stops at once with ``OutputError/busy(path:)``; a run on
/// another folder in the same parent waits (up to ``lockWait``).
public struct ReportFolder: Sendable {
    /// How long a run waits for another run writing a different folder in the same parent,
    /// in seconds: 120, far longer than writing the largest workbook takes.
    public static let lockWait: Double = 120
    /// How often a waiting run looks again, in microseconds (50 ms).
    static let lockPoll: UInt32 = 50_000

    /// The folder as given, made absolute; messages name it.
    public let path: String
    let location: OutputLocation
    /// The project file relative to the folder, or nil for a run without a project.
    let project: String?
    let force: Bool

    /// Prepares to write into the folder at `path` for the project file `project` (its
    /// `tapestry.yaml`, or nil), replacing another run's report set only with `force`. Throws
    /// at once, before any work, when the folder cannot be replaced as things stand.
    public init(path: String, project: String?, force: Bool) throws {
        let location = try OutputLocation.folder(path)
        self.location = location
        self.path = location.shown
        self.project = project.map {
            Self.relativePath(from: location.real, to: OutputLocation.realPath($0) ?? OutputLocation.absolute($0))
        }
        self.force = force
        if let current = OutputLocation.realPath(".") {
            if current == location.real || current.hasPrefix(location.real + "/") {
                throw OutputError.holdsWorkingFolder(path: self.path)
            }
        }
        do {
            try permit(try contents(in: DirectoryHandle(path: location.parent)))
        } catch let error as SystemError where error.code == ENOENT {
            // The parent folder does not exist yet; the write creates it.
        } catch let error as SystemError {
            throw OutputError.cannotWrite(path: self.path, reason: error.reason)
        }
    }

    /// Writes `files` (and the manifest) as the folder's new report set, in place of what it
    /// held. Errors are ``OutputError``s, or the ``ReportError`` of a file's writer.
    public func write(_ files: [ReportFile]) throws {
        let names = files.map(\.name)
        guard let bad = names.first(where: { !ReportManifest.isSafeName($0) || $0 == ReportManifest.fileName }) ?? duplicate(names) else {
            return try writeChecked(files)
        }
        throw OutputError.cannotWrite(path: path, reason: "`\(bad)` is not a usable file name in a report set")
    }

    private func writeChecked(_ files: [ReportFile]) throws {
        let created = try location.createParent()
        do {
            let parent: DirectoryHandle
            do {
                parent = try DirectoryHandle(path: location.parent)
            } catch {
                throw OutputError.cannotWrite(path: path, reason: OutputError.reason(error))
            }
            try withExtendedLifetime(parent) {
                try lock(parent)
                let contents = try self.contents(in: parent)
                try permit(contents)
                removeStaleTemporaries(in: parent)
                try replace(in: parent, existing: contents != .absent, with: files)
            }
        } catch {
            OutputLocation.removeCreated(created)
            throw error
        }
    }

    // MARK: Deciding

    private func contents(in parent: DirectoryHandle) throws -> FolderContents {
        do {
            return try FolderContents.read(location.name, in: parent)
        } catch {
            throw OutputError.cannotWrite(path: path, reason: OutputError.reason(error))
        }
    }

    /// Throws unless this run may replace a folder holding `contents`.
    private func permit(_ contents: FolderContents) throws {
        switch contents {
        case .absent, .empty:
            return
        case .notAFolder:
            throw OutputError.cannotWrite(path: path, reason: "it is a file, not a folder")
        case let .foreign(names):
            throw OutputError.foreignFiles(path: path, names: names)
        case let .reportSet(owner):
            if force || (owner != nil && owner == project) { return }
            throw OutputError.reportExists(path: path, project: owner.map { OutputLocation.absolute(location.real + "/" + $0) })
        case .earlierReportSet:
            if force { return }
            throw OutputError.reportExists(path: path, project: nil)
        }
    }

    // MARK: Locking

    /// Takes the parent folder's lock; stops at once when a run is writing this same folder
    /// (its temporary folder is there and locked), else waits up to ``lockWait``.
    private func lock(_ parent: DirectoryHandle) throws {
        let start = Date()
        while !parent.tryLock() {
            if liveTemporary(in: parent) || Date().timeIntervalSince(start) > Self.lockWait {
                throw OutputError.busy(path: path)
            }
            usleep(Self.lockPoll)
        }
    }

    /// Whether a running writer of this folder holds its temporary folder beside it.
    private func liveTemporary(in parent: DirectoryHandle) -> Bool {
        for entry in (try? parent.entries()) ?? [] where TemporaryName.isTemporary(entry, of: location.name) {
            if let folder = try? DirectoryHandle(entry, in: parent), !folder.tryLock() { return true }
        }
        return false
    }

    /// Deletes temporary folders of this folder that killed runs left (under the parent's
    /// lock; a live one would be locked, and is left alone all the same).
    private func removeStaleTemporaries(in parent: DirectoryHandle) {
        for entry in (try? parent.entries()) ?? [] where TemporaryName.isTemporary(entry, of: location.name) {
            guard let info = try? parent.status(entry), DirectoryHandle.isDirectory(info), info.st_uid == geteuid(),
                  let folder = try? DirectoryHandle(entry, in: parent), folder.tryLock() else { continue }
            try? parent.removeTree(entry)
        }
    }

    // MARK: Writing

    /// Writes the set into a fresh temporary folder and puts it in place of the target.
    private func replace(in parent: DirectoryHandle, existing: Bool, with files: [ReportFile]) throws {
        let temporary: String
        do {
            temporary = try parent.makeUniqueDirectory(prefix: TemporaryName.prefix(for: location.name))
        } catch {
            throw OutputError.cannotWrite(path: path, reason: OutputError.reason(error))
        }
        var swapped = false
        defer { if !swapped { try? parent.removeTree(temporary) } }
        let folder: DirectoryHandle
        do {
            folder = try DirectoryHandle(temporary, in: parent)
            // Locked while it is written: a second run on this folder sees a live writer.
            folder.lock()
        } catch {
            throw OutputError.cannotWrite(path: path, reason: OutputError.reason(error))
        }
        try withExtendedLifetime(folder) {
            for file in files { try put(file, in: folder) }
            do {
                let manifest = ReportManifest(project: project, files: files.map(\.name))
                try folder.createFile(ReportManifest.fileName, contents: manifest.encoded())
                let permissions = existing ? (try parent.status(location.name)).map { $0.st_mode & 0o777 } : nil
                try folder.setMode((try folder.status().st_mode & 0o7000) | (permissions ?? 0o777 & ~DirectoryHandle.umaskValue))
                folder.sync()
            } catch {
                throw OutputError.cannotWrite(path: path, reason: OutputError.reason(error))
            }
            try swap(temporary, in: parent, existing: existing)
        }
        swapped = true
        parent.sync()
        // The earlier set, now under the temporary name (or nothing). Should this fail, the
        // next run deletes what is left.
        try? parent.removeTree(temporary)
    }

    /// Writes one file of the set into the temporary folder.
    private func put(_ file: ReportFile, in root: DirectoryHandle) throws {
        let shown = path + "/" + file.name
        do {
            let parts = file.name.split(separator: "/").map(String.init)
            var folder = root
            for part in parts.dropLast() {
                try folder.makeDirectory(part)
                folder = try DirectoryHandle(part, in: folder)
            }
            let name = parts[parts.count - 1]
            switch file.source {
            case let .data(contents):
                try folder.createFile(name, contents: contents)
            case let .writer(write):
                do {
                    try write(folder.child(name))
                } catch let error as OutputError {
                    throw error
                } catch let error as ReportError {
                    throw error
                } catch {
                    throw OutputError.cannotWrite(path: shown, reason: OutputError.reason(error))
                }
                guard let info = try folder.status(name), DirectoryHandle.isRegularFile(info) else {
                    throw OutputError.cannotWrite(path: shown, reason: "the file was not made")
                }
                try folder.syncFile(name)
            }
            if parts.count > 1 { folder.sync() }
        } catch let error as SystemError {
            throw OutputError.cannotWrite(path: shown, reason: OutputError.reason(error))
        }
    }

    /// Puts the temporary folder in the target's place: a rename when there is no target, else
    /// a swap in one step, or (where the file system cannot swap) two renames.
    private func swap(_ temporary: String, in parent: DirectoryHandle, existing: Bool) throws {
        let name = location.name
        if !existing {
            if renameat(parent.descriptor, temporary, parent.descriptor, name) == 0 { return }
            throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let code = AtomicRename.exchange(in: parent.descriptor, temporary, name)
        if code == 0 { return }
        guard AtomicRename.unsupported(code) else {
            throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(code)))
        }
        // No swap here: move the earlier set aside under a temporary name, then the new one in.
        let aside = TemporaryName.prefix(for: name) + TemporaryName.suffix()
        guard renameat(parent.descriptor, name, parent.descriptor, aside) == 0 else {
            throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        guard renameat(parent.descriptor, temporary, parent.descriptor, name) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = renameat(parent.descriptor, aside, parent.descriptor, name)
            throw OutputError.cannotWrite(path: path, reason: reason)
        }
        try? parent.removeTree(aside)
    }

    // MARK: Helpers

    /// The first name given twice, if any.
    private func duplicate(_ names: [String]) -> String? {
        var seen: Set<String> = []
        return names.first { !seen.insert($0).inserted }
    }

    /// The path of `file` relative to the folder `folder` (both absolute): `../tapestry.yaml`.
    static func relativePath(from folder: String, to file: String) -> String {
        let from = folder.split(separator: "/")
        let to = file.split(separator: "/")
        var common = 0
        while common < from.count && common < to.count && from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }
}
