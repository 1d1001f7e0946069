import Foundation
import Testing
@testable import TapestryImport
import TapestryScoring

/// Binary files (images, archives, documents renamed `.csv`) are refused as not being exports;
/// text with a few stray control characters is still read.
@Suite struct BinaryInputTests {
    @Test func aNulByteOrManyControlCharactersMeanBinary() {
        #expect(DecodedText.looksBinary(Array("a,b\n1,\u{0}2\n".utf8)))
        var generator = SystemRandomNumberGenerator()
        let random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(DecodedText.looksBinary(CodePage.windows1252.utf8(random) ?? random))
    }

    @Test func strayControlCharactersInTextAreNotBinary() {
        #expect(!DecodedText.looksBinary(Array("a\u{1B}]0;x\u{07},b\u{1B}[2J\n1,2\n".utf8)))      // 4 < the minimum of 16
        let cells = String(repeating: "1,2,3,4,5,\u{1B}\n", count: 100)                            // 100 in 1,200 bytes: 8 %
        #expect(DecodedText.looksBinary(Array(cells.utf8)))
        let sparse = String(repeating: "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,\u{1B}\n", count: 100)  // 2 %
        #expect(!DecodedText.looksBinary(Array(sparse.utf8)))
        #expect(!DecodedText.looksBinary([]))
    }

    @Test func aBinaryFileIsRefusedByName() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array(repeating: 0, count: 100)
        #expect(throws: ImportError.notText(file: "photo.csv")) {
            _ = try SurveyFile(data: Data(png), path: "photo.csv", instrument: try Instrument.partnershipHealth())
        }
    }
}
