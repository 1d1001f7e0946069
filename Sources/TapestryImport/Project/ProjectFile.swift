import Foundation
import TapestryScoring
import Yams

/// A coalition's project file, `tapestry.yaml`: what `tapestry assess` needs to run without
/// arguments in the coalition's folder, and what `tapestry portfolio` reads for each
/// coalition. Paths are relative to the file's folder.
///
/// ```yaml
/// coalition: Riverside Food Justice Coalition
/// instrument: my-instrument.yaml      # default: the partnership health check
/// group-by: group
/// min-group-size: 5
/// link-key-file: ../keys/riverside.key   # optional: the same pseudonyms in every run
/// link-by: Member number              # default: the e-mail or member-id column
/// map: map.yaml
/// round-by: quarter                   # or list the rounds:
/// rounds:
///   - label: 2026-Q1
///     file: rounds/2026-q1.csv
/// output: reports
/// formats: [markdown, html, xlsx, json]
/// include-responses: false            # true: the workbook lists each member's answers
/// ```
public struct ProjectFile: Sendable, Equatable {
    /// The file name looked for in a folder.
    public static let fileName = "tapestry.yaml"

    /// The most rounds a project file may list: 1 000 (a round a week for 19 years). Each is
    /// a file read on every run.
    public static let maximumRounds = 1_000

    /// One round and its file.
    public struct Round: Sendable, Equatable {
        /// The round's label.
        public var label: String
        /// The file's path, resolved against the project's folder.
        public var file: String
    }

    /// The project file's own path.
    public var path: String
    /// The coalition's name.
    public var coalition: String?
    /// An instrument file (resolved), or nil for the default one.
    public var instrument: String?
    /// The group column.
    public var groupBy: String?
    /// The smallest group shown.
    public var minimumGroupSize: Int?
    /// The link key file (resolved).
    public var linkKeyFile: String?
    /// The heading of the column that identifies members across rounds (``LinkColumn``).
    public var linkBy: String?
    /// A mapping file (resolved).
    public var map: String?
    /// How to split a single file into rounds.
    public var roundBy: RoundPeriod?
    /// The rounds, in order.
    public var rounds: [Round]
    /// Where reports go (resolved).
    public var output: String?
    /// Which formats to write.
    public var formats: [String]
    /// Whether the workbook lists each respondent's answers (a Responses sheet); nil when
    /// the file does not say (then it does not).
    public var includeResponses: Bool?
    /// The coalition's member list (`members:`), for the map of connections.
    public var members: [Member]?
    /// The heading of the column of the respondent's organisation (`organisation-column:`).
    public var organisationColumn: String?
    /// Show the map of connections below the minimum group size (`show-network:`).
    public var showNetwork: Bool?

    /// The folder the file is in.
    public var folder: URL { URL(fileURLWithPath: path).deletingLastPathComponent() }

    /// Reads the project file at `path` (a `tapestry.yaml`, or a folder holding one).
    public static func load(_ path: String) throws -> ProjectFile {
        // The path as the user gave it (relative stays relative): see `parse`'s `resolve`.
        var file = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            file = (path as NSString).appendingPathComponent(fileName)
        }
        let text = try SettingsFiles.text(file, what: "there is no readable \(fileName) here; `tapestry init` writes one")
        return try parse(text, path: file)
    }

    /// Parses a project file's text.
    public static func parse(_ text: String, path: String) throws -> ProjectFile {
        func invalid(_ node: Node?, _ problem: String) -> ImportError {
            .invalidProject(file: path, line: node?.mark?.line, problem: problem)
        }
        let root: Node.Mapping
        do {
            guard let mapping = try SettingsYAML.compose(text)?.mapping else {
                throw ImportError.invalidProject(file: path, line: nil, problem: "expected settings such as `coalition:` and `rounds:`.")
            }
            root = mapping
        } catch let problem as SettingsYAML.Problem {
            throw ImportError.invalidProject(file: path, line: problem.line, problem: problem.kind == .syntax
                                             ? "not valid YAML (\(problem.message)); fix the YAML at that place."
                                             : problem.message)
        }
        // A path in the file is taken from the file's folder, as the user named that folder: a
        // project named by a relative path gives relative paths, so reports name the inputs as
        // the user would, the same on every machine, and never with the folders above (an
        // absolute path often holds a person's name).
        let folderPath = (path as NSString).deletingLastPathComponent
        let directory = folderPath == "." ? "" : folderPath
        func resolve(_ relative: String) -> String {
            if relative.hasPrefix("/") { return relative }
            let joined = directory.isEmpty ? relative : (directory as NSString).appendingPathComponent(relative)
            return (joined as NSString).standardizingPath
        }
        let known: Set<String> = ["coalition", "instrument", "group-by", "min-group-size", "link-key-file", "link-by", "map", "round-by", "rounds", "output", "formats", "include-responses",
                                   "members", "organisation-column", "show-network"]
        for key in root.keys where !known.contains(key.string ?? "") {
            throw invalid(key, "unknown setting `\(key.string ?? "?")`; the settings are \(known.sorted().joined(separator: ", ")).")
        }
        var project = ProjectFile(path: path, rounds: [], formats: [])
        project.coalition = root["coalition"]?.string
        project.instrument = root["instrument"]?.string.map(resolve)
        project.groupBy = root["group-by"]?.string
        if let node = root["min-group-size"] {
            guard let value = SettingsYAML.integer(node), value >= 1 else { throw invalid(node, "`min-group-size` must be a whole number of at least 1.") }
            project.minimumGroupSize = value
        }
        project.linkKeyFile = root["link-key-file"]?.string.map(resolve)
        project.linkBy = root["link-by"]?.string
        project.map = root["map"]?.string.map(resolve)
        if let node = root["round-by"] {
            guard let period = node.string.flatMap(RoundPeriod.init) else { throw invalid(node, "`round-by` must be month, quarter or year.") }
            project.roundBy = period
        }
        let roundNodes = root["rounds"]?.sequence ?? []
        guard roundNodes.count <= maximumRounds else {
            throw invalid(root["rounds"], "there are \(roundNodes.count) rounds; a project may list at most \(maximumRounds). "
                          + "Start a new project folder for later rounds.")
        }
        for node in roundNodes {
            guard let mapping = node.mapping, let file = mapping["file"]?.string else {
                throw invalid(node, "each round needs a `file:` (and may have a `label:`).")
            }
            let label = mapping["label"]?.string ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            project.rounds.append(Round(label: label, file: resolve(file)))
        }
        if root["rounds"] != nil && root["rounds"]?.sequence == nil {
            throw invalid(root["rounds"], "`rounds` must be a list of `- file: …` entries.")
        }
        if project.rounds.isEmpty { throw invalid(nil, "no rounds: list each round's file under `rounds:`.") }
        project.output = root["output"]?.string.map(resolve)
        project.formats = root["formats"]?.sequence?.compactMap(\.string) ?? []
        if let node = root["include-responses"] {
            // Only the words true and false: YAML 1.1's yes/no/on/off are too easy to misread.
            let value: Bool? = switch node.scalar?.string { case "true": true; case "false": false; default: nil }
            guard let value else {
                throw invalid(node, "`include-responses` must be true or false.")
            }
            project.includeResponses = value
        }
        if let node = root["members"] { project.members = try MemberList.parse(node, file: path, folder: URL(fileURLWithPath: path).deletingLastPathComponent()) }
        project.organisationColumn = root["organisation-column"]?.string
        if let node = root["show-network"] {
            let value: Bool? = switch node.scalar?.string { case "true": true; case "false": false; default: nil }
            guard let value else { throw invalid(node, "`show-network` must be true or false.") }
            project.showNetwork = value
        }
        return project
    }

    /// The starter file `tapestry init` writes, listing `files` (relative paths) as rounds.
    public static func starter(coalition: String?, files: [String]) -> String {
        var text = """
            # tapestry project file. Run `tapestry assess` in this folder (or pass --project) and it
            # reads the settings below; a flag given on the command line wins over its setting.
            # Paths are relative to this folder.

            coalition: \(yamlString(coalition ?? "Our coalition"))

            # The survey instrument; leave it out for the default partnership health check.
            # instrument: my-instrument.yaml

            # The column that holds each member's group (member type, workshop table...).
            # group-by: group

            # Groups smaller than this are not shown (5 keeps answers anonymous).
            min-group-size: 5

            # Rounds are linked member by member through an e-mail column (Google Forms' "Email
            # Address", say) or a `respondent` column of member ids, turned into a code that lasts
            # for the run only. Name another column that identifies each member in every round:
            # link-by: Member number
            # A secret that gives each member the same code in every run. Keep it outside any
            # folder you share, and never put it in the reports' folder.
            # link-key-file: ../keys/coalition.key

            # A mapping file for headings and answers tapestry cannot work out (see `tapestry inspect`).
            # map: map.yaml

            # The member organisations, for the map of who works with whom (the survey's
            # connection questions and an `organisation` column), or a CSV of `name` and `type`:
            # members:
            #   - { name: Riverside Food Bank, type: nonprofit }
            #   - { name: St Mark's Church, type: faith }
            # members: members.csv

            # One entry per round, oldest first. Or keep all answers in one export and split it:
            # round-by: quarter
            rounds:

            """
        if files.isEmpty {
            text += "  - label: 2026-Q1\n    file: rounds/2026-q1.csv      # put the first round's export here\n"
        } else {
            for file in files {
                let label = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                text += "  - label: \(yamlString(label))\n    file: \(yamlString(file))\n"
            }
        }
        text += """

            # Where reports are written, and which (markdown, html, xlsx, json).
            output: reports
            formats: [markdown, html, xlsx, json]

            # The workbook carries totals and averages, not each member's answers: those are
            # personal data, and even without a name a row of answers can point to a member of a
            # small coalition. To add them (a Responses sheet), for people who may see them:
            # include-responses: true

            """
        return text
    }

    private static func yamlString(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || " -_./".contains($0) } && !text.hasPrefix(" ") && !text.isEmpty
        return plain ? text : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
