import Foundation
import Testing
import TapestryImport

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

extension DecodedText {
    static func of(_ text: String, _ encoding: String) -> DecodedText {
        var decoded = DecodedText(data: Data(text.utf8))
        decoded.text = text
        decoded.encoding = encoding
        return decoded
    }
}
