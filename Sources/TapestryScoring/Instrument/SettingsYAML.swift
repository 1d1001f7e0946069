import CYaml
import Yams

/// The one door to Yams for every settings file (instrument, mapping, project file, the
/// recommendations catalogue, label tables). Before Yams builds a node tree, a streaming pass
/// over libyaml's events checks the limits below, so that no file, however hostile, makes
/// Yams or a reader walking its tree hang, recurse too deep or exhaust memory:
///
/// - the text's size (``maximumBytes``), and no NUL character (a binary file);
/// - the nesting of lists and mappings (``maximumDepth``): Yams composes recursively, and
///   libyaml's own limit (1000) ends in a message no coordinator could act on;
/// - the number of values once aliases are expanded (``maximumNodes``), which stops the
///   "billion laughs" (`b: [*a, *a, …]`, `c: [*b, *b, …]`): Yams shares aliased nodes, but
///   every reader walks them once per alias;
/// - keys are texts: a list, mapping or alias as a key makes Yams hash and compare the whole
///   expanded key (to find duplicates), which an alias can make exponentially large, and no
///   settings file has such a key.
///
/// The pass needs no recursion and keeps one number per anchor, so it ends in time linear in
/// the text.
public enum SettingsYAML {
    /// The largest settings text, in UTF-8 bytes: 1 MiB. The default instrument is about 10 KB,
    /// and a mapping for a 1 000-column export about 50 KB.
    public static let maximumBytes = 1_048_576

    /// The deepest nesting of lists and mappings: 64. The instrument, the deepest settings
    /// file, nests 5 levels (root, dimensions, a dimension, its items, an item).
    public static let maximumDepth = 64

    /// The most values (texts, lists and mappings, keys included) a file may hold with each
    /// alias counted as a copy of what it names: 50 000. The default instrument holds about
    /// 450, one of 1 000 items (the most allowed) about 5 000; reading 50 000 takes under a
    /// second even in a debug build.
    public static let maximumNodes = 50_000

    /// Why a text was refused: its YAML is broken (``Kind/syntax``), or it goes past one of
    /// the limits above (``Kind/limit``). Each reader turns it into its own library's error,
    /// adding the file name.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// What kind of problem it is.
        public enum Kind: Sendable, Equatable {
            /// The text is not valid YAML (as libyaml or Yams report it).
            case syntax
            /// The text is valid YAML but goes past a limit of ``SettingsYAML``.
            case limit
        }

        /// What kind of problem it is.
        public var kind: Kind
        /// The line (from 1) where it is, when known.
        public var line: Int?
        /// The column (from 1) where it is, when known.
        public var column: Int?
        /// What is wrong, and for a limit what to do.
        public var message: String

        /// The problem, with the place (`line:column: `) when there is one.
        public var description: String {
            switch (line, column) {
            case let (line?, column?): "\(line):\(column): \(message)"
            case let (line?, nil): "\(line): \(message)"
            default: message
            }
        }
    }

    /// The root node of `text` (nil for an empty document), after the limits are checked.
    /// Throws a ``Problem``.
    public static func compose(_ text: String) throws -> Node? {
        try check(text)
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw problem(error)
        } catch {
            throw Problem(kind: .syntax, message: "\(error)")
        }
    }

    /// The whole number a scalar node holds: digits with an optional sign, nil for anything
    /// else (spaces included) or a number beyond `Int`. Settings readers use this, never Yams's `Node.int`, which
    /// reads `1:0:0:0:0:0:0:0:0:0:0:0` as base 60 and traps on the overflow (and reads `010`
    /// as octal 8).
    public static func integer(_ node: Node) -> Int? {
        node.scalar.flatMap { Int($0.string, radix: 10) }
    }

    /// Checks the limits on `text` without building a tree. Throws a ``Problem`` for the first
    /// limit passed; a syntax error ends the check silently (Yams then reports it, with its
    /// place).
    static func check(_ text: String) throws {
        let size = text.utf8.count
        guard size <= maximumBytes else {
            throw Problem(kind: .limit, message: "this file is \(size) bytes; a settings file may be at most \(maximumBytes) bytes (1 MB). "
                          + "Check that it is the right file.")
        }
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw Problem(kind: .limit, line: line, message: "this file holds binary data (a NUL character); a settings file is plain text (YAML). "
                          + "Check that it is the right file, and save it as text.")
        }
        var text = text
        try text.withUTF8 { bytes in try scan(bytes) }
    }

    /// One open list or mapping during the scan.
    private struct Frame {
        /// Its anchor, if it has one.
        var anchor: String?
        /// Its values so far, itself included.
        var nodes: Int
        /// For a mapping: how many of its keys and values have been read (a key when even).
        var entries: Int
        var isMapping: Bool
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var stack: [Frame] = []
        var anchors: [String: Int] = [:]
        var total = 0

        /// Adds a value of `nodes` expanded nodes to the open list or mapping.
        func add(_ nodes: Int, isScalar: Bool, at mark: yaml_mark_t) throws {
            let (sum, overflow) = total.addingReportingOverflow(nodes)
            guard !overflow, sum <= maximumNodes else {
                throw Problem(kind: .limit, line: mark.line + 1, column: mark.column + 1,
                              message: "this file holds more than \(maximumNodes) values (texts, lists and mappings, with each alias `*name` "
                                  + "counted as a copy of what it names), far more than any settings file needs. "
                                  + "Check that it is the right file, and write values out rather than repeating aliases.")
            }
            total = sum
            guard let last = stack.indices.last else { return }
            if stack[last].isMapping {
                if stack[last].entries % 2 == 0 && !isScalar {
                    throw Problem(kind: .limit, line: mark.line + 1, column: mark.column + 1,
                                  message: "a key must be a plain text, not a list, a mapping or an alias (`*name`). Write it as `name: value`.")
                }
                stack[last].entries += 1
            }
            stack[last].nodes += nodes
        }

        func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }

        func tooDeep(_ mark: yaml_mark_t) -> Problem {
            Problem(kind: .limit, line: mark.line + 1, column: mark.column + 1,
                    message: "lists and mappings are nested more than \(maximumDepth) deep here; a settings file needs a few levels. "
                        + "Check the indentation and the brackets.")
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                // libyaml's scanner looks ahead, so a long run of `[` or `{` meets its own
                // nesting limit (1000) before the parser hands over the level past ours.
                if let problem = parser.problem, String(cString: problem).hasPrefix("Maximum nesting level") {
                    throw tooDeep(parser.problem_mark)
                }
                return
            }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_SCALAR_EVENT:
                try add(1, isScalar: true, at: mark)
                if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = 1 }
            case YAML_ALIAS_EVENT:
                // An alias to an anchor not yet complete is undefined; Yams reports it.
                let nodes = name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1
                try add(nodes, isScalar: false, at: mark)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard stack.count < maximumDepth else { throw tooDeep(mark) }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                try add(1, isScalar: false, at: mark)
                let anchor = isMapping ? name(event.data.mapping_start.anchor) : name(event.data.sequence_start.anchor)
                stack.append(Frame(anchor: anchor, nodes: 1, entries: 0, isMapping: isMapping))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return }
                // The frame's own node was counted when it opened; its contents as they came.
                if let last = stack.indices.last { stack[last].nodes += frame.nodes - 1 }
                if let anchor = frame.anchor { anchors[anchor] = frame.nodes }
            default:
                break
            }
        }
    }

    private static func problem(_ error: YamlError) -> Problem {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            Problem(kind: .syntax, line: mark.line, column: mark.column, message: problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            Problem(kind: .syntax, line: context.mark.line, column: context.mark.column,
                    message: "the key \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) appears twice in one mapping; keep one")
        case let .reader(problem, offset, value, yaml):
            Problem(kind: .syntax, line: offset.map { offset in yaml.prefix(offset).reduce(1) { $1.isNewline ? $0 + 1 : $0 } },
                    message: "\(problem) (character code \(value)); save the file as plain text")
        default:
            Problem(kind: .syntax, message: "\(error)")
        }
    }
}
