import Foundation

/// A file's bytes turned into UTF-8 text, with the encoding that was used. The text is kept
/// as one array of UTF-8 bytes (the file's own array when it is UTF-8 already), never as a
/// `String` beside it, so a large file is held in memory once.
public struct DecodedText: Sendable, Equatable {
    /// The text as UTF-8, without any byte-order mark.
    public var utf8: [UInt8]
    /// The encoding's name as `inspect` reports it: `utf-8`, `utf-8-bom`, `utf-16le`,
    /// `utf-16be`, `windows-1252` or `macintosh` (Mac OS Roman, from old Mac Excel).
    public var encoding: String

    /// The text as a string (made on each use: for small files and tests).
    public var text: String {
        get { String(decoding: utf8, as: UTF8.self) }
        set { utf8 = Array(newValue.utf8) }
    }

    /// Text decoded elsewhere (UTF-16 decoded while it was read).
    init(utf8: [UInt8], encoding: String) {
        self.utf8 = utf8
        self.encoding = encoding
    }

    /// Decodes `data`; see ``init(bytes:)``.
    public init(data: Data) {
        self.init(bytes: [UInt8](data))
    }

    /// Decodes `bytes`: a byte-order mark first (UTF-8, UTF-16LE, UTF-16BE), else strict UTF-8,
    /// else a single-byte code page: Windows-1252 (what Excel's "CSV" writes on Windows), or
    /// Mac OS Roman when the bytes read far better that way (see ``looksLikeMacRoman(_:)``).
    /// Bytes no code page explains are read as UTF-8 with replacement characters.
    public init(bytes: consuming [UInt8]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            utf8 = Self.isValidUTF8(bytes) ? bytes : Self.repairedUTF8(bytes)
            encoding = "utf-8-bom"
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            utf8 = Self.utf16(bytes, littleEndian: true)
            encoding = "utf-16le"
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            utf8 = Self.utf16(bytes, littleEndian: false)
            encoding = "utf-16be"
        } else if Self.isValidUTF8(bytes) {
            utf8 = bytes
            encoding = "utf-8"
        } else if Self.looksLikeMacRoman(bytes) {
            utf8 = CodePage.macRoman.utf8(bytes) ?? Self.repairedUTF8(bytes)
            encoding = "macintosh"
        } else {
            utf8 = CodePage.windows1252.utf8(bytes) ?? Self.repairedUTF8(bytes)
            encoding = "windows-1252"
        }
    }

    /// Whether `bytes` will be read in a single-byte code page (no byte-order mark, not UTF-8).
    static func needsCodePage(_ bytes: [UInt8]) -> Bool {
        !bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF])
            && !isValidUTF8(bytes)
    }

    /// Whether `bytes` are valid UTF-8, checked a block at a time so that no copy of a large
    /// file is made. Blocks end before a byte that starts a character (UTF-8 never continues
    /// a character across one), so checking each block is checking the whole.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        let block = 1 << 16
        return bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = min(start + block, buffer.count)
                var back = 0
                while end < buffer.count, buffer[end] & 0xC0 == 0x80 {
                    // A character has at most three continuation bytes; four in a row are invalid.
                    back += 1
                    if back > 3 { return false }
                    end -= 1
                }
                if String(validating: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self) == nil {
                    return false
                }
                start = end
            }
            return true
        }
    }

    /// Invalid UTF-8 made valid, each bad sequence replaced by U+FFFD.
    private static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Old Mac exports put accented letters at 0x80–0x9F (é is 0x8E, ü 0x9F), where
    /// Windows-1252 has punctuation and symbols; Windows-1252 puts them at 0xC0–0xFF. A high byte
    /// touching an ASCII letter is almost always a letter, so the range that holds more of
    /// those decides.
    static func looksLikeMacRoman(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            func isLetter(_ index: Int) -> Bool {
                guard index >= 0, index < buffer.count else { return false }
                let byte = buffer[index] | 0x20
                return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            }
            var mac = 0
            var windows = 0
            var index = CodePage.nextHighByte(buffer, from: 0)
            while index < buffer.count {
                let byte = buffer[index]
                if isLetter(index - 1) || isLetter(index + 1) {
                    if byte <= 0x9F { mac += 1 } else if byte >= 0xC0 { windows += 1 }
                }
                index = CodePage.nextHighByte(buffer, from: index + 1)
            }
            return mac > windows
        }
    }

    /// UTF-16 after a two-byte mark, as UTF-8 (see ``UTF16Decoder``), a megabyte at a time.
    private static func utf16(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
        var decoder = UTF16Decoder(littleEndian: littleEndian, expectedBytes: bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var start = 2
            while start < buffer.count {
                let end = min(start + (1 << 20), buffer.count)
                decoder.append(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                start = end
            }
        }
        return decoder.finish()
    }
}
