import Foundation

/// A private folder in the system's temporary folder, for a writer that can only write to a
/// path (libxlsxwriter) when the caller wants the bytes: the file is written there, read back,
/// and the folder deleted. Reports written into a folder do not come this way; they are
/// written straight into their set (see ``ReportFile``).
enum ScratchFolder {
    /// The bytes of the file `name` that `write` creates at the path it is given.
    static func bytes(of name: String, writtenBy write: (String) throws -> Void) throws -> Data {
        let base = NSTemporaryDirectory()
        let root: DirectoryHandle
        let folderName: String
        do throws(SystemError) {
            root = try DirectoryHandle(path: OutputLocation.realPath(base) ?? base)
            folderName = try root.makeUniqueDirectory(prefix: TemporaryName.prefix(for: "tapestry-scratch"))
        } catch {
            throw OutputError.cannotWrite(path: base, reason: error.reason + "; set TMPDIR to a folder you may write to")
        }
        defer { try? root.removeTree(folderName) }
        let folder = root.child(folderName)
        let path = folder + "/" + name
        do {
            try write(path)
        } catch let error as OutputError {
            throw error
        } catch let error as ReportError {
            throw error
        } catch {
            throw OutputError.cannotWrite(path: folder, reason: OutputError.reason(error))
        }
        do throws(SystemError) {
            let handle = try DirectoryHandle(folderName, in: root)
            guard let data = handle.readFile(name, maximumSize: Int.max) else { throw SystemError("read", name, code: EIO) }
            return data
        } catch {
            throw OutputError.cannotWrite(path: path, reason: error.reason)
        }
    }
}
