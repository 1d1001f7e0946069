import Foundation
import Testing
@testable import TapestryScoring

/// The one door to Yams: every limit at its edge, the billion laughs, keys that are not text,
/// and integers that Yams would read as base 60 and trap on.
@Suite(.timeLimit(.minutes(1))) struct SettingsYAMLTests {
    private func problem(_ text: String) -> SettingsYAML.Problem? {
        do {
            _ = try SettingsYAML.compose(text)
            return nil
        } catch let problem as SettingsYAML.Problem {
            return problem
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func theSizeLimitIsInclusive() throws {
        let head = "a: 1\n#"
        let atLimit = head + String(repeating: "x", count: SettingsYAML.maximumBytes - head.utf8.count)
        #expect(atLimit.utf8.count == SettingsYAML.maximumBytes)
        #expect(try SettingsYAML.compose(atLimit)?.mapping?["a"] != nil)
        let over = try #require(problem(atLimit + "x"))
        #expect(over.kind == .limit && over.message.contains("at most \(SettingsYAML.maximumBytes) bytes"))
    }

    @Test func theDepthLimitIsInclusive() throws {
        let depth = SettingsYAML.maximumDepth
        #expect(try SettingsYAML.compose(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) != nil)
        let over = try #require(problem(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)))
        #expect(over.kind == .limit && over.line == 1 && over.column == depth + 1)
        #expect(over.message.contains("nested more than \(depth) deep"))
        // Block nesting counts the same way.
        let block = (0...depth).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n"
        #expect(problem(block)?.message.contains("nested more than") == true)
    }

    @Test func aLongRunOfBracketsIsRefusedByTheDepthLimitNotLibyamlsMessage() throws {
        // libyaml's scanner meets its own limit (1000) first; its message names a C function.
        for opener in ["[", "{a: ", "- "] {
            let over = try #require(problem(String(repeating: opener, count: 200_000)))
            #expect(over.kind == .limit && over.message.contains("nested more than \(SettingsYAML.maximumDepth) deep"))
        }
    }

    @Test func theNodeLimitIsInclusive() throws {
        // A flow list of n − 1 texts is n values.
        let limit = SettingsYAML.maximumNodes
        let atLimit = "[" + Array(repeating: "a", count: limit - 1).joined(separator: ",") + "]"
        #expect(try SettingsYAML.compose(atLimit)?.sequence?.count == limit - 1)
        let over = try #require(problem("[" + Array(repeating: "a", count: limit).joined(separator: ",") + "]"))
        #expect(over.kind == .limit && over.message.contains("more than \(limit) values"))
    }

    @Test func aliasesCountAsCopiesOfWhatTheyName() throws {
        // The root mapping, its keys `a` and `b` and the list under `b` are 4 values; `a` is
        // 1 724 (the list and its 1 723 texts); with 28 aliases to it, 4 + 29 × 1 724 = 50 000.
        #expect(SettingsYAML.maximumNodes == 4 + 29 * 1_724)
        let anchor = "a: &a [" + Array(repeating: "x", count: 1_723).joined(separator: ",") + "]\n"
        let aliases = Array(repeating: "*a", count: 28).joined(separator: ",")
        #expect(try SettingsYAML.compose(anchor + "b: [\(aliases)]\n")?.mapping?["b"]?.sequence?.count == 28)
        let over = try #require(problem(anchor + "b: [\(aliases), x]\n"))
        #expect(over.kind == .limit && over.line == 2 && over.message.contains("more than \(SettingsYAML.maximumNodes) values"))
    }

    @Test func theBillionLaughsEndsAtOnce() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let started = Date()
        let over = try #require(problem(yaml + "z:\n  ? [*i, 1]\n  : 1\n"))
        #expect(over.kind == .limit)
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test(arguments: ["? [a, b]\n: 1\n", "? {a: 1}\n: 1\n", "a: &a x\n*a : 1\n", "{[a]: 1}\n"])
    func keysMustBeText(yaml: String) throws {
        let over = try #require(problem(yaml))
        #expect(over.kind == .limit && over.message.contains("a key must be a plain text"))
    }

    @Test func aliasesAsValuesAndTextKeysAreFine() throws {
        let root = try #require(try SettingsYAML.compose("base: &b {x: 1}\ncopy: *b\n\"quoted key\": 2\n")?.mapping)
        #expect(root["copy"]?.mapping?["x"]?.string == "1")
    }

    @Test func binaryDataIsNamedAsSuch() throws {
        let over = try #require(problem("id: x\ntitle: y\n\u{0}\u{1}"))
        #expect(over.kind == .limit && over.line == 3 && over.message.contains("binary data"))
    }

    @Test func syntaxErrorsKeepTheirPlace() throws {
        let broken = try #require(problem("a: [1, 2\nb: 3\n"))
        #expect(broken.kind == .syntax && broken.line != nil)
        let control = try #require(problem("a: b\u{7}\n"))
        #expect(control.kind == .syntax && control.line == 1 && control.message.contains("control characters"))
        let twice = try #require(problem("a: 1\na: 2\n"))
        #expect(twice.kind == .syntax && twice.message.contains("`a` appears twice"))
    }

    @Test(arguments: [
        ("5", 5), ("-3", -3), ("+4", 4), ("010", 10), ("9223372036854775807", Int.max),
        ("9223372036854775808", nil), ("1:0:0:0:0:0:0:0:0:0:0:0", nil), ("0x10", nil), ("1_000", nil), ("4.0", nil), (" 5", nil),
    ] as [(String, Int?)])
    func integersAreDecimalDigitsOnly(text: String, value: Int?) throws {
        // Yams's Node.int reads `1:0:…` as base 60 and traps on the overflow.
        let node = try #require(try SettingsYAML.compose("v: \"\(text)\"\n")?.mapping?["v"])
        #expect(SettingsYAML.integer(node) == value)
    }
}
