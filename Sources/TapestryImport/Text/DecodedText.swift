import Foundation

/// A file's bytes turned into text, with the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The text, without any byte-order mark.
    public var text: String
    /// The encoding's name as `inspect` reports it: `utf-8`, `utf-8-bom`, `utf-16le`,
    /// `utf-16be`, `windows-1252` or `macintosh` (Mac OS Roman, from old Mac Excel).
    public var encoding: String

    /// Decodes `data`: a byte-order mark first (UTF-8, UTF-16LE, UTF-16BE), else strict UTF-8,
    /// else a single-byte code page: Windows-1252 (what Excel's "CSV" writes on Windows), or
    /// Mac OS Roman when the bytes read far better that way (see ``looksLikeMacRoman(_:)``).
    public init(data: Data) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            encoding = "utf-8-bom"
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = Self.utf16(bytes.dropFirst(2), littleEndian: true)
            encoding = "utf-16le"
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = Self.utf16(bytes.dropFirst(2), littleEndian: false)
            encoding = "utf-16be"
        } else if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
            encoding = "utf-8"
        } else if Self.looksLikeMacRoman(bytes) {
            text = MacRoman.decode(bytes)
            encoding = "macintosh"
        } else {
            text = String(data: data, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
            encoding = "windows-1252"
        }
    }

    /// Old Mac exports put accented letters at 0x80–0x9F (é is 0x8E, ü 0x9F), where
    /// Windows-1252 has punctuation and symbols; Windows-1252 puts them at 0xC0–0xFF. A high byte
    /// touching an ASCII letter is almost always a letter, so the range that holds more of
    /// those decides.
    static func looksLikeMacRoman(_ bytes: [UInt8]) -> Bool {
        func isLetter(_ index: Int) -> Bool {
            guard bytes.indices.contains(index) else { return false }
            let byte = bytes[index] | 0x20
            return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        }
        var mac = 0
        var windows = 0
        for (index, byte) in bytes.enumerated() where byte >= 0x80 && (isLetter(index - 1) || isLetter(index + 1)) {
            if byte <= 0x9F { mac += 1 } else if byte >= 0xC0 { windows += 1 }
        }
        return mac > windows
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
