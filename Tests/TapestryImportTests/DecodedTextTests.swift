import Foundation
import TapestryTestSupport
import Testing
@testable import TapestryImport

/// Byte-order marks, strict UTF-8 and the Windows-1252 fallback.
@Suite struct DecodedTextTests {
    @Test func byteOrderMarksAreRecognisedAndRemoved() {
        #expect(DecodedText(data: Data([0xEF, 0xBB, 0xBF] + Array("é,x".utf8))) == DecodedText.of("é,x", "utf-8-bom"))
        let utf16le = Data([0xFF, 0xFE] + "é\tx".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(DecodedText(data: utf16le) == DecodedText.of("é\tx", "utf-16le"))
        let utf16be = Data([0xFE, 0xFF] + "é\tx".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(DecodedText(data: utf16be) == DecodedText.of("é\tx", "utf-16be"))
    }

    @Test func invalidUTF8FallsBackToWindows1252() {
        // 0xE9 is é and 0x80 is € in Windows-1252; neither is valid UTF-8 on its own.
        #expect(DecodedText(data: Data([0x63, 0x61, 0x66, 0xE9, 0x3B, 0x80])) == DecodedText.of("café;€", "windows-1252"))
        #expect(DecodedText(data: Data("plain".utf8)).encoding == "utf-8")
    }
}

/// Large files are decoded a block at a time; the blocks must not change the result.
@Suite struct DecodedTextBlockTests {
    static let block = 1 << 16

    @Test func utf8IsCheckedAcrossBlockBoundaries() {
        // A character of four bytes across the first boundary, at each of its offsets.
        for offset in 1...3 {
            let valid = [UInt8](repeating: 0x61, count: Self.block - offset) + Array("😀".utf8) + Array("tail".utf8)
            #expect(DecodedText.isValidUTF8(valid), "offset \(offset)")
            var cut = valid
            cut.remove(at: Self.block - offset + 3)  // the character loses its last byte
            #expect(!DecodedText.isValidUTF8(cut), "offset \(offset)")
        }
        // Four continuation bytes in a row at the boundary are never valid.
        let run = [UInt8](repeating: 0x61, count: Self.block - 2) + [0x80, 0x80, 0x80, 0x80, 0x61]
        #expect(!DecodedText.isValidUTF8(run))
        let lone = [UInt8](repeating: 0x61, count: Self.block) + [0x80]
        #expect(!DecodedText.isValidUTF8(lone))
    }

    @Test func aValidUTF8FileKeepsItsBytesAndLosesItsMark() {
        let text = String(repeating: "é,ü;😀\n", count: 40_000)
        #expect(DecodedText(bytes: Array(text.utf8)) == DecodedText.of(text, "utf-8"))
        #expect(DecodedText(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8)) == DecodedText.of(text, "utf-8-bom"))
        // Invalid bytes after a mark are replaced, as before.
        #expect(DecodedText(bytes: [0xEF, 0xBB, 0xBF, 0x61, 0xFF]).text == "a\u{FFFD}")
    }

    @Test func utf16SurrogatePairsAcrossBlocks() {
        let units = 1 << 15
        for offset in 0...2 {
            let text = String(repeating: "a", count: units - 1 - offset) + "😀x" + String(repeating: "b", count: 5)
            let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            #expect(DecodedText(bytes: little).text == text, "offset \(offset)")
        }
        // An unpaired high surrogate, before another high one that has its pair, across a boundary.
        let codes = [UInt16](repeating: 0x61, count: units - 1) + [0xD83D, 0xD83D, 0xDE00, 0x62]
        let big: [UInt8] = [0xFE, 0xFF] + codes.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(DecodedText(bytes: big).text == String(decoding: codes, as: UTF16.self))
        #expect(DecodedText(bytes: big).text.hasSuffix("a\u{FFFD}😀b"))
    }

    @Test func utf16PiecesSplitAnywhereDecodeAsTheWhole() {
        var random = SeededGenerator(seed: 16)
        let choices: [UInt16] = [0x61, 0x2C, 0x0A, 0xE9, 0xD83D, 0xDE00, 0xDBFF, 0xDC00, 0x4E2D]
        for _ in 0..<2_000 {
            let units = (0..<Int.random(in: 0...12, using: &random)).map { _ in choices.randomElement(using: &random)! }
            let littleEndian = Bool.random(using: &random)
            var bytes = units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            if Bool.random(using: &random) { bytes.append(0x61) }  // an odd last byte is dropped
            var decoder = UTF16Decoder(littleEndian: littleEndian)
            var start = 0
            bytes.withUnsafeBufferPointer { buffer in
                while start < buffer.count {
                    let end = min(buffer.count, start + Int.random(in: 1...5, using: &random))
                    decoder.append(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                    start = end
                }
            }
            #expect(String(decoding: decoder.finish(), as: UTF8.self) == String(decoding: units, as: UTF16.self), "\(units)")
        }
    }

    @Test func aUTF16FileIsDecodedAsItIsRead() throws {
        let text = "respondent\tQ1\tQ2\n" + (0..<50_000).map { "r\($0)\t4\t😀\n" }.joined()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("utf16-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: URL(fileURLWithPath: path))
        let file = try SurveyFile.open(path, instrument: CanonicalCSVReaderTests.instrument)
        #expect(file.encoding == "utf-16le" && file.delimiter == "\t")
        let records = Array(file.dataRecords())
        #expect(records.count == 50_000)
        #expect(records.last?.fields == ["r49999", "4", "😀"])
    }

    @Test func singleByteCodePagesDecodeLargeFiles() {
        let bytes = [UInt8]((0..<100_000).map { $0.isMultiple(of: 7) ? 0xE9 : 0x61 })
        let decoded = DecodedText(bytes: bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text == String(bytes: bytes, encoding: .windowsCP1252))
        // A byte Windows-1252 leaves undefined reads the file as UTF-8 with replacements, as before.
        #expect(DecodedText(bytes: [0x61, 0xE9, 0x81]).text == String(decoding: [0x61, 0xE9, 0x81] as [UInt8], as: UTF8.self))
    }
}

extension DecodedText {
    static func of(_ text: String, _ encoding: String) -> DecodedText {
        var decoded = DecodedText(data: Data(text.utf8))
        decoded.text = text
        decoded.encoding = encoding
        return decoded
    }
}
