import Foundation
import TapestryScoring
import Yams

/// The coalition's member list: from `--members FILE` (a CSV with a `name` column and an
/// optional `type` column) or from `members:` in tapestry.yaml (a list of names, or of
/// `name:`/`type:` pairs, or the path of such a CSV). Checked: every member has a name, no
/// two names are the same once case, spacing and punctuation are set aside, no name looks
/// like personal data (an e-mail address or a phone number: the list names organisations),
/// and sizes stay within the limits below.
public enum MemberList {
    /// The most members a list may have: 2 000 (a coalition has tens; the map needs the square).
    public static let maximumMembers = 2_000
    /// The longest member name or type, in characters.
    public static let maximumNameLength = 200

    /// Reads the CSV file at `path`.
    public static func load(csv path: String) throws -> [Member] {
        try parse(csv: try SettingsFiles.text(path, what: "the member list cannot be read"), file: path)
    }

    /// Reads a member list's CSV text (`file` names it in errors).
    public static func parse(csv text: String, file path: String) throws -> [Member] {
        let bytes = Array(text.utf8)
        var records = CSVTokenizer(utf8: bytes, delimiter: Dialect.detectDelimiter(in: bytes))
        guard let header = records.next() else {
            throw ImportError.invalidMembers(file: path, line: nil, problem: "the file is empty; give a header row with `name` (and `type`), then one organisation a line.")
        }
        let headings = header.fields.map { TextFolding.fold($0.trimmed) }
        guard let nameColumn = headings.firstIndex(where: { ["name", "organisation", "organization", "member"].contains($0) }) else {
            throw ImportError.invalidMembers(file: path, line: header.line, problem: "no `name` column; the header row must have `name` (and may have `type`).")
        }
        let typeColumn = headings.firstIndex(of: "type")
        var entries: [(name: String, type: String?, line: Int?)] = []
        while let record = records.next() {
            if record.isBlank { continue }
            let type = typeColumn.map { record[safe: $0].trimmed }.flatMap { $0.isEmpty ? nil : $0 }
            entries.append((record[safe: nameColumn].trimmed, type, record.line))
            if entries.count > maximumMembers { break }
        }
        return try checked(entries, file: path)
    }

    /// Reads `members:` of a project file: a list, or the path of a CSV (relative to
    /// `folder`).
    static func parse(_ node: Node, file: String, folder: URL) throws -> [Member] {
        if let path = node.string {
            return try load(csv: path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path)
        }
        guard let list = node.sequence else {
            throw ImportError.invalidMembers(file: file, line: node.mark?.line, problem: "`members` must be a list of names (or of `name:` and `type:`), or the path of a CSV file.")
        }
        guard list.count <= maximumMembers else {
            throw ImportError.invalidMembers(file: file, line: node.mark?.line, problem: "there are \(list.count) members; a list may have at most \(maximumMembers).")
        }
        let entries = try list.map { entry -> (String, String?, Int?) in
            if let name = entry.string { return (name.trimmed, nil, entry.mark?.line) }
            guard let mapping = entry.mapping, let name = mapping["name"]?.string else {
                throw ImportError.invalidMembers(file: file, line: entry.mark?.line, problem: "each member is a name, or `name:` with an optional `type:`.")
            }
            return (name.trimmed, mapping["type"]?.string?.trimmed, entry.mark?.line)
        }
        return try checked(entries, file: file)
    }

    private static func checked(_ entries: [(name: String, type: String?, line: Int?)], file: String) throws -> [Member] {
        guard entries.count <= maximumMembers else {
            throw ImportError.invalidMembers(file: file, line: nil, problem: "there are more than \(maximumMembers) members; a list may have at most \(maximumMembers).")
        }
        var seen: [String: Int?] = [:]
        return try entries.map { entry in
            func invalid(_ problem: String) -> ImportError { .invalidMembers(file: file, line: entry.line, problem: problem) }
            guard !entry.name.isEmpty else { throw invalid("a member has no name; give each organisation's name.") }
            guard entry.name.count <= maximumNameLength, (entry.type ?? "").count <= maximumNameLength else {
                throw invalid("a name or type is longer than \(maximumNameLength) characters; shorten it.")
            }
            guard !PersonalData.looksPersonal(entry.name) else {
                throw invalid("a name looks like an e-mail address or a phone number; the list names organisations, not contacts.")
            }
            let key = MemberMatcher.key(entry.name)
            guard !key.isEmpty else { throw invalid("a name has no letters or digits.") }
            if let earlier = seen[key] {
                throw invalid("the same organisation is listed twice\(earlier.flatMap { $0 }.map { " (first on line \($0))" } ?? ""); list each once.")
            }
            seen[key] = entry.line
            return Member(name: entry.name, type: entry.type?.isEmpty == true ? nil : entry.type)
        }
    }
}
