import Foundation
import TapestryTestSupport
import Testing

/// Every case of `Tests/BadInputs/` (see its README): a broken or hostile input ends in the
/// exit code and message its `case.json` expects, leaves its inputs as they were, writes
/// nothing when it fails, and costs at most 5 s of CPU and 200 MB of memory.
@Suite struct BadInputCorpusTests {
    static let folder = TapestryBinary.packageRoot.appendingPathComponent("Tests/BadInputs")
    static let cpuLimit = 5.0
    static let memoryLimitMB = 200.0

    struct Case: Decodable, CustomTestStringConvertible {
        var name = ""
        var description: String
        var input: String
        var args: [String]
        var exit: Int32
        var stderr: [String]?
        var stdout: [String]?

        var testDescription: String { name }

        private enum CodingKeys: String, CodingKey { case description, input, args, exit, stderr, stdout }
    }

    static let cases: [Case] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            let file = folder.appendingPathComponent(name).appendingPathComponent("case.json")
            guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
            guard var decoded = try? JSONDecoder().decode(Case.self, from: data) else {
                return Case(name: name, description: "case.json does not parse", input: "", args: [], exit: -1)
            }
            decoded.name = name
            return decoded
        }
    }()

    @Test func theCorpusIsLarge() {
        #expect(Self.cases.count >= 60, "issue 9 asks for at least 60 cases; there are \(Self.cases.count)")
    }

    @Test(arguments: cases)
    func endsClearlyWithinLimits(_ testCase: Case) throws {
        try #require(testCase.exit >= 0, "\(testCase.name): case.json does not parse")
        let source = Self.folder.appendingPathComponent(testCase.name)
        let work = try TapestryBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name != "case.json" && name != "make.py" {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: work.appendingPathComponent(name))
        }
        let maker = source.appendingPathComponent("make.py")
        if FileManager.default.fileExists(atPath: maker.path) {
            let made = try Python.run([maker.path, work.path])
            try #require(made.status == 0, "\(testCase.name): make.py failed: \(made.output)")
        }
        let inputPath = work.appendingPathComponent(testCase.input).path
        try #require(FileManager.default.fileExists(atPath: inputPath), "\(testCase.name): no input \(testCase.input)")
        let before = try Self.snapshot(work)
        let out = work.appendingPathComponent("out")
        let arguments = testCase.args.map {
            $0.replacingOccurrences(of: "{input}", with: inputPath)
                .replacingOccurrences(of: "{out}", with: out.path)
                .replacingOccurrences(of: "{dir}", with: work.path)
        }

        let run = try MeasuredRun.run(arguments, in: work)

        #expect(!run.killed, "\(testCase.name): still running after a minute")
        #expect(run.status == testCase.exit, "\(testCase.name): exit \(run.status), expected \(testCase.exit); stderr: \(run.stderr.prefix(600))")
        for fragment in testCase.stderr ?? [] {
            #expect(run.stderr.localizedCaseInsensitiveContains(fragment), "\(testCase.name): stderr lacks “\(fragment)”: \(run.stderr.prefix(600))")
        }
        for fragment in testCase.stdout ?? [] {
            #expect(run.stdout.unwrapped.localizedCaseInsensitiveContains(fragment), "\(testCase.name): stdout lacks “\(fragment)”")
        }
        #expect(!run.stderr.contains("Fatal error"), "\(testCase.name): \(run.stderr.prefix(600))")
        #expect(run.cpuSeconds <= Self.cpuLimit, "\(testCase.name): \(run.cpuSeconds) s of CPU")
        #expect(run.peakMegabytes <= Self.memoryLimitMB, "\(testCase.name): \(run.peakMegabytes) MB at peak")

        let after = try Self.snapshot(work)
        for (name, contents) in before {
            #expect(after[name] == contents, "\(testCase.name): the input \(name) was changed")
        }
        if run.status != 0 {
            let added = Set(after.keys).subtracting(before.keys)
            #expect(added.isEmpty, "\(testCase.name): a failed run wrote \(added.sorted())")
        }
    }

    /// Every file below `folder` (hidden ones too) and its contents.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let prefix = folder.resolvingSymlinksInPath().path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker {
            let path = url.resolvingSymlinksInPath().path
            let name = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files[name] = try Data(contentsOf: url)
            } else {
                files[name] = Data()
            }
        }
        return files
    }
}
