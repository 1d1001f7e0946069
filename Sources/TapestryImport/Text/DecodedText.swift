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
    /// Mac OS Roman on positive evidence (see ``looksLikeMacRoman(_:)``).
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
        bytes.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    /// Whether `buffer` holds valid UTF-8; `passed` is told each offset the check has gone
    /// past (the end of a block).
    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>, passed: (Int) -> Void = { _ in }) -> Bool {
        let block = 1 << 16
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
            passed(end)
        }
        return true
    }

    /// Invalid UTF-8 made valid, each bad sequence replaced by U+FFFD.
    private static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Whether a file that is not UTF-8 is Mac OS Roman rather than Windows-1252. Windows-1252
    /// is the default: it is what Excel on Windows writes, and its bytes 0x80–0x9F are mostly
    /// typographic punctuation (‘ ’ “ ” – — … •) that Word and Outlook put into answers, the
    /// common case. Mac OS Roman (what old Mac Excel writes) is chosen only on positive
    /// evidence:
    ///
    /// 1. Every byte 0x80–0xFF with an ASCII letter directly before or after it is read both
    ///    ways. It counts for one code page when that reading fits where it stands and the
    ///    other does not (``CharacterShape/fits(after:before:)``): a lower-case letter after a
    ///    letter or before a lower-case letter, a capital neither after a lower-case letter
    ///    nor between a capital and a lower-case letter, punctuation anywhere, any other symbol nowhere. So `Caf` 0x8E counts for Mac OS
    ///    Roman (é, not Ž), `caf` 0xE9 for Windows-1252 (é, not È), and `Science` 0x92 `s` for
    ///    neither (’ in Windows-1252 and í in Mac OS Roman both fit).
    /// 2. The file is Mac OS Roman when more bytes count for it than for Windows-1252.
    /// 3. On a tie (often: no byte counts at all), it is Mac OS Roman only when its lines end
    ///    in CR alone, as old Mac Excel writes them, and Windows-1252 otherwise.
    ///
    /// One pass over the high bytes (ASCII is skipped eight bytes at a time); the line ends
    /// are looked at only on a tie.
    static func looksLikeMacRoman(_ bytes: [UInt8]) -> Bool {
        let mac = CodePage.macRoman
        let windows = CodePage.windows1252
        return bytes.withUnsafeBufferPointer { buffer in
            /// The byte at `index` when it is ASCII, else nil (a high byte or the file's edge).
            func ascii(_ index: Int) -> UInt8? {
                guard index >= 0, index < buffer.count, buffer[index] < 0x80 else { return nil }
                return buffer[index]
            }
            var macOnly = 0
            var windowsOnly = 0
            var index = CodePage.nextHighByte(buffer, from: 0)
            while index < buffer.count {
                let before = ascii(index - 1)
                let after = ascii(index + 1)
                if CharacterShape.isLetter(before) || CharacterShape.isLetter(after) {
                    let byte = buffer[index]
                    let fitsMac = mac.shape(byte).fits(after: before, before: after)
                    let fitsWindows = windows.shape(byte).fits(after: before, before: after)
                    if fitsMac && !fitsWindows { macOnly += 1 } else if fitsWindows && !fitsMac { windowsOnly += 1 }
                }
                index = CodePage.nextHighByte(buffer, from: index + 1)
            }
            if macOnly != windowsOnly { return macOnly > windowsOnly }
            return linesEndInCarriageReturnOnly(buffer)
        }
    }

    /// Whether the text has a carriage return and no line feed: old Mac line ends.
    static func linesEndInCarriageReturnOnly(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
        return memchr(base, 0x0A, buffer.count) == nil && memchr(base, 0x0D, buffer.count) != nil
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
