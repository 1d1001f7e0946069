import ArgumentParser
import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring
import Testing
@testable import tapestry

/// The exit-code contract of cli.md: every error a library throws becomes 64, 65, 66 or 73
/// with a message that names the file, and nothing else reaches the process's exit.
@Suite struct ExitStatusTests {
    static let file = "/data/answers.csv"

    /// One of every library error case, and the code it must end with.
    static let errors: [(error: any Error, code: Int32)] = [
        (ImportError.cannotOpen(file: file, reason: "no such file"), 66),
        (ImportError.empty(file: file), 65),
        (ImportError.noItemColumns(file: file, line: 1, headers: ["a"]), 65),
        (ImportError.groupColumnNotFound(file: file, column: "team", headers: ["a"]), 64),
        (ImportError.unterminatedQuote(file: file, line: 3), 65),
        (ImportError.personalGroupColumn(file: file, column: "Email"), 64),
        (ImportError.noTimestampColumn(file: file), 65),
        (ImportError.invalidProject(file: file, line: 2, problem: "unknown setting"), 64),
        (ImportError.invalidMapping(file: file, line: 2, problem: "unknown item"), 64),
        (ImportError.unreadableWorkbook(file: file, problem: "it is not a zip archive"), 65),
        (ImportError.tooManyGroups(file: file, line: 9, column: "group", limit: 5000), 65),
        (ImportError.settingsFileTooLarge(file: file, limit: 4 << 20), 64),
        (ImportError.fileTooLarge(file: file), 65),
        (ImportError.rowTooLong(file: file, line: 2, insideQuotes: true), 65),
        (ImportError.tooManyColumns(file: file, line: 1), 65),
        (ImportError.cellTooLong(file: file, line: 2, column: 3), 65),
        (ImportError.tooManyRows(file: file, line: 2_000_001), 65),
        (ImportError.noResponses(files: [file]), 65),
        (ImportError.notText(file: file), 65),
        (ImportError.workbookLimit(file: file, place: "sheet row 1, cell ZZZZZZZ1", problem: "beyond XFD"), 65),
        (ImportError.linkColumnNotFound(file: file, column: "Member no.", headers: ["a"]), 64),
        (ImportError.invalidMembers(file: file, line: 3, problem: "a name is missing"), 64),
        (InstrumentError.syntax(file: file, line: 1, column: 1, problem: "bad"), 64),
        (InstrumentError.invalid(file: file, line: 1, column: 1, problem: "bad"), 64),
        (OutputError.exists(path: file), 73),
        (OutputError.cannotWrite(path: file, reason: "read-only"), 73),
        (OutputError.reportExists(path: file, project: nil), 73),
        (OutputError.foreignFiles(path: file, names: ["notes.txt"]), 73),
        (OutputError.busy(path: file), 73),
        (OutputError.holdsWorkingFolder(path: file), 73),
        (ReportError.workbook("\(file): bad sheet"), 73),
        (ReportError.template("\(file): bad template"), 64),
        (CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file]), 73),
        (CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: file]), 66),
    ]

    @Test func everyLibraryErrorHasItsCodeAndNamesTheFile() {
        for (error, code) in Self.errors {
            let outcome = ExitStatus.outcome(of: error)
            #expect(outcome.code.rawValue == code, "\(error)")
            #expect(ExitStatus.contract.contains(outcome.code.rawValue), "\(error)")
            #expect(outcome.message.contains(Self.file), "\(error): \(outcome.message)")
        }
    }

    @Test func anUnknownErrorStillKeepsTheContract() {
        struct Surprise: Error {}
        let outcome = ExitStatus.outcome(of: Surprise())
        #expect(ExitStatus.contract.contains(outcome.code.rawValue))
        #expect(outcome.message.contains("Please report it"))
    }

    /// Every error type that `Sources/` throws is one this suite covers (or one that its own
    /// library turns into a covered type before it leaves, like the workbook wrapper's).
    @Test func sourcesThrowOnlyKnownErrorTypes() throws {
        let known: Set<String> = ["ImportError", "InstrumentError", "OutputError", "ReportError", "ValidationError",
                                  "ExitStatus", "ExitCode", "CleanExit",
                                  // Internal to the report library, turned into ReportError/OutputError there.
                                  "XlsxError", "SystemError",
                                  // SettingsYAML.Problem and MustacheOutline.Problem: turned into each loader's own error.
                                  "Problem",
                                  // The workshop server's refusals: HTTP 4xx answers (TapestryServe), never an exit code.
                                  "Refusal"]
        let sources = TapestryBinary.packageRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let pattern = try Regex(#"throw ([A-Z][A-Za-z]*)"#)
        var found: Set<String> = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let name = match.output[1].substring { found.insert(String(name)) }
            }
        }
        #expect(found.subtracting(known).isEmpty, "thrown but not in the contract test: \(found.subtracting(known).sorted())")
    }

    /// Every case of the libraries' error enums appears in ``errors`` (a new case must be added
    /// there, with its code).
    @Test func everyCaseOfEveryErrorEnumIsListed() throws {
        let enums = ["ImportError": "TapestryImport/ImportError.swift", "InstrumentError": "TapestryScoring/Instrument/InstrumentError.swift",
                     "OutputError": "TapestryReport/Output/OutputError.swift", "ReportError": "TapestryReport/ReportError.swift"]
        let declaration = try Regex(#"(?m)^    case ([a-zA-Z]+)"#)
        for (name, path) in enums {
            let text = try String(contentsOf: TapestryBinary.packageRoot.appendingPathComponent("Sources/\(path)"), encoding: .utf8)
            let declared = Set(text.matches(of: declaration).compactMap { $0.output[1].substring.map(String.init) })
            let listed = Set(Self.errors.filter { "\(type(of: $0.error))" == name }
                .compactMap { Mirror(reflecting: $0.error).children.first?.label })
            #expect(declared == listed, "\(name): cases not listed: \(declared.subtracting(listed).sorted())")
        }
    }
}
