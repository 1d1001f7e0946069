import Foundation
import Testing

/// samples/exports/ holds the Riverside answers in each platform's shape (written by
/// generate.py). Each must give the canonical sample's statistics and the row counts listed
/// in manifest.json.
@Suite struct SampleExportsTests {
    static let manifestURL = TapestryBinary.packageRoot.appendingPathComponent("samples/exports/manifest.json")

    static var files: [String] {
        guard let data = try? Data(contentsOf: manifestURL),
              let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return manifest.keys.sorted()
    }

    static func entry(_ file: String) throws -> [String: Any] {
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
        return try #require(manifest[file] as? [String: Any])
    }

    static func canonical() throws -> [String: Any] {
        let result = try TapestryBinary.run(["assess", "samples/riverside/responses.csv", "--format", "json"])
        return try firstRound(jsonObject(result.stdout))
    }

    @Test func everyPlatformHasASample() {
        #expect(Self.files.count == 9)
    }

    @Test(arguments: files)
    func sameStatisticsAsTheCanonicalSample(file: String) throws {
        let entry = try Self.entry(file)
        let arguments = try #require(entry["arguments"] as? [String])
        let result = try TapestryBinary.run(["assess", "samples/exports/\(file)", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let round = try firstRound(jsonObject(result.stdout))
        #expect(round["rows"] as? [String: Int] == entry["rows"] as? [String: Int])

        let expected = try #require(try Self.canonical()["dimensions"] as? [[String: Any]])
        let actual = try #require(round["dimensions"] as? [[String: Any]])
        #expect(actual.count == expected.count)
        for (mine, theirs) in zip(actual, expected) {
            for key in ["id", "n", "mean", "sd", "median", "ci95", "band", "favorable", "alpha", "rwg"] {
                #expect(String(describing: mine[key]) == String(describing: theirs[key]), "\(file): \(mine["id"] ?? "?").\(key)")
            }
            let myCounts = (mine["items"] as? [[String: Any]])?.map { $0["counts"] as? [Int] ?? [] }
            let theirCounts = (theirs["items"] as? [[String: Any]])?.map { $0["counts"] as? [Int] ?? [] }
            #expect(myCounts == theirCounts, "\(file): \(mine["id"] ?? "?") answer counts")
        }
        let groups = try #require(round["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["n"] as? Int }.sorted() == [3, 6, 8, 11, 13])
    }

    @Test(arguments: files)
    func inspectRecognisesThePlatform(file: String) throws {
        let entry = try Self.entry(file)
        // The flags assess is given, but for --group-by (inspect finds the group itself).
        var arguments = try #require(entry["arguments"] as? [String])
        if let groupBy = arguments.firstIndex(of: "--group-by") { arguments.removeSubrange(groupBy...groupBy + 1) }
        let result = try TapestryBinary.run(["inspect", "samples/exports/\(file)", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let inspection = try jsonObject(result.stdout)
        #expect(inspection["platform"] as? String == entry["platform"] as? String)
        #expect(inspection["dataRows"] as? Int == (entry["rows"] as? [String: Int])?["read"])
        // The rows are counted as assess counts them (the same code reads them).
        let rows = try #require(inspection["rows"] as? [String: Int])
        #expect(rows.filter { ["read", "accepted", "rejected", "onlyMissing"].contains($0.key) } == entry["rows"] as? [String: Int])
        #expect(rows["read"] == rows.filter { $0.key != "read" && $0.key != "rejected" }.values.reduce(0, +))
    }

    @Test(arguments: files)
    func inspectSuggestsTheGroupColumn(file: String) throws {
        let entry = try Self.entry(file)
        let arguments = try #require(entry["arguments"] as? [String])
        let groupBy = try #require(arguments.firstIndex(of: "--group-by").map { arguments[$0 + 1] })
        let result = try TapestryBinary.run(["inspect", "samples/exports/\(file)", "--format", "json"])
        // REDCap's raw export holds the organisation as a number code: not taken for a group.
        #expect(try jsonObject(result.stdout)["suggestedGroupBy"] as? String == (file == "redcap.csv" ? nil : groupBy))
    }
}
