import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Connection answers cost time in proportion to their size: a cell of many names (a hostile
/// or pasted list), many rows of different organisations and suggestions, each against a
/// member list of 200 (so every unmatched name is also compared by edit distance).
@Suite(.serialized, .timeLimit(.minutes(3))) struct ConnectionTimeTests {
    static let instrument = ConnectionShapes.instrument
    static let members = (0..<200).map { Member(name: "Member organisation \($0)") }

    static func read(_ text: String) throws {
        var options = ImportOptions()
        options.members = members
        var builder = AssessmentBuilder(instrument: instrument, members: members)
        let file = try SurveyFile(data: Data(text.utf8), path: "in.csv", instrument: instrument)
        _ = try ExportReader(instrument: instrument, options: options).read(file, defaultRound: "r", into: &builder)
        _ = builder.results(options: ScoringOptions(showNetwork: true))
    }

    static func growing(_ dimension: String, _ count: Int) -> String {
        switch dimension {
        case "names":
            let names = (0..<count).map { "Someone else number \($0)" }.joined(separator: "; ")
            return "respondent,organisation,EQ1,works_with,should_join\nr1,Member organisation 1,3,\"\(names)\",\"\(names)\"\n"
        case "rows":
            return "respondent,organisation,EQ1,works_with,should_join\n" + (0..<count).map { row in
                "r\(row),Organisation \(row),3,Member organisation \(row % 200); Member organisatoin \(row % 7),Suggested \(row)\n"
            }.joined()
        default: fatalError(dimension)
        }
    }

    /// Eight times the input takes about eight times as long (a bound of 16 for noise), never
    /// the 64 times a quadratic step would.
    @Test(arguments: ["names", "rows"])
    func timeGrowsInProportionToTheAnswers(dimension: String) throws {
        let small = Self.growing(dimension, 1_000), large = Self.growing(dimension, 8_000)
        try Self.read(small)
        var smallTime = Double.infinity, largeTime = Double.infinity
        for _ in 0..<3 { smallTime = min(smallTime, try LinearTimeTests.seconds { try Self.read(small) }) }
        for _ in 0..<3 { largeTime = min(largeTime, try LinearTimeTests.seconds { try Self.read(large) }) }
        let ratio = largeTime / max(smallTime, 0.02)
        #expect(ratio < 16, "\(dimension): \(smallTime) s against \(largeTime) s, \(ratio) times")
    }
}
