import Foundation

/// Writes files whole or not at all: each is written to a temporary name beside its target
/// and renamed into place only when every file of the set has been written.
public enum AtomicFileWriter {
    /// Writes `files` (a path relative to `directory` and its contents) into `directory`,
    /// creating it if needed. Without `force`, an existing file stops the run before anything
    /// is written.
    public static func write(_ files: [(name: String, contents: Data)], into directory: String, force: Bool) throws {
        let folder = URL(fileURLWithPath: directory)
        let manager = FileManager.default
        let targets = files.map { folder.appendingPathComponent($0.name) }
        if !force, let existing = targets.first(where: { manager.fileExists(atPath: $0.path) }) {
            throw OutputError.exists(path: existing.path)
        }
        var temporaries: [URL] = []
        do {
            for (file, target) in zip(files, targets) {
                try createDirectory(target.deletingLastPathComponent())
                let temporary = target.deletingLastPathComponent()
                    .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
                temporaries.append(temporary)
                do {
                    try file.contents.write(to: temporary)
                } catch {
                    throw OutputError.cannotWrite(path: target.path, reason: reason(error))
                }
            }
            for (temporary, target) in zip(temporaries, targets) {
                if rename(temporary.path, target.path) != 0 {
                    throw OutputError.cannotWrite(path: target.path, reason: String(cString: strerror(errno)))
                }
            }
        } catch {
            for temporary in temporaries { try? manager.removeItem(at: temporary) }
            throw error
        }
    }

    /// Writes one file at `path` whole or not at all.
    public static func write(_ contents: Data, to path: String, force: Bool) throws {
        let url = URL(fileURLWithPath: path)
        try write([(url.lastPathComponent, contents)], into: url.deletingLastPathComponent().path, force: force)
    }

    private static func createDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotWrite(path: url.path, reason: reason(error))
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
