import Foundation
import Testing
@testable import TapestryImport

/// Windows-1252 unless there is positive evidence of Mac OS Roman
/// (``DecodedText/looksLikeMacRoman(_:)``).
@Suite struct MacRomanEvidenceTests {
    static func bytes(_ parts: [Any]) -> [UInt8] {
        parts.flatMap { part -> [UInt8] in
            if let text = part as? String { return Array(text.utf8) }
            return [part as! UInt8]
        }
    }

    /// A Microsoft Forms export re-saved by Excel as "CSV" on Windows: no BOM, LF line ends
    /// (the Excel of the issue), Windows-1252, a right single quote (0x92) inside a word.
    static let microsoftFormsResaved: [UInt8] = bytes([
        "ID,Start time,Completion time,Email,Name,Which department are you in?,Meetings are useful\n",
        "1,1/15/24 10:20:01,1/15/24 10:23:45,anonymous,,Computer Science", UInt8(0x92), "s outreach team,Agree\n",
        "2,1/15/24 11:00:00,1/15/24 11:02:10,anonymous,,Food Bank,Strongly agree\n",
    ])

    @Test func aRightSingleQuoteInAWordIsWindows1252() {
        let decoded = DecodedText(bytes: Self.microsoftFormsResaved)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.contains("Computer Science’s outreach team"))
        #expect(!decoded.text.contains("Scienceís"))
    }

    @Test(arguments: [
        // “Yes” – … — • ‘ok’ : typographic punctuation, the common case.
        bytes([UInt8(0x93), "Yes", UInt8(0x94), " we agree ", UInt8(0x96), " mostly", UInt8(0x85), "\n"]),
        bytes(["It", UInt8(0x92), "s fine", UInt8(0x97), "really\n", UInt8(0x95), " point\n", UInt8(0x91), "ok", UInt8(0x92), "\n"]),
        // Accented letters at 0xC0–0xFF: café, Münster, Straße, ¿Qué?
        bytes(["Caf", UInt8(0xE9), " M", UInt8(0xFC), "nster;Stra", UInt8(0xDF), "e;", UInt8(0xBF), "Qu", UInt8(0xE9), "?\r\n"]),
        // don´t (acute accent as an apostrophe), œuvre.
        bytes(["don", UInt8(0xB4), "t, c", UInt8(0x9C), "ur\n"]),
        // High bytes beside no letter count for neither: Windows-1252 with LF.
        bytes(["Score ", UInt8(0x96), " 3\n", UInt8(0x80), "100\n"]),
    ])
    func windows1252(bytes: [UInt8]) {
        #expect(!DecodedText.looksLikeMacRoman(bytes))
        #expect(DecodedText(bytes: bytes).encoding == "windows-1252")
    }

    @Test(arguments: [
        // Café Münster: é (0x8E) and ü (0x9F), Ž and Ÿ in Windows-1252.
        bytes(["Caf", UInt8(0x8E), " M", UInt8(0x9F), "nster,Agree\n"]),
        // don’t and “Yes” in Mac OS Roman: ’ is 0xD5 (Õ in Windows-1252), ” 0xD3 (Ó).
        bytes(["don", UInt8(0xD5), "t ", UInt8(0xD2), "Yes", UInt8(0xD3), "\n"]),
        // Français, École, ça: ç (0x8D) is undefined in Windows-1252, É (0x83) is ƒ.
        bytes(["Fran", UInt8(0x8D), "ais;", UInt8(0x83), "cole\n"]),
        // The export-shapes file: CR-only line ends and Mac OS Roman letters.
        bytes(["Organisation,Score\r", "Caf", UInt8(0x8E), " M", UInt8(0x9F), "nster,4\r"]),
        // A tie (0x92 is ’ or í, both fit) with CR-only line ends, as old Mac Excel writes.
        bytes(["Organisation\r", "Computer Science", UInt8(0x92), "s team\r"]),
    ])
    func macRoman(bytes: [UInt8]) {
        #expect(DecodedText.looksLikeMacRoman(bytes))
        #expect(DecodedText(bytes: bytes).encoding == "macintosh")
    }

    @Test func lineEndsDecideOnlyATie() {
        let tie = Self.bytes(["Computer Science", UInt8(0x92), "s team"])
        #expect(DecodedText(bytes: tie + [0x0A]).encoding == "windows-1252")
        #expect(DecodedText(bytes: tie + [0x0D, 0x0A]).encoding == "windows-1252")
        #expect(DecodedText(bytes: tie + [0x0D]).encoding == "macintosh")
        #expect(DecodedText(bytes: tie).encoding == "windows-1252")
        // Letters outweigh line ends: Windows-1252 accents in a CR-only file.
        let windows = Self.bytes(["caf", UInt8(0xE9), "\r", "M", UInt8(0xFC), "nster\r"])
        #expect(DecodedText(bytes: windows).encoding == "windows-1252")
        #expect(DecodedText(bytes: windows).text == "café\rMünster\r")
        // Mac OS Roman letters outweigh a Windows-1252 punctuation reading, whatever the line ends.
        let mac = Self.bytes(["Caf", UInt8(0x8E), " and M", UInt8(0x9F), "nster ", UInt8(0xD0), " ok\n"])
        #expect(DecodedText(bytes: mac).text == "Café and Münster – ok\n")
    }

    @Test func shapesOfTheReadings() {
        #expect(CodePage.windows1252.shape(0x92) == .punctuation)
        #expect(CodePage.macRoman.shape(0x92) == .lowercase)
        #expect(CodePage.windows1252.shape(0x8E) == .other)  // Ž
        #expect(CodePage.macRoman.shape(0x8E) == .lowercase)
        #expect(CodePage.windows1252.shape(0x81) == .other)  // undefined
        #expect(CodePage.windows1252.shape(0xC9) == .capital)
        #expect(CodePage.macRoman.shape(0xC9) == .punctuation)  // …
        let lower = CharacterShape.lowercase
        #expect(lower.fits(after: UInt8(ascii: "f"), before: nil))
        #expect(lower.fits(after: nil, before: UInt8(ascii: "l")))
        #expect(!lower.fits(after: nil, before: UInt8(ascii: "L")))
        let capital = CharacterShape.capital
        #expect(capital.fits(after: nil, before: UInt8(ascii: "c")))
        #expect(capital.fits(after: UInt8(ascii: "M"), before: UInt8(ascii: "N")))
        #expect(!capital.fits(after: UInt8(ascii: "f"), before: nil))
        #expect(!capital.fits(after: UInt8(ascii: "M"), before: UInt8(ascii: "n")))
    }

    @Test func aLargeWindows1252FileIsDecidedInOnePass() {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(12_000_000)
        let row = Self.bytes(["r,Computer Science", UInt8(0x92), "s team,Caf", UInt8(0xE9), ",4\n"])
        for _ in 0..<400_000 { bytes += row }
        let start = Date()
        #expect(!DecodedText.looksLikeMacRoman(bytes))
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
