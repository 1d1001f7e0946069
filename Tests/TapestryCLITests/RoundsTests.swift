import Foundation
import TapestryTestSupport
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
        // Without a key, the member ids link the rounds all the same, under a key made for the run.
        let unkeyed = try Self.assessment(Self.rounds)
        #expect(try canonicalJSON(unkeyed["changes"]) == canonicalJSON(linked["changes"]))
        #expect(try canonicalJSON(unkeyed["links"]) == canonicalJSON(linked["links"]))
        // The key and the identifiers never reach the output.
        let text = try TapestryBinary.run(["assess"] + Self.rounds + ["--link-key-file", "samples/riverside/link.key", "--format", "json"]).stdout
        #expect(!text.contains("riverside-sample-key") && !text.contains("M005"))
    }

    @Test func roundByNeedsDates() throws {
        let result = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--round-by", "month"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("--round-by needs a column of dates"))
    }

    @Test func theMarkdownTrendSectionAgreesWithTheJSON() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let result = try TapestryBinary.run(["assess"] + Self.rounds + ["--link-key-file", "samples/riverside/link.key",
                                             "--format", "markdown", "--format", "json", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try jsonObject(String(contentsOf: folder.appendingPathComponent("assessment.json"), encoding: .utf8))
        let changes = try #require(json["changes"] as? [[String: Any]]).filter { $0["to"] as? String == "2026-q3" }
        let script = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/parse_markdown.py").path
        let parsed = try jsonObject(try Python.run([script, folder.appendingPathComponent("report.md").path]).output)
        let tables = try #require(parsed["tables"] as? [[[String]]])
        let table = try #require(tables.first { $0.first?.dropFirst().first == "Change to 2026-q3" })
        #expect(table.count == 1 + changes.count)
        let words = ["improved": "improved", "declined": "declined", "unclear": "no clear change"]
        for (row, change) in zip(table.dropFirst(), changes) {
            #expect(row[3] == words[change["direction"] as? String ?? ""], "\(row)")
            let difference = try #require(change["difference"] as? Double)
            let decimals = change["dimension"] as? String == "healthIndex" ? "%.1f" : "%.2f"
            #expect(row[1] == (difference >= 0 ? "+" : "−") + String(format: decimals, abs(difference)), "\(row)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("charts/trend.svg").path))
        let headings = (parsed["headings"] as? [[Any]] ?? []).compactMap { $0.last as? String }
        #expect(headings.contains("Change since 2026-q2"))
    }

    @Test func anUndatedRoundIsNotTheLatestNorCompared() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let file = folder.appendingPathComponent("dated.csv")
        let items = (1...4).map { "EQ\($0)" }.joined(separator: ",")
        var csv = "respondent,timestamp,\(items)\n"
        for index in 0..<6 {
            csv += "a\(index),2026-02-0\(index + 1) 10:00,4,4,3,2\n"
            csv += "a\(index),2026-05-0\(index + 1) 10:00,5,4,4,2\n"
        }
        csv += "z,not a date,3,3,3,3\n"
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let json = try Self.assessment([file.path, "--round-by", "quarter"])
        let rounds = try #require(json["rounds"] as? [[String: Any]])
        #expect(rounds.compactMap { $0["label"] as? String } == ["2026-Q1", "2026-Q2", "undated"])
        #expect(rounds.last?["rows"] as? [String: Int] == ["read": 1, "accepted": 0, "rejected": 1, "onlyMissing": 0])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(Set(changes.compactMap { $0["to"] as? String }) == ["2026-Q2"])
        let summary = try TapestryBinary.run(["assess", file.path, "--round-by", "quarter"])
        #expect(summary.stdout.contains("Round 2026-Q2: 12 rows read") == false)
        #expect(summary.stdout.contains("Round 2026-Q2: 6 rows read, 6 scored, 0 set aside"))
        #expect(summary.stdout.contains("Each area from 2026-Q1 to 2026-Q2"))
    }
}
