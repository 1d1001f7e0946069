import Foundation

/// The note `.tapestry-report.json` that tapestry puts in every report folder it writes: that
/// tapestry wrote the set, for which project, and which files it holds. It decides what a later
/// run may replace (see ``ReportFolder``).
///
/// ```json
/// { "files" : [ "assessment.json", "charts/dimensions.svg", "report.md" ],
///   "project" : "../tapestry.yaml",
///   "schema" : "tapestry.report-set/1" }
/// ```
/// The project is the path of its `tapestry.yaml` relative to the folder, not an absolute path:
/// report folders are shared, and an absolute path often holds a person's name; a relative
/// path also still matches when the project's folder is moved or copied whole.
struct ReportManifest: Codable, Equatable, Sendable {
    /// The manifest's file name in the report folder (hidden, like other tools' notes).
    static let fileName = ".tapestry-report.json"
    /// What ``schema`` says.
    static let currentSchema = "tapestry.report-set/1"
    /// The largest file read as a manifest, 1 MiB: a real one lists a handful of files in a few
    /// hundred bytes; a larger file is not one of ours.
    static let maximumSize = 1 << 20

    /// The format of this note.
    var schema: String
    /// The project file, relative to the report folder, or nil for a run without a project.
    var project: String?
    /// The set's files, relative to the report folder, sorted.
    var files: [String]

    /// A manifest for `files` written for `project`.
    init(project: String?, files: [String]) {
        schema = Self.currentSchema
        self.project = project
        self.files = files.sorted()
    }

    enum CodingKeys: String, CodingKey {
        case schema, project, files
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(project, forKey: .project)
        try container.encode(files, forKey: .files)
    }

    /// The manifest's bytes (the same set gives the same bytes).
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and arrays of strings cannot fail.
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// The manifest of `folder`, or nil when there is none or it is not one of ours (a link,
    /// too large, not this schema, or naming files outside the folder).
    static func load(from folder: DirectoryHandle) -> ReportManifest? {
        guard let data = folder.readFile(fileName, maximumSize: maximumSize),
              let manifest = try? JSONDecoder().decode(ReportManifest.self, from: data),
              manifest.schema == currentSchema,
              manifest.files.allSatisfy(isSafeName) else { return nil }
        return manifest
    }

    /// Whether the set accounts for the file `path` (relative to the folder).
    func holdsFile(_ path: String) -> Bool {
        path == Self.fileName || files.contains(path)
    }

    /// Whether the set has files inside the folder `path` (relative to the folder).
    func holdsFolder(_ path: String) -> Bool {
        files.contains { $0.hasPrefix(path + "/") }
    }

    /// The top-level files earlier versions of tapestry wrote without a manifest.
    static let earlierFiles: Set<String> = [
        "assessment.json", "report.md", "report.xlsx", "report.html", "portfolio.xlsx", "portfolio.md",
    ]

    /// Whether an earlier version of tapestry (which wrote no manifest) wrote the file `path`:
    /// one of ``earlierFiles``, a chart `charts/*.svg`, or one of its temporaries
    /// `.<name>.<pid>.tmp` that a killed run left.
    static func earlierVersionWroteFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let name = String(parts.last ?? "")
        let temporary = name.hasPrefix(".") && name.hasSuffix(".tmp")
            && name.dropLast(4).split(separator: ".").last.map { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) } == true
        switch parts.count {
        case 1: return earlierFiles.contains(name) || temporary
        case 2: return parts[0] == "charts" && (name.hasSuffix(".svg") || temporary)
        default: return false
        }
    }

    /// Whether `name` is a relative path inside the folder (no empty, `.` or `..` part).
    static func isSafeName(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }
    }
}
