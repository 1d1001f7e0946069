/// The sections of a Mustache text, read the way swift-mustache reads them (the same tags,
/// names, comments and set-delimiter tags, whose new delimiters last to the end of the
/// enclosing section) but in one loop without recursion, so that it can be read before
/// swift-mustache is given it. Refuses sections nested deeper than a limit, names with more
/// transforms or dotted parts than that limit (each is a level of recursion in
/// swift-mustache), and anything it cannot read, with the line.
struct MustacheOutline {
    /// Why a text was refused: the line (from 1) and what is wrong.
    struct Problem: Error, Equatable {
        var line: Int
        var message: String
    }

    /// A section, or the whole text (the first one).
    struct Section {
        /// The name its value is looked up by: the last part of a dotted name, inside any
        /// transforms (`items` for `{{#reversed(itemSections.items)}}`), or `.`.
        var name: String
        /// Whether it repeats its body per element (`{{#…}}`), rather than rendering it at most
        /// once (the whole text, `{{^…}}`, blocks and partials).
        var repeats: Bool
        /// Whether its name has transforms (`reversed(…)`), which may change what it puts in
        /// context.
        var transformed = false
        /// The enclosing section; nil for the whole text.
        var parent: Int?
        /// The line its opening tag is on.
        var line: Int
        /// Characters of plain text directly inside it.
        var text = 0
        /// Tags directly inside it (its own sections' opening tags included).
        var tags = 0
        /// The names of the variables printed directly inside it.
        var variables: [String] = []
    }

    /// The sections, each after its parent; the first is the whole text.
    private(set) var sections: [Section]

    /// Reads `text`; throws a ``Problem`` for sections or names nested deeper than
    /// `maximumDepth`, and for text swift-mustache would refuse.
    init(_ text: String, maximumDepth: Int) throws {
        let chars = Array(text)
        let count = chars.count
        var start = Array("{{")
        var end = Array("}}")
        var sections = [Section(name: ".", repeats: false, parent: nil, line: 1)]
        var current = 0
        /// Open sections: the section, its name as written, and the delimiters before it.
        var open: [(section: Int, written: String, start: [Character], end: [Character])] = []

        // The line of a position, counted forwards as positions only grow.
        var counted = 0
        var lines = 1
        func line(at position: Int) -> Int {
            while counted < min(position, count) {
                if chars[counted].isNewline { lines += 1 }
                counted += 1
            }
            return lines
        }
        func problem(_ position: Int, _ message: String) -> Problem {
            Problem(line: line(at: position), message: message)
        }
        func matches(_ delimiter: [Character], at position: Int) -> Bool {
            position + delimiter.count <= count && chars[position..<position + delimiter.count].elementsEqual(delimiter)
        }
        func skipWhitespace(_ position: inout Int) {
            while position < count && chars[position].isWhitespace { position += 1 }
        }
        func read(_ position: inout Int, while allowed: (Character) -> Bool) -> String {
            let first = position
            while position < count && allowed(chars[position]) { position += 1 }
            return String(chars[first..<position])
        }
        func expect(_ delimiter: [Character], _ position: inout Int, _ tag: Int) throws {
            guard matches(delimiter, at: position) else {
                throw problem(tag, "a tag is not closed with `\(String(delimiter))`, or its name holds a character names cannot have. "
                              + "Names are letters, digits and . - _ ? * ( ).")
            }
            position += delimiter.count
        }
        /// A name as swift-mustache's `parseName` reads it, with the delimiter after it.
        func name(_ position: inout Int, _ tag: Int, allowed: Set<Character> = Self.nameCharacters) throws -> String {
            skipWhitespace(&position)
            let written = read(&position, while: allowed.contains)
            skipWhitespace(&position)
            try expect(end, &position, tag)
            let levels = written.reduce(0) { $1 == "(" || $1 == "." ? $0 + 1 : $0 }
            guard levels <= maximumDepth else {
                throw problem(tag, "the name `\(written.prefix(40))…` has more than \(maximumDepth) parts and transforms; use a shorter one.")
            }
            return written
        }

        var position = 0
        while position < count {
            var tag = position
            while tag < count && !matches(start, at: tag) { tag += 1 }
            sections[current].text += tag - position
            var next = tag + start.count
            guard next < count else {
                sections[current].text += max(0, count - tag)
                break
            }
            // swift-mustache reads a delimiter followed by a line break as text.
            if chars[next].isNewline {
                sections[current].text += start.count + 1
                position = next + 1
                continue
            }
            sections[current].tags += 1
            let kind = chars[next]
            next += 1
            switch kind {
            case "#", "^", "$", "<":
                let written: String
                if kind == "<" {
                    skipWhitespace(&next)
                    written = try name(&next, tag, allowed: Self.partialCharacters)
                } else {
                    written = try name(&next, tag)
                }
                guard open.count < maximumDepth else {
                    throw problem(tag, "sections are nested more than \(maximumDepth) deep here; a report needs a few levels. "
                                  + "Check that every {{#name}} has its {{/name}}.")
                }
                sections.append(Section(name: Self.lookupName(written), repeats: kind == "#", transformed: written.contains("("),
                                        parent: current, line: line(at: tag)))
                open.append((sections.count - 1, written, start, end))
                current = sections.count - 1
            case "/":
                let written = try name(&next, tag)
                guard let last = open.last, last.written == written else {
                    let expected = open.last.map { "; the open section is {{#\($0.written)}} (line \(sections[$0.section].line))" } ?? ""
                    throw problem(tag, "{{/\(written)}} closes no open section\(expected).")
                }
                open.removeLast()
                start = last.start
                end = last.end
                // The closing tag belongs with the opening one, to the enclosing section.
                sections[current].tags -= 1
                current = sections[last.section].parent ?? 0
                sections[current].tags += 1
            case "!":
                // swift-mustache's search for the end of a comment, which does not back up
                // after a partial match.
                var matched = 0
                while next < count && matched < end.count {
                    matched = chars[next] == end[matched] ? matched + 1 : 0
                    next += 1
                }
                guard matched == end.count else { throw problem(tag, "a comment {{! is never closed with `\(String(end))`.") }
            case "{":
                let variable = try name(&next, tag)
                guard next < count && chars[next] == "}" else { throw problem(tag, "{{{\(variable)}} needs a third `}`.") }
                next += 1
                sections[current].variables.append(Self.lookupName(variable))
            case "&":
                sections[current].variables.append(Self.lookupName(try name(&next, tag)))
            case ">":
                skipWhitespace(&next)
                if next < count && chars[next] == "*" { next += 1 }
                _ = try name(&next, tag, allowed: Self.partialCharacters)
            case "=":
                skipWhitespace(&next)
                let newStart = read(&next, while: { !$0.isWhitespace })
                skipWhitespace(&next)
                let newEnd = read(&next, while: { $0 != "=" && !$0.isWhitespace })
                skipWhitespace(&next)
                guard !newStart.isEmpty, !newEnd.isEmpty, next < count, chars[next] == "=" else {
                    throw problem(tag, "a set-delimiter tag must read {{=START END=}}.")
                }
                next += 1
                try expect(end, &next, tag)
                // swift-mustache finds where a section's text ends by stepping back two
                // characters from `/`, and traps on an empty section opened by a delimiter of one.
                guard newStart.count >= 2 else {
                    throw problem(tag, "the delimiters of a set-delimiter tag must be at least two characters long, such as {{=<% %>=}}.")
                }
                start = Array(newStart)
                end = Array(newEnd)
            case "%":
                skipWhitespace(&next)
                _ = read(&next, while: Self.plainNameCharacters.contains)
                skipWhitespace(&next)
                guard next < count && chars[next] == ":" else { throw problem(tag, "a {{% tag must read {{%NAME: VALUE}}.") }
                next += 1
                skipWhitespace(&next)
                _ = read(&next, while: Self.plainNameCharacters.contains)
                skipWhitespace(&next)
                try expect(end, &next, tag)
            default:
                // A variable: the character after the delimiter is part of its name.
                next -= 1
                sections[current].variables.append(Self.lookupName(try name(&next, tag)))
            }
            position = next
        }
        if let last = open.last {
            throw Problem(line: sections[last.section].line, message: "{{#\(last.written)}} is never closed; add {{/\(last.written)}}.")
        }
        self.sections = sections
    }

    /// A bound on rendering with a model of this `shape`: the tags and section bodies
    /// rendered (`steps`), the characters written (`size`), and the line of the section that
    /// writes the most. A section repeats at most its parent's repetitions times its longest
    /// list, and not at all when the model has no value of its name (nil included); one
    /// naming a list that every element of its parent's list has repeats at most its parent's
    /// entries times all those lists' elements.
    func estimate(_ shape: ModelShape) -> (steps: Double, size: Double, line: Int) {
        var repetitions = [Double](repeating: 1, count: sections.count)
        var steps = 0.0
        var size = 0.0
        var costliest = (size: -1.0, line: 1)
        for (index, section) in sections.enumerated() {
            if let parent = section.parent {
                repetitions[index] = repetitions[parent]
                if section.repeats && section.name != "." && !shape.has(section.name) {
                    // A name the model does not have renders nothing.
                    repetitions[index] = 0
                } else if section.repeats {
                    let longest = section.name == "." ? shape.longestAnyList : shape.longestList[section.name] ?? 1
                    var bound = repetitions[parent] * Double(longest)
                    let outer = sections[parent]
                    if outer.repeats, !outer.transformed, outer.name != ".", let entries = outer.parent,
                       shape.alwaysListed[outer.name]?.contains(section.name) == true {
                        bound = min(bound, repetitions[entries] * Double(shape.totalLength[section.name] ?? 0))
                    }
                    repetitions[index] = bound
                }
            }
            let printed = section.variables.reduce(0.0) { total, name in
                let element = section.parent == nil || section.name == "." || section.transformed
                    ? shape.size : shape.elementSize[section.name] ?? shape.size
                return total + Double(name == "." ? element : shape.valueSize[name] ?? 0)
            }
            let sectionSize = repetitions[index] * (Double(section.text) + printed)
            steps += repetitions[index] * Double(section.tags + 1)
            size += sectionSize
            if sectionSize > costliest.size { costliest = (sectionSize, section.line) }
        }
        return (steps, size, costliest.line)
    }

    /// swift-mustache's characters of a name (`sectionNameChars`).
    static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    /// Those of a name without transforms (`sectionNameCharsWithoutBrackets`).
    static let plainNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    /// Those of a partial's name (`partialNameChars`).
    static let partialCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// The name a value is looked up by: inside the transforms, the last dotted part.
    static func lookupName(_ written: String) -> String {
        let inner = written.split(separator: "(").last.map { $0.prefix { $0 != ")" } } ?? ""
        guard inner != "." else { return "." }
        return inner.split(separator: ".").last.map(String.init) ?? "."
    }
}
