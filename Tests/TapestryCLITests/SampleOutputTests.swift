import Foundation
import Testing

/// The outputs kept under samples/ are what the current code makes from the sample data.
/// `make samples` (TAPESTRY_RECORD_SAMPLES=1) writes them anew and fails on purpose.
@Suite struct SampleOutputTests {
    static let arguments = ["assess", "samples/riverside/responses.csv", "--group-by", "group",
                            "--coalition", "Riverside Food Justice Coalition"]

    @Test(arguments: [("terminal", "summary.txt"), ("json", "assessment.json")])
    func riversideOutputIsCurrent(format: String, file: String) throws {
        let result = try TapestryBinary.run(Self.arguments + ["--format", format])
        #expect(result.status == 0)
        let url = TapestryBinary.packageRoot.appendingPathComponent("samples/riverside/\(file)")
        if ProcessInfo.processInfo.environment["TAPESTRY_RECORD_SAMPLES"] != nil {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded samples/riverside/\(file); run again without TAPESTRY_RECORD_SAMPLES")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(result.stdout == expected, "samples/riverside/\(file) is out of date: run `make samples`")
    }

    @Test func riversideReportIsCurrent() throws {
        try Self.expectReportIsCurrent(arguments: Self.arguments, sample: "samples/riverside/report")
    }

    /// The three rounds of the Riverside project: the change between rounds and the map of
    /// connections, as a coordinator sees them.
    @Test func riversideRoundsReportIsCurrent() throws {
        // The folder's note names the project relative to where the report was written (here a
        // temporary folder), so it is left out of the sample.
        try Self.expectReportIsCurrent(arguments: ["assess", "--project", "samples/riverside"], sample: "samples/riverside/rounds-report",
                                       skipping: [".tapestry-report.json"])
    }

    /// Runs `arguments` with Markdown and HTML into a new folder and compares it with `sample`
    /// (or records it there under `make samples`).
    static func expectReportIsCurrent(arguments: [String], sample path: String, skipping: Set<String> = []) throws {
        let folder = try TapestryBinary.temporaryFolder()
        let result = try TapestryBinary.run(arguments + ["--format", "markdown", "--format", "html", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let sample = TapestryBinary.packageRoot.appendingPathComponent(path)
        let made = try Self.files(in: folder).filter { !skipping.contains($0) }
        if ProcessInfo.processInfo.environment["TAPESTRY_RECORD_SAMPLES"] != nil {
            try? FileManager.default.removeItem(at: sample)
            for name in made {
                let target = sample.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: target)
            }
            Issue.record("recorded \(path); run again without TAPESTRY_RECORD_SAMPLES")
            return
        }
        #expect(try Self.files(in: sample) == made, "\(path) is out of date: run `make samples`")
        for name in made {
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == Data(contentsOf: sample.appendingPathComponent(name)),
                    "\(path)/\(name) is out of date: run `make samples`")
        }
    }

    /// The workshop's comparison for the room, as Markdown and as a web page.
    @Test func workshopComparisonFilesAreCurrent() throws {
        let folder = try TapestryBinary.temporaryFolder().appendingPathComponent("out")
        let result = try TapestryBinary.run(["compare", "samples/workshop/tables.csv", "--group-by", "table", "--min-group-size", "1",
                                             "--format", "markdown", "--format", "html", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["comparison.md", "comparison.html"] {
            let made = try Data(contentsOf: folder.appendingPathComponent(name))
            let url = TapestryBinary.packageRoot.appendingPathComponent("samples/workshop/\(name)")
            if ProcessInfo.processInfo.environment["TAPESTRY_RECORD_SAMPLES"] != nil {
                try made.write(to: url)
                Issue.record("recorded samples/workshop/\(name); run again without TAPESTRY_RECORD_SAMPLES")
                continue
            }
            #expect(made == (try? Data(contentsOf: url)), "samples/workshop/\(name) is out of date: run `make samples`")
        }
    }

    static func files(in folder: URL) throws -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var names: [String] = []
        while let name = walker?.nextObject() as? String {
            var directory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &directory), !directory.boolValue {
                names.append(name)
            }
        }
        return names.sorted()
    }

    @Test func aTemplateCanBeCopiedAndChanged() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let template = folder.appendingPathComponent("short.mustache")
        try "# {{coalition}}\n\nHealth index: {{#facts}}{{label}} = {{value}}; {{/facts}}\n".write(to: template, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let result = try TapestryBinary.run(Self.arguments + ["--format", "markdown", "--output", output.path, "--template", template.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(contentsOf: output.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.hasPrefix("# Riverside Food Justice Coalition\n\nHealth index: Health index = 59 / 100;"))
        let missing = try TapestryBinary.run(Self.arguments + ["--format", "markdown", "--output", output.path, "--template", "no/such.mustache"])
        #expect(missing.status == 66)
    }

    @Test(arguments: [
        (["compare", "samples/workshop/tables.csv", "--group-by", "table", "--min-group-size", "1"], "samples/workshop/comparison.txt"),
        (["portfolio", "samples/portfolio/eastbank", "samples/portfolio/hillview", "samples/portfolio/northside", "--output", "OUTPUT"],
         "samples/portfolio/portfolio.md"),
    ])
    func workshopAndPortfolioOutputsAreCurrent(arguments: [String], file: String) throws {
        let folder = try TapestryBinary.temporaryFolder()
        let result = try TapestryBinary.run(arguments.map { $0 == "OUTPUT" ? folder.path : $0 })
        #expect(result.status == 0, "\(result.stderr)")
        let url = TapestryBinary.packageRoot.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["TAPESTRY_RECORD_SAMPLES"] != nil {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(file); run again without TAPESTRY_RECORD_SAMPLES")
            return
        }
        #expect(result.stdout == (try String(contentsOf: url, encoding: .utf8)), "\(file) is out of date: run `make samples`")
    }
}
