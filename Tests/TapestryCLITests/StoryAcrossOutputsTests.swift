import Foundation
@testable import tapestry
import TapestryReport
import TapestryTestSupport
import Testing

/// For the three Riverside rounds with groups, the terminal's first screen, the top of the
/// workbook's Summary and the opening of the Markdown and HTML reports state the same
/// headline — health index and band, change since the previous (and the first) round, the
/// priorities, what improved, where members disagree — and list the same priorities in the
/// same order, read back by independent parsers (Tests/Tools/check_story.py).
@Suite struct StoryAcrossOutputsTests {
    static let checker = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/check_story.py").path

    static func run() throws -> (folder: URL, terminal: URL, expected: URL, model: ReportModel) {
        let base = try TapestryBinary.temporaryFolder()
        let folder = base.appendingPathComponent("report")
        let result = try TapestryBinary.run(TerminalWidthTests.arguments + [
            "--link-key-file", "samples/riverside/link.key",
            "--format", "terminal", "--format", "xlsx", "--format", "markdown", "--format", "html", "--output", folder.path,
        ], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)")
        let terminal = base.appendingPathComponent("terminal.txt")
        try result.stdout.write(to: terminal, atomically: true, encoding: .utf8)
        let model = try TerminalWidthTests.model()
        let expected = base.appendingPathComponent("expected.json")
        let story: [String: [String]] = ["sentences": model.headline.sentences, "priorities": model.priorities.map(\.area.title)]
        try JSONSerialization.data(withJSONObject: story).write(to: expected)
        return (folder, terminal, expected, model)
    }

    @Test func everyOutputOpensWithTheSameStory() throws {
        let run = try Self.run()
        // The story itself: the index, its band and its change are the model's.
        let headline = run.model.headline
        #expect(headline.sentences.first == "Health index: \(ReportNumbers.health(headline.healthIndex)) out of 100, \(headline.bandWord).")
        #expect(headline.sincePrevious != nil && headline.sinceFirst != nil)
        #expect((1...3).contains(run.model.priorities.count))
        let check = try Python.run([Self.checker, run.folder.path, run.terminal.path, run.expected.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("checked \(headline.sentences.count) headline sentences and \(run.model.priorities.count) priorities"), "\(check.output)")
    }

    @Test func theCheckerNoticesADifferentStory() throws {
        let run = try Self.run()
        // The Markdown report tells a different change.
        let markdown = run.folder.appendingPathComponent("report.md")
        let text = try String(contentsOf: markdown, encoding: .utf8)
        let sentence = try #require(run.model.headline.sentences.dropFirst().first)
        try text.replacingOccurrences(of: sentence, with: "Since last time: no change.").write(to: markdown, atomically: true, encoding: .utf8)
        let check = try Python.run([Self.checker, run.folder.path, run.terminal.path, run.expected.path])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("Markdown: the headline is not there in order"), "\(check.output)")
    }
}
