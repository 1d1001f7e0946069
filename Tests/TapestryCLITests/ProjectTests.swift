import Foundation
import Testing

/// Project folders: `tapestry init`, then `tapestry assess` with no arguments, as the README
/// describes; flags win over the project's settings; broken project files name their line.
@Suite struct ProjectTests {
    static func folderWithRounds() throws -> URL {
        let folder = try TapestryBinary.temporaryFolder()
        let rounds = folder.appendingPathComponent("rounds")
        try FileManager.default.createDirectory(at: rounds, withIntermediateDirectories: true)
        for round in RoundsTests.rounds {
            let source = TapestryBinary.packageRoot.appendingPathComponent(round)
            try FileManager.default.copyItem(at: source, to: rounds.appendingPathComponent(source.lastPathComponent))
        }
        return folder
    }

    @Test func initThenAssessWorksInTheFolder() throws {
        let folder = try Self.folderWithRounds()
        let made = try TapestryBinary.run(["init", "--coalition", "Riverside"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("3 round(s)"))
        let assessed = try TapestryBinary.run(["assess"], in: folder)
        #expect(assessed.status == 0, "\(assessed.stderr)")
        #expect(assessed.stdout.contains("Partnership health check · Riverside"))
        #expect(assessed.stdout.contains("Each area from 2026-q2 to 2026-q3, the latest step"))
        let reports = folder.appendingPathComponent("reports")
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
                == [".tapestry-report.json", "assessment.json", "charts", "report.html", "report.md", "report.xlsx"])
        // The project's own reports are replaced at each run, as the README says to do.
        #expect(try TapestryBinary.run(["assess"], in: folder).status == 0)
        #expect(try TapestryBinary.run(["assess", "--force"], in: folder).status == 0)
        let again = try TapestryBinary.run(["init"], in: folder)
        #expect(again.status == 73)
        #expect(again.stderr.contains("tapestry.yaml already exists; pass --force"), "\(again.stderr)")
        #expect(!again.stderr.contains("report"), "\(again.stderr)")
    }

    @Test func flagsWinOverTheProject() throws {
        let folder = try Self.folderWithRounds()
        #expect(try TapestryBinary.run(["init", "--coalition", "Riverside"], in: folder).status == 0)
        let result = try TapestryBinary.run(["assess", "--format", "json", "--coalition", "Other name"], in: folder)
        #expect(result.status == 0)
        let json = try jsonObject(result.stdout)
        #expect(json["coalition"] as? String == "Other name")
        #expect((json["rounds"] as? [Any])?.count == 3)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports").path))
    }

    @Test func theRiversideSampleProjectLinksItsRounds() throws {
        let json = try jsonObject(try TapestryBinary.run(["assess", "--project", "samples/riverside", "--format", "json"]).stdout)
        #expect((json["rounds"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["2026-Q1", "2026-Q2", "2026-Q3"])
        #expect((json["changes"] as? [[String: Any]])?.first?["paired"] as? Bool == true)
        #expect((json["rounds"] as? [[String: Any]])?.first?["groups"] as? [Any] != nil)
    }

    @Test func brokenProjectFilesNameTheLine() throws {
        let folder = try TapestryBinary.temporaryFolder()
        try "coalition: X\nrounds:\n  - label: A\n    file: a.csv\nmin-grup-size: 3\n"
            .write(to: folder.appendingPathComponent("tapestry.yaml"), atomically: true, encoding: .utf8)
        let result = try TapestryBinary.run(["assess"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("tapestry.yaml:5: project file: unknown setting `min-grup-size`"), "\(result.stderr)")
        let empty = try TapestryBinary.temporaryFolder()
        let nothing = try TapestryBinary.run(["assess"], in: empty)
        #expect(nothing.status == 64)
        #expect(nothing.stderr.contains("tapestry init"))
    }
}
