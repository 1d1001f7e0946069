/// Turns UTF-16 into UTF-8 a piece at a time, as the bytes arrive, so that a UTF-16 file is
/// never held whole beside its UTF-8 (Excel's "Unicode text" is UTF-16). Pieces may end
/// anywhere, even inside a unit or between the halves of a surrogate pair: the result is the
/// same as decoding all the bytes at once, unpaired surrogates becoming U+FFFD and an odd
/// last byte dropped.
struct UTF16Decoder {
    /// Whether units are little-endian.
    let littleEndian: Bool
    /// The UTF-8 so far.
    private(set) var utf8: [UInt8] = []
    /// Bytes not decoded yet: an odd byte, or a high surrogate waiting for its pair.
    private var carry: [UInt8] = []

    /// A decoder for units of the given byte order; `expectedBytes` sizes the result.
    init(littleEndian: Bool, expectedBytes: Int = 0) {
        self.littleEndian = littleEndian
        utf8.reserveCapacity(expectedBytes / 2)
    }

    /// Decodes `bytes`, after whatever the last piece left over.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var joined = carry
        joined.append(contentsOf: bytes)
        let unitCount = joined.count / 2
        var units = [UInt16](repeating: 0, count: unitCount)
        units.withUnsafeMutableBytes { target in
            joined.withUnsafeBytes { source in target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[..<(2 * unitCount)])) }
        }
        let swapped = littleEndian != (1.littleEndian == 1)
        units.withUnsafeMutableBufferPointer { units in
            if swapped {
                var index = 0
                while index < units.count {
                    units[index] = units[index].byteSwapped
                    index += 1
                }
            }
            var count = units.count
            if let last = units.last, (0xD800...0xDBFF).contains(last) { count -= 1 }
            let encoded = Self.utf8(UnsafeBufferPointer(rebasing: units[..<count]))
            utf8.append(contentsOf: encoded)
        }
        var kept = 2 * unitCount
        if let last = units.last, (0xD800...0xDBFF).contains(last) { kept -= 2 }
        carry = Array(joined[kept...])
    }

    /// `units` as UTF-8, each unpaired surrogate as U+FFFD (as `String(decoding:as:)` does;
    /// its generic path was the slowest part of reading a UTF-16 file in debug builds).
    private static func utf8(_ units: UnsafeBufferPointer<UInt16>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: units.count * 3) { bytes, written in
            var index = 0
            var end = 0
            while index < units.count {
                let unit = units[index]
                index += 1
                if unit < 0x80 {
                    bytes[end] = UInt8(unit)
                    end += 1
                } else if unit < 0x800 {
                    bytes[end] = 0xC0 | UInt8(unit >> 6)
                    bytes[end + 1] = 0x80 | UInt8(unit & 0x3F)
                    end += 2
                } else if unit >= 0xD800 && unit <= 0xDBFF && index < units.count && units[index] >= 0xDC00 && units[index] <= 0xDFFF {
                    let scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[index] - 0xDC00)
                    index += 1
                    bytes[end] = 0xF0 | UInt8(scalar >> 18)
                    bytes[end + 1] = 0x80 | UInt8((scalar >> 12) & 0x3F)
                    bytes[end + 2] = 0x80 | UInt8((scalar >> 6) & 0x3F)
                    bytes[end + 3] = 0x80 | UInt8(scalar & 0x3F)
                    end += 4
                } else {
                    let scalar = unit >= 0xD800 && unit <= 0xDFFF ? 0xFFFD : unit
                    bytes[end] = 0xE0 | UInt8(scalar >> 12)
                    bytes[end + 1] = 0x80 | UInt8((scalar >> 6) & 0x3F)
                    bytes[end + 2] = 0x80 | UInt8(scalar & 0x3F)
                    end += 3
                }
            }
            written = end
        }
    }

    /// The UTF-8 of everything appended.
    mutating func finish() -> [UInt8] {
        if carry.count >= 2 {
            // A high surrogate that never got its pair.
            utf8.append(contentsOf: "\u{FFFD}".utf8)
        }
        carry = []
        return utf8
    }
}
