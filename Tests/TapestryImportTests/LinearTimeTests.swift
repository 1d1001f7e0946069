import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Every operation on a cell takes time in proportion to the cell (issue 9: a 50 KB answer
/// took 28 s, 1–5 MB hours, in the e-mail pattern's backtracking). Each case is one a
/// backtracking or quadratic version could not finish; all must finish well under 5 s in a
/// debug build.
@Suite(.timeLimit(.minutes(1))) struct LinearTimeTests {
    static let instrument = CanonicalCSVReaderTests.instrument
    static let megabyte = 1_000_000

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let duration = try ContinuousClock().measure(body)
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func repeated(_ piece: String, toLength length: Int) -> String {
        String(repeating: piece, count: length / piece.utf8.count)
    }

    @Test(arguments: ["a", "a@", "a@a-", "@a.", "1", "1.", "1:", "(", " ", "a.b@", "٣", "a@b.c"])
    func theValueScreenOnAFiveMegabyteCell(piece: String) {
        let text = Self.repeated(piece, toLength: 5 * Self.megabyte)
        var personal = false
        let time = Self.seconds { personal = PersonalData.looksPersonal(text) }
        #expect(time < 5, "\(piece): \(time) s")
        #expect(personal == (piece == "a@b.c"))
    }

    @Test(arguments: ["<", "&", "&#1", "<&", "&amp;", "_ ", "5 ", "1", "(1) "])
    func readingAMegabyteAnswer(piece: String) {
        let reader = AnswerReader(scale: Self.instrument.scale)
        let cell = Self.repeated(piece, toLength: Self.megabyte)
        let time = Self.seconds { _ = reader.read(cell) }
        #expect(time < 5, "\(piece): \(time) s")
    }

    @Test(arguments: ["one ", "<", "(choice=", "a - ", "[", "x/", "é "])
    func headingsOfAMegabyte(piece: String) {
        let matcher = ItemMatcher(instrument: Self.instrument)
        let heading = Self.repeated(piece, toLength: Self.megabyte)
        let time = Self.seconds {
            _ = matcher.match(ColumnHeader(index: 0, name: heading, label: heading))
            _ = PlatformDetector.namesAChoice(heading + ")")
            _ = PersonalData.isPersonal(name: heading)
        }
        #expect(time < 5, "\(piece): \(time) s")
    }

    @Test func aLongItemTextIsNotComparedByEditDistance() {
        // Two long, nearly equal texts: the banded edit distance would cost length × 8 % of it.
        let long = Self.repeated("partners share decisions ", toLength: 200_000)
        let instrument = Instrument(
            id: "long", version: "1", title: "Long", scale: Self.instrument.scale,
            dimensions: [Dimension(id: "d", title: "D", category: "principle", polarity: .positive,
                                   items: [Item(id: "L1", text: long), Item(id: "L2", text: "two")])])
        let matcher = ItemMatcher(instrument: instrument)
        var match: ItemMatch?
        let time = Self.seconds { match = matcher.match(ColumnHeader(index: 0, name: "x" + long.dropFirst())) }
        #expect(time < 5)
        #expect(match == nil)
        // Short texts are still matched within a few edits.
        #expect(ItemMatcher.nearMatchLength >= 1_000)
    }

    @Test func aMillionCharacterLineIsReadInFull() throws {
        let heading = Self.repeated("q", toLength: Self.megabyte)
        let cell = Self.repeated("a@<&#1 ", toLength: Self.megabyte)
        let text = "respondent,Q1,Q2,\(heading)\nr1,4,\(cell),\(cell)\nr2,3,2,x\n"
        var rounds: [RoundResult] = []
        var findings: [Finding] = []
        let time = try Self.seconds {
            var builder = AssessmentBuilder(instrument: Self.instrument)
            let file = try SurveyFile(data: Data(text.utf8), path: "wide.csv", instrument: Self.instrument)
            findings = try ExportReader(instrument: Self.instrument, options: ImportOptions())
                .read(file, defaultRound: "r", into: &builder).findings
            rounds = builder.results(options: ScoringOptions())
        }
        #expect(time < 5, "\(time) s")
        #expect(rounds[0].rows == RowCounts(accepted: 2, rejected: 0))
        #expect(findings.contains { $0.line == 2 && $0.column == "Q2" && $0.message.contains("not an answer on the scale") })
    }

    @Test func aHeaderOfTwoHundredThousandColumnsStopsAtOnce() {
        let text = "respondent,Q1," + (0..<200_000).map { "c\($0)" }.joined(separator: ",") + "\nr1,3\n"
        let time = Self.seconds {
            #expect(throws: ImportError.tooManyColumns(file: "wide.csv", line: 1)) {
                try SurveyFile(data: Data(text.utf8), path: "wide.csv", instrument: Self.instrument)
            }
        }
        #expect(time < 5, "\(time) s")
    }

    @Test func aFiveMegabyteCellStopsAtOnce() {
        let text = "respondent,Q1,Q2\nr1,3," + Self.repeated("a@", toLength: 5 * Self.megabyte) + "\n"
        let time = Self.seconds {
            #expect(throws: ImportError.cellTooLong(file: "big.csv", line: 2, column: 3)) {
                try SurveyFile(data: Data(text.utf8), path: "big.csv", instrument: Self.instrument)
            }
        }
        #expect(time < 5, "\(time) s")
    }

    @Test func aCellAtTheLimitIsScreenedAndReadInFull() throws {
        // The largest cell allowed, of the pattern that made the e-mail expression backtrack.
        let cell = Self.repeated("a@", toLength: TextLimits.maxCellBytes)
        let text = "respondent,Q1,Q2,note\nr1,3,4,\(cell)\n"
        let time = try Self.seconds {
            var builder = AssessmentBuilder(instrument: Self.instrument)
            let file = try SurveyFile(data: Data(text.utf8), path: "big.csv", instrument: Self.instrument)
            let plans = try ExportReader(instrument: Self.instrument, options: ImportOptions()).plan(file).plans
            #expect(plans[3].role == .ignored)
            _ = try ExportReader(instrument: Self.instrument, options: ImportOptions()).read(file, defaultRound: "r", into: &builder)
        }
        #expect(time < 5, "\(time) s")
    }
}
