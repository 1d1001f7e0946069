import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Each limit of ``TextLimits`` exactly at its edge: the limit passes, one more fails with an
/// error that names the file, the line and (for a cell) the column.
@Suite struct TextLimitsTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    static func scan(_ text: [UInt8]) throws -> CSVShape {
        try CSVShape.scan(text, delimiter: ",", file: "big.csv")
    }

    static func bytes(_ parts: [UInt8]...) -> [UInt8] { parts.flatMap { $0 } }
    static func run(_ count: Int, of byte: Character) -> [UInt8] { [UInt8](repeating: byte.asciiValue!, count: count) }

    @Test func aCellOfTheLimitIsReadAndOneByteMoreIsNot() throws {
        let limit = TextLimits.maxCellBytes
        let atLimit = Self.bytes(Array("Q1,Q2\n1,".utf8), Self.run(limit, of: "a"), Array("\n".utf8))
        #expect(try Self.scan(atLimit).rows == 2)
        let over = Self.bytes(Array("Q1,Q2\n1,".utf8), Self.run(limit + 1, of: "a"), Array("\n".utf8))
        #expect(throws: ImportError.cellTooLong(file: "big.csv", line: 2, column: 2)) { try Self.scan(over) }
        // Quotes count as written: a quoted cell of limit - 2 characters is the limit.
        let quoted = Self.bytes(Array("Q1\n\"".utf8), Self.run(limit - 2, of: "a"), Array("\"\n".utf8))
        #expect(try Self.scan(quoted).rows == 2)
        let quotedOver = Self.bytes(Array("Q1\n\"".utf8), Self.run(limit - 1, of: "a"), Array("\"".utf8))
        #expect(throws: ImportError.cellTooLong(file: "big.csv", line: 2, column: 1)) { try Self.scan(quotedOver) }
        #expect(ImportError.cellTooLong(file: "big.csv", line: 2, column: 2).description
            == "big.csv:2: column 2: this cell is longer than 1 MiB, the most tapestry reads in one cell. "
            + "Shorten it, or check that no quote (\") is missing before it.")
    }

    @Test func aRowOfTheLimitIsReadAndOneByteMoreIsNot() throws {
        // 16 cells: 15 of 1 MiB - 1 with their delimiters, and a last one that makes the row
        // exactly 16 MiB (no cell above its own limit).
        let cell = TextLimits.maxCellBytes
        func row(lastCell: Int) -> [UInt8] {
            var bytes = Array("Q1\n".utf8)
            for _ in 0..<15 { bytes += Self.run(cell - 1, of: "a") + [UInt8(ascii: ",")] }
            return bytes + Self.run(lastCell, of: "b") + [UInt8(ascii: "\n")] + Array("1\n".utf8)
        }
        let last = TextLimits.maxRecordBytes - 15 * cell
        #expect(try Self.scan(row(lastCell: last)).rows == 3)
        #expect(throws: ImportError.rowTooLong(file: "big.csv", line: 2, insideQuotes: false)) { try Self.scan(row(lastCell: last + 1)) }
    }

    @Test func aQuoteNeverClosedIsCaughtAtTheRowLimit() throws {
        let text = Self.bytes(Array("Q1,Q2\n1,\"open\n".utf8), Self.run(TextLimits.maxRecordBytes, of: "a"))
        let error = #expect(throws: ImportError.self) { try Self.scan(text) }
        #expect(error == .rowTooLong(file: "big.csv", line: 2, insideQuotes: true))
        #expect(error?.description.contains("closing quote") == true)
    }

    @Test func theColumnLimitIsReadAndOneMoreIsNot() throws {
        let limit = TextLimits.maxColumns
        let atLimit = Array(([String](repeating: "c", count: limit).joined(separator: ",") + "\n1\n").utf8)
        #expect(try Self.scan(atLimit).rows == 2)
        let over = Array(("1\n" + [String](repeating: "c", count: limit + 1).joined(separator: ",") + "\n").utf8)
        #expect(throws: ImportError.tooManyColumns(file: "big.csv", line: 2)) { try Self.scan(over) }
        // A trailing delimiter is one more (empty) column.
        let trailing = Array(([String](repeating: "c", count: limit).joined(separator: ",") + ",\n").utf8)
        #expect(throws: ImportError.tooManyColumns(file: "big.csv", line: 1)) { try Self.scan(trailing) }
    }

    @Test func theRowLimitCountsBlankRowsAndStopsAtTheFirstRowBeyond() throws {
        let limit = TextLimits.maxRows
        let atLimit = Array("Q1\n".utf8) + Self.run(limit - 1, of: "\n")
        #expect(try Self.scan(atLimit).rows == limit)
        let over = Array("Q1\n".utf8) + Self.run(limit, of: "\n")
        #expect(throws: ImportError.tooManyRows(file: "big.csv", line: limit + 1)) { try Self.scan(over) }
        // A last row without a line break counts too.
        #expect(throws: ImportError.tooManyRows(file: "big.csv", line: limit + 1)) { try Self.scan(atLimit + Array("1".utf8)) }
    }

    @Test func aCodePageFileIsCountedBeforeItIsDecoded() throws {
        // Windows-1252 (0xE9 is é): the rows are counted on the raw bytes, at the same edge.
        let limit = TextLimits.maxRows
        let atLimit = Array("Q1\n".utf8) + Self.run(limit - 2, of: "\n") + [0xE9]
        #expect(throws: Never.self) { try CSVShape.checkRowCount(atLimit, delimiter: ",", file: "w.csv") }
        #expect(throws: ImportError.tooManyRows(file: "w.csv", line: limit + 1)) {
            try CSVShape.checkRowCount(atLimit + [0x0A, 0xE9], delimiter: ",", file: "w.csv")
        }
        let tooMany = Array("Q1,Q2\n".utf8) + [UInt8]((0..<(limit * 2)).map { $0.isMultiple(of: 2) ? 0xE9 : 0x0A })
        #expect(DecodedText.needsCodePage(tooMany))
        #expect(throws: ImportError.tooManyRows(file: "w.csv", line: limit + 1)) {
            try SurveyFile(bytes: tooMany, path: "w.csv", instrument: Self.instrument)
        }
    }

    @Test func theFileSizeLimitIsCheckedBeforeReading() throws {
        #expect(throws: Never.self) { try SurveyFile.checkSize(TextLimits.maxFileBytes, path: "big.csv") }
        #expect(throws: ImportError.fileTooLarge(file: "big.csv")) { try SurveyFile.checkSize(TextLimits.maxFileBytes + 1, path: "big.csv") }
        // A sparse file one byte over the limit is refused without being read.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-sparse-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        _ = FileManager.default.createFile(atPath: url.path, contents: Data("Q1\n1\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(TextLimits.maxFileBytes + 1))
        try handle.close()
        let start = ContinuousClock.now
        #expect(throws: ImportError.fileTooLarge(file: url.path)) { try SurveyFile.open(url.path, instrument: Self.instrument) }
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(ImportError.fileTooLarge(file: "big.csv").description.hasPrefix("big.csv: the file is larger than 2 GiB"))
    }

    @Test func limitsAreFarAboveARealSurvey() {
        // A million respondents answering 51 items, with a Qualtrics header: about 150 MB.
        #expect(TextLimits.maxFileBytes >= 2 * 1024 * 1024 * 1024)
        #expect(TextLimits.maxRows >= 1_000_003)
        #expect(TextLimits.maxColumns >= 16_384)
        #expect(TextLimits.maxCellBytes >= 32_767 * 4)
        #expect(ImportError.tooManyRows(file: "f.csv", line: 2_000_001).description.contains("more than 2,000,000 rows"))
        #expect(ImportError.tooManyColumns(file: "f.csv", line: 1).description.contains("more than 16,384 columns"))
    }

    @Test func openingAFileAppliesTheLimits() throws {
        let over = Array("Q1,Q2\n1,".utf8) + Self.run(TextLimits.maxCellBytes + 1, of: "a")
        #expect(throws: ImportError.cellTooLong(file: "in.csv", line: 2, column: 2)) {
            try SurveyFile(bytes: over, path: "in.csv", instrument: Self.instrument)
        }
        #expect(throws: ImportError.cannotOpen(file: "/no/such/file.csv", reason: "no such file")) {
            try SurveyFile.open("/no/such/file.csv", instrument: Self.instrument)
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: ImportError.cannotOpen(file: folder, reason: "it is a folder, not a file")) {
            try SurveyFile.open(folder, instrument: Self.instrument)
        }
    }
}
