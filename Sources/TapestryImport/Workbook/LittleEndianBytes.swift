import Foundation

/// Bounds-checked little-endian reads from a byte buffer, as zip headers are laid out. Every
/// read of an offset outside the data gives nil, never a trap, whatever the offset.
struct LittleEndianBytes {
    let data: Data

    /// The number of bytes.
    var count: Int { data.count }

    /// Whether `length` bytes from `offset` lie inside the data (no arithmetic that can overflow).
    func contains(offset: Int, length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= count && length <= count - offset
    }

    func uint16(at offset: Int) -> Int? {
        guard contains(offset: offset, length: 2) else { return nil }
        let base = data.startIndex + offset
        return Int(data[base]) | Int(data[base + 1]) << 8
    }

    func uint32(at offset: Int) -> Int? {
        guard let low = uint16(at: offset), let high = uint16(at: offset + 2) else { return nil }
        return low | high << 16
    }

    /// A 64-bit field; nil also when it does not fit in `Int`.
    func uint64(at offset: Int) -> Int? {
        guard let low = uint32(at: offset), let high = uint32(at: offset + 4), high < 1 << 31 else { return nil }
        return low | high << 32
    }

    /// `length` bytes from `offset`.
    func bytes(at offset: Int, length: Int) -> Data? {
        guard contains(offset: offset, length: length) else { return nil }
        let start = data.startIndex + offset
        return data[start..<start + length]
    }
}
