import Foundation
import Testing
import TapestryImport
import TapestryScoring

/// Hostile mapping and project files end in an ``ImportError`` that names the file: keys
/// built from aliases (no answer within 60 s before), numbers Yams reads as base 60 (a trap),
/// too many rounds; and settings files too large to read.
@Suite(.timeLimit(.minutes(1))) struct SettingsFileLimitsTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    static let laughs: String = {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        return yaml
    }()

    private func problem(_ body: () throws -> Any) -> ImportError? {
        do {
            _ = try body()
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func aMappingFileBuiltFromAliasesEndsAtOnce() throws {
        let started = Date()
        let yaml = "columns:\n" + Self.laughs.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
            + "\nmissing:\n  ? [*i]\n  : 1\n"
        let error = try #require(problem { try MappingFile.load(yaml: yaml, file: "m.yaml", instrument: Self.instrument) })
        guard case let .invalidMapping(file, line, message) = error else { Issue.record("\(error)"); return }
        #expect(file == "m.yaml" && line != nil && message.contains("counted as a copy"))
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func aMappingLabelYamsWouldReadAsBase60IsAClearError() throws {
        // Was a crash: Yams's Node.int multiplied by 60 eleven times and overflowed.
        let error = try #require(problem {
            try MappingFile.load(yaml: "labels:\n  Yes: 1:0:0:0:0:0:0:0:0:0:0:0\n", file: "m.yaml", instrument: Self.instrument)
        })
        #expect(error == .invalidMapping(file: "m.yaml", line: 2, problem: "a label must map to a whole number from 1 to 5."))
        // Plain numbers still work, and `010` is ten, not octal eight.
        let mapping = try MappingFile.load(yaml: "labels:\n  Yes: 5\n  No: 01\n", file: "m.yaml", instrument: Self.instrument)
        #expect(mapping.labels == ["Yes": 5, "No": 1])
    }

    @Test func aMappingFileThatIsNotYAMLNamesThePlace() throws {
        let error = try #require(problem { try MappingFile.load(yaml: "columns:\n  a: [1\n", file: "m.yaml", instrument: Self.instrument) })
        guard case let .invalidMapping(_, line, message) = error else { Issue.record("\(error)"); return }
        #expect(line != nil && message.hasPrefix("not valid YAML ("))
    }

    @Test func aProjectFileBuiltFromAliasesEndsAtOnce() throws {
        let started = Date()
        let error = try #require(problem { try ProjectFile.parse(Self.laughs + "rounds:\n  - file: a.csv\n", path: "/p/tapestry.yaml") })
        guard case let .invalidProject(file, _, message) = error else { Issue.record("\(error)"); return }
        #expect(file == "/p/tapestry.yaml" && message.contains("counted as a copy"))
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func aProjectMinimumGroupSizeYamsWouldReadAsBase60IsAClearError() throws {
        let error = try #require(problem {
            try ProjectFile.parse("min-group-size: 1:0:0:0:0:0:0:0:0:0:0:0\nrounds:\n  - file: a.csv\n", path: "/p/tapestry.yaml")
        })
        #expect(error == .invalidProject(file: "/p/tapestry.yaml", line: 1, problem: "`min-group-size` must be a whole number of at least 1."))
    }

    @Test func roundsAreBoundedInclusively() throws {
        let limit = ProjectFile.maximumRounds
        func project(_ rounds: Int) -> String { "rounds:\n" + String(repeating: "  - file: a.csv\n", count: rounds) }
        #expect(try ProjectFile.parse(project(limit), path: "/p/tapestry.yaml").rounds.count == limit)
        let error = try #require(problem { try ProjectFile.parse(project(limit + 1), path: "/p/tapestry.yaml") })
        #expect(error == .invalidProject(file: "/p/tapestry.yaml", line: 2, problem:
            "there are \(limit + 1) rounds; a project may list at most \(limit). Start a new project folder for later rounds."))
    }

    @Test func settingsFilesAreReadUpToTheirLimitInclusively() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let atLimit = folder.appendingPathComponent("at.yaml")
        try Data(repeating: UInt8(ascii: "#"), count: SettingsFiles.maximumBytes).write(to: atLimit)
        #expect(try SettingsFiles.text(atLimit.path).utf8.count == SettingsFiles.maximumBytes)
        let over = folder.appendingPathComponent("over.yaml")
        try Data(repeating: UInt8(ascii: "#"), count: SettingsFiles.maximumBytes + 1).write(to: over)
        let error = try #require(problem { try SettingsFiles.text(over.path) })
        #expect(error == .settingsFileTooLarge(file: over.path, limit: SettingsFiles.maximumBytes))
        #expect(error.description.hasPrefix("\(over.path): this file is larger than 4 MB"))
        // A device that never ends is read only up to the limit.
        #expect(problem { try SettingsFiles.text("/dev/zero") } == .settingsFileTooLarge(file: "/dev/zero", limit: SettingsFiles.maximumBytes))
    }

    @Test func aProjectFileInAnotherEncodingIsRead() throws {
        // Was "cannot open" (exit 66): the project file was read as strict UTF-8 only.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = Data("coalition: Caf".utf8)
        bytes.append(0xE9)  // é in Windows-1252
        bytes.append(contentsOf: Data("\nrounds:\n  - file: a.csv\n".utf8))
        try bytes.write(to: folder.appendingPathComponent(ProjectFile.fileName))
        #expect(try ProjectFile.load(folder.path).coalition == "Café")
    }
}
