import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `--output` folders as users and scripts meet them: a set is written whole and replaces the
/// earlier one whole, a project re-runs, other runs' reports need --force, other files are
/// never replaced, failures leave the earlier set and no temporary, planted links write
/// nothing outside, and two runs on one folder never both succeed. (The kill test is in
/// ReportSetKillTests.)
@Suite struct ReportSetTests {
    static let sample = "samples/riverside/responses.csv"

    @Test func outputWithoutFormatWritesEveryFileAndPrintsTheSummary() throws {
        let out = try TapestryBinary.temporaryFolder().appendingPathComponent("out")
        let result = try TapestryBinary.run(["assess", Self.sample, "--output", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Health index"))
        let set = try OutputRuns.snapshot(out)
        #expect(set.keys.filter { !$0.hasPrefix("charts/") }.sorted() == [".tapestry-report.json", "assessment.json", "report.html", "report.md", "report.xlsx"])
        try OutputRuns.expectWhole(set)
        let terminalOnly = try TapestryBinary.run(["assess", Self.sample, "--format", "terminal", "--output", out.path + "2"])
        #expect(terminalOnly.status == 64)
        #expect(terminalOnly.stderr.contains("writes no file into --output"), "\(terminalOnly.stderr)")
    }

    @Test func aProjectReRunReplacesItsOwnReports() throws {
        let folder = try ProjectTests.folderWithRounds()
        #expect(try TapestryBinary.run(["init", "--coalition", "Riverside"], in: folder).status == 0)
        let reports = folder.appendingPathComponent("reports")
        let first = try TapestryBinary.run(["assess"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let yaml = folder.appendingPathComponent("tapestry.yaml")
        try (try String(contentsOf: yaml, encoding: .utf8)).replacingOccurrences(of: "coalition: Riverside", with: "coalition: Eastbank")
            .write(to: yaml, atomically: true, encoding: .utf8)
        let second = try TapestryBinary.run(["assess"], in: folder)
        #expect(second.status == 0, "\(second.stderr)")
        let report = try String(contentsOf: reports.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("Eastbank") && !report.contains("Riverside"))
        #expect(try OutputRuns.temporaries(of: reports).isEmpty)
        // Run from elsewhere with --project, it is the same project.
        #expect(try TapestryBinary.run(["assess", "--project", folder.path]).status == 0)
    }

    @Test func anotherRunsReportsNeedForceAndOtherFilesAreNeverReplaced() throws {
        let one = try ProjectTests.folderWithRounds()
        let two = try ProjectTests.folderWithRounds()
        for folder in [one, two] { #expect(try TapestryBinary.run(["init"], in: folder).status == 0) }
        #expect(try TapestryBinary.run(["assess"], in: one).status == 0)
        let reports = one.appendingPathComponent("reports")
        // Another project's --output over them.
        let other = try TapestryBinary.run(["assess", "--output", reports.path], in: two)
        #expect(other.status == 73)
        #expect(other.stderr.contains("holds the reports of another project (\(one.appendingPathComponent("tapestry.yaml").path))"), "\(other.stderr)")
        #expect(other.stderr.contains("--force"))
        #expect(other.stdout.isEmpty)  // stopped before its work, nothing printed
        // A run without a project over them.
        let plain = try TapestryBinary.run(["assess", Self.sample, "--output", reports.path])
        #expect(plain.status == 73)
        #expect(plain.stderr.contains("--force"))
        #expect(try TapestryBinary.run(["assess", "--output", reports.path, "--force"], in: two).status == 0)
        // Files tapestry did not write: refused, even with --force, and left as they are.
        try Data("minutes".utf8).write(to: reports.appendingPathComponent("notes.txt"))
        let before = try OutputRuns.snapshot(reports)
        for arguments in [["assess"], ["assess", "--force"]] {
            let refused = try TapestryBinary.run(arguments, in: one)
            #expect(refused.status == 73)
            #expect(refused.stderr.contains("holds files tapestry did not write (notes.txt)"), "\(refused.stderr)")
            #expect(refused.stderr.contains("\(reports.path)/reports"))
        }
        #expect(try OutputRuns.snapshot(reports) == before)
        // The current folder is never the report folder.
        let here = try TapestryBinary.temporaryFolder()
        let current = try TapestryBinary.run(["assess", TapestryBinary.packageRoot.appendingPathComponent(Self.sample).path, "--output", "."], in: here)
        #expect(current.status == 73)
        #expect(current.stderr.contains("is the folder you are in"), "\(current.stderr)")
    }

    @Test func forceLeavesNoChartOfALongerEarlierRun() throws {
        let out = try TapestryBinary.temporaryFolder().appendingPathComponent("out")
        let three = try TapestryBinary.run(["assess"] + RoundsTests.rounds + RoundsTests.labels + ["--format", "markdown", "--output", out.path])
        #expect(three.status == 0, "\(three.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("charts/trend.svg").path))
        let one = try TapestryBinary.run(["assess", Self.sample, "--format", "markdown", "--output", out.path, "--force"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("charts/trend.svg").path))
        try OutputRuns.expectWhole(try OutputRuns.snapshot(out))
    }

    /// The issue's case: `report.md` cannot be replaced (a folder is there). The run used to
    /// exit 73 after `assessment.json` had been replaced.
    @Test func aFolderWhereAReportShouldBeLeavesTheEarlierSetWhole() throws {
        let out = try TapestryBinary.temporaryFolder().appendingPathComponent("out")
        let arguments = ["assess", Self.sample, "--format", "json", "--format", "markdown", "--output", out.path]
        #expect(try TapestryBinary.run(arguments).status == 0)
        try FileManager.default.removeItem(at: out.appendingPathComponent("report.md"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("report.md"), withIntermediateDirectories: false)
        let before = try OutputRuns.snapshot(out)
        let result = try TapestryBinary.run(arguments + ["--force", "--coalition", "Changed"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("report.md/"), "\(result.stderr)")
        #expect(try OutputRuns.snapshot(out) == before)
        #expect(try OutputRuns.beside(out).isEmpty)
    }

    /// A write that fails halfway (the workbook exceeds the file size limit, as on a full disk)
    /// and a parent that cannot be written leave the earlier set whole and no temporary.
    @Test func aFailedWriteLeavesTheEarlierSetAndNoTemporary() throws {
        let root = try TapestryBinary.temporaryFolder()
        let survey = root.appendingPathComponent("survey.csv")
        try OutputRuns.survey(respondents: 3000, seed: 7, answers: 1...5, to: survey)
        let folder = root.appendingPathComponent("parent")
        let out = folder.appendingPathComponent("out")
        #expect(try TapestryBinary.run(["assess", Self.sample, "--output", out.path]).status == 0)
        let before = try OutputRuns.snapshot(out)
        // 200 KB: the JSON, Markdown and charts fit, the workbook listing 3000 respondents'
        // answers does not.
        let limited = try OutputRuns.start(executable: URL(fileURLWithPath: "/bin/sh"), [
            "-c", "ulimit -f 400; trap '' XFSZ; exec \"$0\" \"$@\"", try TapestryBinary.url.path,
            "assess", survey.path, "--output", out.path, "--force", "--include-responses",
        ]).finish()
        #expect(limited.status == 73, "\(limited.stderr)")
        #expect(limited.stderr.contains("workbook") || limited.stderr.contains("report.xlsx"), "\(limited.stderr)")
        #expect(try OutputRuns.snapshot(out) == before)
        #expect(try OutputRuns.beside(out).isEmpty)

        // A parent folder nothing may be created in: immutable for root (who may write
        // anywhere else), read-only for others.
        func chattr(_ flag: String) throws -> Bool {
            try OutputRuns.start(executable: URL(fileURLWithPath: "/usr/bin/chattr"), [flag, folder.path]).finish().status == 0
        }
        let locked = getuid() == 0 ? try chattr("+i") : chmod(folder.path, 0o555) == 0
        defer { if getuid() == 0 { _ = try? chattr("-i") } else { chmod(folder.path, 0o755) } }
        if locked {
            let result = try TapestryBinary.run(["assess", Self.sample, "--output", out.path, "--force", "--coalition", "Changed"])
            #expect(result.status == 73)
            #expect(result.stderr.contains(out.path), "\(result.stderr)")
            #expect(try OutputRuns.snapshot(out) == before)
            #expect(try OutputRuns.beside(out).isEmpty)
        }
    }

    /// Links planted at every name the writers use, or used to use, pointing outside: nothing
    /// outside is written.
    @Test func plantedLinksWriteNothingOutside() throws {
        let root = try TapestryBinary.temporaryFolder()
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let victim = outside.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let untouched = try OutputRuns.snapshot(outside)
        func link(_ url: URL, to target: URL) throws {
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
        }

        // The old temporaries `.<name>.<pid>.tmp`, planted as soon as the run's pid is known.
        let out = root.appendingPathComponent("out")
        #expect(try TapestryBinary.run(["assess", Self.sample, "--format", "json", "--format", "markdown", "--output", out.path]).status == 0)
        let run = try OutputRuns.start(["assess", Self.sample, "--format", "json", "--format", "markdown", "--output", out.path, "--force"])
        let pid = run.process.processIdentifier
        for name in ["assessment.json", "report.md", "report.xlsx", "charts/dimensions.svg"] {
            let url = out.appendingPathComponent(name)
            try? link(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(pid).tmp"), to: victim)
        }
        _ = run.finish()
        #expect(try OutputRuns.snapshot(outside) == untouched, "through the old temporaries")

        // The set's own names, and charts/, as links out of the folder.
        for name in ["report.md", "charts"] {
            let planted = root.appendingPathComponent("planted-\(name)")
            #expect(try TapestryBinary.run(["assess", Self.sample, "--format", "markdown", "--output", planted.path]).status == 0)
            try FileManager.default.removeItem(at: planted.appendingPathComponent(name))
            try link(planted.appendingPathComponent(name), to: name == "charts" ? outside : victim)
            let result = try TapestryBinary.run(["assess", Self.sample, "--format", "markdown", "--output", planted.path, "--force"])
            #expect(try OutputRuns.snapshot(outside) == untouched, "through \(name)")
            #expect(result.status == 73)
            #expect(result.stderr.contains("holds files tapestry did not write"), "\(result.stderr)")
        }

        // The folder itself a link to nothing outside; temporary-like names beside it.
        let dangling = root.appendingPathComponent("dangling")
        try link(dangling, to: outside.appendingPathComponent("new"))
        #expect(try TapestryBinary.run(["assess", Self.sample, "--output", dangling.path, "--force"]).status == 73)
        #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("new").path))
        let fresh = root.appendingPathComponent("fresh")
        for suffix in ["aaaaaaaaaa", "0123456789"] { try link(root.appendingPathComponent(".fresh.tapestry-\(suffix)"), to: outside) }
        #expect(try TapestryBinary.run(["assess", Self.sample, "--output", fresh.path]).status == 0)
        #expect(try OutputRuns.snapshot(outside) == untouched, "through temporary-like names")

        // One file: the old temporaries for the next few hundred pids, and a link at the target.
        let blank = root.appendingPathComponent("forms/blank.csv")
        try FileManager.default.createDirectory(at: blank.deletingLastPathComponent(), withIntermediateDirectories: true)
        let probe = try OutputRuns.start(executable: URL(fileURLWithPath: "/bin/true"), [])
        _ = probe.finish()
        for next in probe.process.processIdentifier..<(probe.process.processIdentifier + 400) {
            try link(blank.deletingLastPathComponent().appendingPathComponent(".blank.csv.\(next).tmp"), to: victim)
        }
        #expect(try TapestryBinary.run(["template", "csv", "--output", blank.path]).status == 0)
        let linked = root.appendingPathComponent("forms/linked.csv")
        try link(linked, to: victim)
        #expect(try TapestryBinary.run(["template", "csv", "--output", linked.path]).status == 73)
        #expect(try TapestryBinary.run(["template", "csv", "--output", linked.path, "--force"]).status == 0)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: linked.path)) == nil)
        #expect(try String(contentsOf: linked, encoding: .utf8).hasPrefix("respondent,group,"))

        #expect(try OutputRuns.snapshot(outside) == untouched, "through one file's links")
        try OutputRuns.expectWhole(try OutputRuns.snapshot(fresh))
    }

    /// Two runs on one folder without --force: never both succeed.
    @Test func twoRunsOnOneFolderNeverBothSucceed() throws {
        let root = try TapestryBinary.temporaryFolder()
        let survey = root.appendingPathComponent("survey.csv")
        try OutputRuns.survey(respondents: 2000, seed: 3, answers: 1...5, to: survey)
        for trial in 0..<6 {
            let out = root.appendingPathComponent("out\(trial)")
            let inputs = trial % 2 == 0 ? [survey.path, survey.path] : [Self.sample, survey.path]
            let runs = try inputs.map { try OutputRuns.start(["assess", $0, "--output", out.path]) }
            let results = runs.map { $0.finish() }
            #expect(results.filter { $0.status == 0 }.count == 1, "trial \(trial): \(results.map(\.stderr))")
            for result in results where result.status != 0 {
                #expect(result.status == 73)
                #expect(result.stderr.contains("another tapestry run is writing there now") || result.stderr.contains("--force"), "\(result.stderr)")
            }
            try OutputRuns.expectWhole(try OutputRuns.snapshot(out))
            #expect(try OutputRuns.temporaries(of: out).isEmpty)
        }
    }

    /// While one run writes a folder, a second one on it stops at once, even with --force.
    @Test func aSecondRunStopsAtOnceWhileTheFirstWrites() throws {
        let root = try TapestryBinary.temporaryFolder()
        let survey = root.appendingPathComponent("survey.csv")
        try OutputRuns.survey(respondents: 10_000, seed: 4, answers: 1...5, to: survey)
        let out = root.appendingPathComponent("out")
        // Listing every respondent's answers makes the workbook slow enough to write.
        let first = try OutputRuns.start(["assess", survey.path, "--output", out.path, "--include-responses"])
        let deadline = Date().addingTimeInterval(120)
        while try OutputRuns.temporaries(of: out).isEmpty && first.process.isRunning && Date() < deadline { usleep(5_000) }
        let second = try OutputRuns.run(["assess", Self.sample, "--output", out.path, "--force"])
        let firstResult = first.finish()
        #expect(firstResult.status == 0, "\(firstResult.stderr)")
        #expect(second.status == 73)
        #expect(second.stderr.contains("another tapestry run is writing there now"), "\(second.stderr)")
        try OutputRuns.expectWhole(try OutputRuns.snapshot(out))
    }

    /// The workbooks no longer pass through TMPDIR: an unusable one does not matter (it used
    /// to end in a Foundation error and exit 1).
    @Test func anUnusableTemporaryFolderDoesNotStopAWorkbook() throws {
        let root = try TapestryBinary.temporaryFolder()
        let blocker = root.appendingPathComponent("a-file")
        try Data().write(to: blocker)
        let environment = ["TMPDIR": blocker.appendingPathComponent("tmp").path]
        let assess = try OutputRuns.run(["assess", Self.sample, "--format", "xlsx", "--output", root.appendingPathComponent("out").path],
                                        environment: environment)
        #expect(assess.status == 0, "\(assess.stderr)")
        let portfolio = try OutputRuns.run(["portfolio"] + PortfolioTests.folders + ["--output", root.appendingPathComponent("portfolio").path],
                                           environment: environment)
        #expect(portfolio.status == 0, "\(portfolio.stderr)")
    }
}
