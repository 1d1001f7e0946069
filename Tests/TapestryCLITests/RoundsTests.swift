import Foundation
import Testing

/// Rounds from several files, from one file split by --round-by, and linked across rounds.
@Suite struct RoundsTests {
    static let rounds = ["samples/riverside/rounds/2026-q1.csv", "samples/riverside/rounds/2026-q2.csv", "samples/riverside/rounds/2026-q3.csv"]
    static let labels = ["--round", "2026-Q1", "--round", "2026-Q2", "--round", "2026-Q3"]

    static func assessment(_ arguments: [String]) throws -> [String: Any] {
        let result = try TapestryBinary.run(["assess"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try jsonObject(result.stdout)
    }

    @Test(arguments: ["samples/exports/quarterly-google-forms.csv", "samples/exports/quarterly-qualtrics.csv"])
    func roundByQuarterGivesThePreSplitRounds(export: String) throws {
        let split = try Self.assessment([export, "--round-by", "quarter"])
        let files = try Self.assessment(Self.rounds + Self.labels)
        let splitRounds = try #require(split["rounds"] as? [[String: Any]])
        let fileRounds = try #require(files["rounds"] as? [[String: Any]])
        #expect(splitRounds.compactMap { $0["label"] as? String } == ["2026-Q1", "2026-Q2", "2026-Q3"])
        #expect(splitRounds.count == fileRounds.count)
        for (a, b) in zip(splitRounds, fileRounds) {
            #expect(a["rows"] as? [String: Int] == b["rows"] as? [String: Int])
            let mine = try #require(a["dimensions"] as? [[String: Any]])
            let theirs = try #require(b["dimensions"] as? [[String: Any]])
            for (x, y) in zip(mine, theirs) {
                for key in ["n", "mean", "sd", "median", "alpha", "rwg"] {
                    #expect(String(describing: x[key]) == String(describing: y[key]), "\(export) \(a["label"] ?? "") \(x["id"] ?? "") \(key)")
                }
            }
        }
    }

    @Test func roundsAreOrderedByTimeNotByArguments() throws {
        let reversed = try Self.assessment(Self.rounds.reversed())
        let labels = (reversed["rounds"] as? [[String: Any]])?.compactMap { $0["label"] as? String }
        #expect(labels == ["2026-q1", "2026-q2", "2026-q3"])
    }

    @Test func aLinkKeyPairsRespondentsAcrossRounds() throws {
        let linked = try Self.assessment(Self.rounds + ["--link-key-file", "samples/riverside/link.key"])
        let changes = try #require(linked["changes"] as? [[String: Any]])
        #expect(changes.count == 2 * 13)                                   // 12 dimensions and the health index, twice
        let first = try #require(changes.first { $0["dimension"] as? String == "agreements" })
        #expect(first["paired"] as? Bool == true && first["pairs"] as? Int == 36)   // M003–M038 answered both rounds
        #expect(first["direction"] as? String == "improved")
        let unlinked = try Self.assessment(Self.rounds)
        let plain = try #require((unlinked["changes"] as? [[String: Any]])?.first { $0["dimension"] as? String == "agreements" })
        #expect(plain["paired"] as? Bool == false && plain["pairs"] as? Int == 0)
        // The key and the identifiers never reach the output.
        let text = try TapestryBinary.run(["assess"] + Self.rounds + ["--link-key-file", "samples/riverside/link.key", "--format", "json"]).stdout
        #expect(!text.contains("riverside-sample-key") && !text.contains("M005"))
    }

    @Test func roundByNeedsDates() throws {
        let result = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--round-by", "month"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("--round-by needs a column of dates"))
    }
}
