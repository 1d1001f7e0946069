import Foundation
@testable import tapestry
import TapestryImport
import TapestryReport
import TapestryScoring
import TapestryTestSupport
import Testing

/// The terminal summary of the three Riverside rounds with groups: it fits the width `COLUMNS`
/// gives (never narrower than 80), opens with the report model's headline and priorities, keeps
/// statistics names off its first screen, and prints no negative zero.
@Suite struct TerminalWidthTests {
    static let arguments = ["assess"] + RoundsTests.rounds + ["--group-by", "group", "--coalition", "Riverside Food Justice Coalition"]

    /// The summary printed with `COLUMNS` set to `columns` (unset for nil; standard output is
    /// a pipe, so the terminal's size is not asked).
    static func summary(columns: String?) throws -> [String] {
        let result = try TapestryBinary.run(arguments, environment: ["COLUMNS": columns])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The longest line in characters (not bytes: "–" and "→" count one).
    static func longest(_ lines: [String]) -> Int { lines.map(\.count).max() ?? 0 }

    @Test func eightyColumnsFit() throws {
        let lines = try Self.summary(columns: "80")
        #expect(Self.longest(lines) <= 80, "\(lines.filter { $0.count > 80 })")
        // The groups table is all there: four groups, each area's row.
        let groups = try #require(lines.firstIndex { $0.hasPrefix("  Groups") })
        let header = try #require(lines[groups...].first { $0.hasPrefix("  Area ") })
        #expect(header.contains("Community") && header.contains("Nonprofit"))
        #expect(lines[groups...].contains { $0.hasPrefix("  Transparency ") && $0.split(separator: " ").count == 5 })
    }

    /// Narrower than 80 is laid out at 80; without COLUMNS (and no terminal) at 100; a wide
    /// terminal gets the wide tables on one line, and nothing beyond its width.
    /// (Paragraphs stop at 100 however wide the terminal; the groups table is 111 wide.)
    @Test(arguments: [("40", 80, 70), (nil, 100, 90), ("not a number", 100, 90), ("200", 200, 101)])
    func theWidthFollowsColumns(columns: String?, limit: Int, atLeast: Int) throws {
        let lines = try Self.summary(columns: columns)
        #expect(Self.longest(lines) <= limit, "\(lines.filter { $0.count > limit })")
        #expect(Self.longest(lines) >= atLeast, "the width is not used: \(Self.longest(lines))")
        if columns == "40" { #expect(lines == (try Self.summary(columns: "80"))) }
    }

    /// The first lines are the headline's sentences as the report model words them (each
    /// starting a line, wrapped only at spaces), under the title; then the priorities by number.
    @Test func theHeadlineAndPrioritiesComeFirst() throws {
        let model = try Self.model()
        let lines = try Self.summary(columns: "80")
        #expect(lines[0] == "Partnership health check · Riverside Food Justice Coalition")
        var sentences: [String] = []
        for line in lines.dropFirst().prefix(while: { !$0.isEmpty }) {
            if line.hasPrefix(" ") { sentences[sentences.count - 1] += " " + line.trimmingCharacters(in: .whitespaces) } else { sentences.append(line) }
        }
        #expect(sentences == model.headline.sentences)
        #expect(sentences[0] == "Health index: 65 out of 100, borderline.")
        #expect(sentences[1].hasPrefix("Since 2026-q2: +2.6 (improved); since 2026-q1, the first round: "))
        let screen = Array(lines.prefix { !$0.hasPrefix("Instrument:") })
        let numbered = screen.filter { $0.range(of: #"^  [0-9]\. "#, options: .regularExpression) != nil }
        #expect(model.priorities.count == 3)
        #expect(numbered == model.priorities.map { "  \($0.number). \($0.area.label)" })
        // No statistics names on the first screen; further down, only with their gloss.
        for word in ["rwg", "alpha", "Cronbach"] {
            #expect(!screen.joined(separator: " ").contains(word), "\(word)")
        }
        let all = lines.joined(separator: " ")
        #expect(!all.contains("rwg"))
        if all.contains("alpha") { #expect(all.contains("may not measure one thing")) }
    }

    /// The change section: the health index since the previous and the first round, then each
    /// area's change in the latest step, said to be that; no empty band column.
    @Test func theChangesSinceThePreviousAndTheFirstRound() throws {
        let model = try Self.model()
        let lines = try Self.summary(columns: "100")
        let start = try #require(lines.firstIndex(of: "Change"))
        let previous = try #require(model.headline.sincePrevious), first = try #require(model.headline.sinceFirst)
        #expect(lines[start + 2].split(separator: " ") == ["since", "2026-q2,", "the", "previous", "round"]
            + [previous.differenceText, previous.intervalText, previous.words].flatMap { $0.split(separator: " ") })
        #expect(lines[start + 3].split(separator: " ") == ["since", "2026-q1,", "the", "first", "round"]
            + [first.differenceText, first.intervalText, first.words].flatMap { $0.split(separator: " ") })
        #expect(lines[start + 5].hasPrefix("  Each area from 2026-q2 to 2026-q3, the latest step"))
        let header = try #require(lines[start...].first { $0.hasPrefix("  Area ") })
        #expect(header.split(separator: " ") == ["Area", "Change", "95%", "CI", "What", "it", "shows"])
        #expect(!lines[(start + 5)...].contains { $0.hasPrefix("  Health index") })
    }

    /// No negative zero at any width (a change that rounds to zero is "0.00", never "−0.00").
    @Test(arguments: ["80", "200"])
    func noNegativeZero(columns: String) throws {
        let text = try Self.summary(columns: columns).joined(separator: "\n")
        #expect(text.contains("−0.01") && text.contains("−0.12 to"), "the output has negative numbers the check must let pass")
        #expect(text.range(of: #"[-−]0(\.0+)?(?![0-9]|\.[0-9])"#, options: .regularExpression) == nil)
    }

    /// The report model of the same run, built as `assess` builds it.
    static func model() throws -> ReportModel {
        var choices = RunChoices()
        choices.groupBy = "group"
        choices.coalition = "Riverside Food Justice Coalition"
        let files = RoundsTests.rounds.map { TapestryBinary.packageRoot.appendingPathComponent($0).path }
        let settings = try RunSettings(files: files, choices: choices, environment: [:])
        let assessment = try Assessor.assess(settings.request, instrument: settings.instrument)
        return ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }
}
