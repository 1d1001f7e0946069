/// What an output folder holds, as far as replacing it goes: whether tapestry wrote all of
/// it (and for which project), or it holds something tapestry did not write.
enum FolderContents: Equatable, Sendable {
    /// There is no folder yet.
    case absent
    /// Something other than a folder is there (a file, a link).
    case notAFolder
    /// An empty folder.
    case empty
    /// A report set with its ``ReportManifest``, written for `project` (relative to the folder).
    case reportSet(project: String?)
    /// Only files an earlier version of tapestry wrote (without a manifest).
    case earlierReportSet
    /// Files tapestry did not write: a few of their names, relative to the folder.
    case foreign([String])

    /// The most entries looked at in a folder (10,000): a report set has a dozen; a folder with
    /// more is not one, and looking further would only take time.
    static let maximumEntries = 10_000
    /// The deepest folder looked into (8 levels; a report set has 2).
    static let maximumDepth = 8
    /// How many foreign names a message lists.
    static let namesListed = 5

    /// What the folder `name` of `parent` holds.
    static func read(_ name: String, in parent: DirectoryHandle) throws(SystemError) -> FolderContents {
        guard let info = try parent.status(name) else { return .absent }
        guard DirectoryHandle.isDirectory(info) else { return .notAFolder }
        let folder = try DirectoryHandle(name, in: parent)
        let manifest = ReportManifest.load(from: folder)
        var scan = Scan(manifest: manifest)
        try scan.walk(folder, prefix: "", depth: 0)
        if scan.seen == 0 { return .empty }
        if !scan.foreign.isEmpty { return .foreign(scan.foreign) }
        return manifest.map { .reportSet(project: $0.project) } ?? .earlierReportSet
    }

    /// One walk over a folder, stopping once a few foreign names are found.
    private struct Scan {
        let manifest: ReportManifest?
        var seen = 0
        var foreign: [String] = []

        var done: Bool { foreign.count >= FolderContents.namesListed }

        mutating func walk(_ folder: DirectoryHandle, prefix: String, depth: Int) throws(SystemError) {
            for entry in try folder.entries().sorted() {
                if done { return }
                seen += 1
                if seen > FolderContents.maximumEntries {
                    foreign.append("(more than \(FolderContents.maximumEntries) files)")
                    return
                }
                let path = prefix + entry
                guard let info = try folder.status(entry) else { continue }
                if DirectoryHandle.isDirectory(info) {
                    let ours = manifest?.holdsFolder(path) ?? (path == "charts")
                    if ours && depth + 1 < FolderContents.maximumDepth {
                        try walk(try DirectoryHandle(entry, in: folder), prefix: path + "/", depth: depth + 1)
                    } else {
                        foreign.append(path + "/")
                    }
                } else {
                    let ours = DirectoryHandle.isRegularFile(info)
                        && (manifest?.holdsFile(path) ?? ReportManifest.earlierVersionWroteFile(path))
                    if !ours { foreign.append(path) }
                }
            }
        }
    }
}
