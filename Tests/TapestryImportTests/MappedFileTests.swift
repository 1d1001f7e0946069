import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Large UTF-8 files are mapped into memory rather than read (``ByteStore``) and split into
/// parts at record boundaries; they give what the same bytes read into memory give. Files
/// that are not UTF-8 are still read and decoded whole.
@Suite struct MappedFileTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    /// A file of about `rows` × 40 bytes with multi-line quoted cells, written with `prefix`.
    static func write(rows: Int, prefix: [UInt8] = [], comment: String = "fine", encoding: String.Encoding = .utf8,
                      named name: String) throws -> (path: String, bytes: [UInt8]) {
        var text = "respondent,Q1,Q2,comments\n"
        for row in 0..<rows {
            text += "r\(row),\(row % 5 + 1),\(["SA", "D", "Don't know", "7"][row % 4]),\(row % 3 == 0 ? "\"two\nlines, \(comment)\"" : comment)\n"
        }
        let bytes = prefix + [UInt8](try #require(text.data(using: encoding)))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-mapped-\(ProcessInfo.processInfo.processIdentifier)-\(name)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, bytes)
    }

    /// One reader for every file, so that respondents' link keys are the same.
    static let reader = ExportReader(instrument: instrument, options: ImportOptions())

    static func outcome(_ file: SurveyFile) throws -> (rounds: [RoundResult], findings: [Finding]) {
        var builder = AssessmentBuilder(instrument: instrument)
        let report = try reader.read(file, defaultRound: "r", into: &builder)
        return (builder.results(options: ScoringOptions()), report.findings)
    }

    @Test func mappedFileReadsLikeBytesInMemory() throws {
        for bom in [false, true] {
            let (path, bytes) = try Self.write(rows: 200_000, prefix: bom ? [0xEF, 0xBB, 0xBF] : [], named: "utf8-\(bom).csv")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let mapped = try SurveyFile.open(path, instrument: Self.instrument)
            let inMemory = try SurveyFile(data: Data(bytes), path: path, instrument: Self.instrument)
            #expect(mapped.encoding == (bom ? "utf-8-bom" : "utf-8"))
            // Over 4 MB: split where the check of the file chose, every record once.
            let parts = mapped.dataParts()
            #expect(parts.count == bytes.count / CSVShape.partBytes + 1)
            #expect(parts.dropFirst().allSatisfy { $0.start > 0 && $0.skip == 0 })
            #expect(parts.count >= 2)
            #expect(parts.flatMap { Array(mapped.records(in: $0)) } == Array(inMemory.dataRecords()))
            if bom { continue }
            let (rounds, findings) = try Self.outcome(mapped)
            let expected = try Self.outcome(inMemory)
            #expect(rounds == expected.rounds)
            #expect(findings == expected.findings)
            #expect(rounds[0].rows.read == 200_000)
        }
    }

    @Test func largeFileInACodePageIsStillDecoded() throws {
        // "café" in windows-1252: not UTF-8, so the file is read and decoded, not mapped.
        let (path, bytes) = try Self.write(rows: 60_000, comment: "café", encoding: .windowsCP1252, named: "cp1252.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(bytes.count > SurveyFile.mappedMinimumBytes)
        let file = try SurveyFile.open(path, instrument: Self.instrument)
        #expect(file.encoding == "windows-1252")
        #expect(Array(file.dataRecords()).last?.fields.last == "café")
    }
}
