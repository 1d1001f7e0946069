import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Quotes where RFC 4180 allows none are read as before, and reported: one warning per line,
/// naming the line and the column, saying what to do; capped per file, like every kind of
/// row finding.
@Suite struct StrayQuoteTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    static func read(_ text: String) throws -> (rounds: [RoundResult], findings: [Finding]) {
        var builder = AssessmentBuilder(instrument: instrument)
        let file = try SurveyFile(data: Data(text.utf8), path: "q.csv", instrument: instrument)
        let findings = try ExportReader(instrument: instrument, options: ImportOptions())
            .read(file, defaultRound: "r", into: &builder).findings
        return (builder.results(options: ScoringOptions(minimumGroupSize: 1)), findings)
    }

    @Test func strayQuotesAreReadAsWrittenAndReported() throws {
        let text = "respondent,Q1,Q2,note\nr1,4,2,fine\nr2,\"3\"x,2,ab\"c\nr\"3,5,5,\nr4,1,1,\"multi\nline\" end\nr5,2,2,\"\"\"quoted\"\"\"\n"
        let records = Array(CSVTokenizer(text: text))
        #expect(records[2].fields == ["r2", "3x", "2", "ab\"c"])
        #expect(records[3].fields == ["r\"3", "5", "5", ""])
        #expect(records[4].fields == ["r4", "1", "1", "multi\nline end"])
        #expect(records[5].fields == ["r5", "2", "2", "\"quoted\""])
        let (rounds, findings) = try Self.read(text)
        #expect(rounds[0].rows == RowCounts(accepted: 5, rejected: 0))
        let quotes = findings.filter { $0.message.contains("quote") }
        // One per row, the first: line 3 has two.
        #expect(quotes.map(\.line) == [3, 4, 6])
        #expect(quotes.map(\.column) == ["Q1", "respondent", "note"])
        #expect(quotes.allSatisfy { $0.severity == .warning })
        #expect(quotes[0].message.hasPrefix("text follows the closing quote of a quoted cell"))
        #expect(quotes[1].message.hasPrefix("a quote (\") stands inside a cell that does not start with one"))
        #expect(quotes[1].message.contains("double the quote"))
        // Text after the closing quote on the second line of a multi-line cell names that line.
        #expect(quotes[2].message.hasPrefix("text follows the closing quote"))
        #expect(!findings.contains { $0.line == 2 || $0.line == 7 })
    }

    @Test func columnsBeyondTheHeaderAreNumbered() throws {
        let (_, findings) = try Self.read("Q1,Q2\n1,2,x\"y\n")
        #expect(findings.first { $0.message.contains("quote") }?.column == "column 3")
    }

    @Test func oneFindingPerLineAndCappedPerFile() throws {
        let cap = TextLimits.findingsPerKind
        let rows = (0..<(cap + 5)).map { "r\($0),a\"\"b,\"2\"\"\"x\n" }.joined()
        let (rounds, findings) = try Self.read("respondent,Q1,Q2\n" + rows)
        let quotes = findings.filter { $0.message.contains("quote") }
        #expect(quotes.count == cap + 1)
        #expect(quotes.dropLast().allSatisfy { $0.line != nil && $0.column == "Q1" })
        #expect(quotes.last?.line == nil)
        #expect(quotes.last?.message.hasPrefix("5 more lines have stray quotes") == true)
        #expect(rounds[0].rows.read == cap + 5)
    }

    @Test func inspectShowsThemToo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stray-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("Q1,Q2\n1,2\"\n".utf8).write(to: URL(fileURLWithPath: path))
        let inspection = try Inspection.inspect(path, instrument: Self.instrument, options: ImportOptions())
        #expect(inspection.findings.contains { $0.line == 2 && $0.column == "Q2" && $0.message.contains("quote") })
    }

    @Test func rowFindingsOfOneKindAreCappedAndCounted() throws {
        let cap = TextLimits.findingsPerKind
        let rows = (0..<(cap + 3)).map { "r\($0),maybe,9\n" }.joined()
        let (rounds, findings) = try Self.read("respondent,Q1,Q2\n" + rows)
        #expect(rounds[0].rows == RowCounts(accepted: 0, rejected: cap + 3))
        let unknown = findings.filter { $0.message.contains("not an answer on the scale") }
        let outside = findings.filter { $0.message.contains("outside the scale") }
        let empty = findings.filter { $0.message.contains("no answer on the scale") }
        #expect(unknown.count == cap + 1 && outside.count == cap + 1 && empty.count == cap + 1)
        #expect(unknown.last?.message.hasPrefix("3 more cells hold text that is not an answer") == true)
        #expect(outside.last?.message.hasPrefix("3 more cells hold numbers outside the scale") == true)
        #expect(empty.last?.message.hasPrefix("3 more rows have no answer on the scale") == true)
        // The summaries come last, after every listed finding.
        #expect(findings.suffix(3).allSatisfy { $0.line == nil })
    }
}
