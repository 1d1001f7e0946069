import Foundation
import Mustache
import TapestryTestSupport
import Testing
@testable import TapestryReport

/// ``MustacheOutline`` reads templates as swift-mustache does: over many random templates
/// built from the characters that matter (delimiters, sigils, set-delimiter tags, comments),
/// whenever swift-mustache parses one, the outline reads it too, with the same sections at
/// the same depths (but for `{{<partial}}` sections, whose parse swift-mustache does not
/// keep). Where swift-mustache refuses a template, the outline may accept it: swift-mustache
/// then throws before it recurses further.
@Suite struct MustacheOutlineFidelityTests {

    static let pieces = ["{{", "}}", "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{#a", "{{!", "{{=<% %>=}}", "<%#a%>", "<%/a%>",
                         "<%=| |=%>", "|#a|", "|/a|", "{{{a}}}", "{{&a}}", "{{$a}}", "{{/a}}", "{{<p}}", "{{/p}}", "{{> p}}",
                         "{{ a }}", "{{a.b}}", "{{#f(a)}}", "{{/f(a)}}", "a", " ", "\n", "\r\n", "}", "{", "#", "/", "=", "%", "!"]

    /// Section depths in swift-mustache's own parse, found by reflection.
    static func depths(_ value: Any, depth: Int = 0, into found: inout [Int]) {
        let mirror = Mirror(reflecting: value)
        for child in mirror.children {
            if child.value is MustacheTemplate {
                found.append(depth + 1)
                depths(child.value, depth: depth + 1, into: &found)
            } else {
                depths(child.value, depth: depth, into: &found)
            }
        }
    }

    @Test func randomTemplatesAreReadAlike() throws {
        _ = MarkdownContentType.registered
        var generator = SeededGenerator(seed: 9)
        var parsed = 0
        for _ in 0..<30_000 {
            let count = Int.random(in: 1...14, using: &generator)
            let text = MarkdownContentType.pragma + (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            // swift-mustache traps on an empty section opened by a one-character delimiter
            // (`{{=| |=}}|#a||/a|`); the outline refuses such delimiters, so they never reach it.
            if text.contains("| |="), (try? MustacheOutline(text, maximumDepth: 32)) == nil { continue }
            guard let template = try? MustacheTemplate(string: text) else { continue }
            parsed += 1
            let outline: MustacheOutline
            do {
                outline = try MustacheOutline(text, maximumDepth: 32)
            } catch {
                Issue.record("swift-mustache reads \(text.debugDescription), the outline does not: \(error)")
                continue
            }
            // swift-mustache keeps only the blocks of a `{{<partial}}` section, not the section.
            guard !text.contains("<p") else { continue }
            var theirs: [Int] = []
            Self.depths(template, into: &theirs)
            let ours = outline.sections.dropFirst().map { section in
                Array(sequence(first: section) { $0.parent.map { outline.sections[$0] } }).count - 1
            }
            #expect(theirs.sorted() == ours.sorted(), "\(text.debugDescription)")
        }
        #expect(parsed > 1_000)
    }
}
