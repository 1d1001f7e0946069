import Foundation

/// A file's bytes turned into text, with the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The text, without any byte-order mark.
    public var text: String
    /// The encoding's name as `inspect` reports it: `utf-8`, `utf-8-bom`, `utf-16le`,
    /// `utf-16be` or `windows-1252`.
    public var encoding: String

    /// Decodes `data`: a byte-order mark first (UTF-8, UTF-16LE, UTF-16BE), else strict UTF-8,
    /// else Windows-1252 (what Excel's "CSV" writes on Windows), which accepts any byte.
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
        } else {
            text = String(data: data, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
            encoding = "windows-1252"
        }
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
