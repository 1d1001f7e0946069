import Foundation

/// The table of contents of a zip archive held in memory, read without trusting it: the end
/// record, the ZIP64 records and every central-directory record are checked against the
/// archive's length before anything is read through them, so that no offset or size, however
/// forged, can make a read leave the data.
struct ZipArchive {
    /// The archive's bytes.
    let bytes: LittleEndianBytes
    private let file: String
    private var records: [String: Record] = [:]

    /// One central-directory record, before its local header is checked.
    private struct Record {
        let name: String
        let flags: Int
        let method: Int
        let crc32: UInt32
        let compressedSize: Int
        let declaredSize: Int
        let localHeaderOffset: Int
    }

    private static let endSignature = 0x0605_4B50
    private static let zip64LocatorSignature = 0x0706_4B50
    private static let zip64EndSignature = 0x0606_4B50
    private static let centralSignature = 0x0201_4B50
    private static let localSignature = 0x0403_4B50
    private static let endSize = 22
    private static let centralSize = 46
    private static let localSize = 30

    /// Reads the table of contents of `data`, the contents of `file`.
    init(data: Data, file: String, limits: WorkbookLimits) throws {
        bytes = LittleEndianBytes(data: data)
        self.file = file
        let (count, start, size) = try directory()
        guard count <= limits.entries else {
            throw ImportError.workbookLimit(file: file, place: "the zip archive",
                                            problem: "it has more than \(limits.entries.grouped) parts")
        }
        // Each record takes at least 46 bytes, so a count the directory cannot hold is a lie.
        guard count <= size / Self.centralSize else { throw damaged("its central directory is shorter than the parts it lists") }
        var offset = start
        for _ in 0..<count {
            let record = try record(at: offset, end: start + size)
            if records[record.name] == nil { records[record.name] = record.value }
            offset = record.next
        }
    }

    /// The part at `path`, its local header checked, or nil if the archive has none.
    func entry(_ path: String) throws -> ZipEntry? {
        guard let record = records[path] else { return nil }
        let header = record.localHeaderOffset
        guard bytes.uint32(at: header) == Self.localSignature,
              let nameLength = bytes.uint16(at: header + 26), let extraLength = bytes.uint16(at: header + 28) else {
            throw damaged("the local header of \(path) lies outside the file or is damaged")
        }
        let dataOffset = header + Self.localSize + nameLength + extraLength
        guard bytes.contains(offset: dataOffset, length: record.compressedSize) else {
            throw damaged("the compressed data of \(path) runs past the end of the file")
        }
        guard record.flags & 1 == 0 else {
            throw ImportError.unreadableWorkbook(file: file, problem: "\(path) is encrypted; save the workbook again without a password")
        }
        let method: ZipEntry.Method
        switch record.method {
        case 0:
            guard record.compressedSize == record.declaredSize else { throw damaged("the sizes of \(path) disagree") }
            method = .stored
        case 8:
            method = .deflated
        default:
            throw ImportError.unreadableWorkbook(
                file: file, problem: "\(path) uses compression method \(record.method), which tapestry cannot read; save the workbook again")
        }
        return ZipEntry(name: path, method: method, crc32: record.crc32, dataOffset: dataOffset,
                        compressedSize: record.compressedSize, declaredSize: record.declaredSize)
    }

    // MARK: - The end records

    /// The number of entries, and where the central directory starts and how long it is,
    /// checked to lie inside the file.
    private func directory() throws -> (count: Int, start: Int, size: Int) {
        guard let end = endRecordOffset() else {
            throw ImportError.unreadableWorkbook(
                file: file, problem: "it is not a complete zip archive: its end record is missing, so it may have been cut short")
        }
        // Every field of the end record lies inside the data: endRecordOffset checked 22 bytes.
        let disk = bytes.uint16(at: end + 4) ?? 0, directoryDisk = bytes.uint16(at: end + 6) ?? 0
        var count = bytes.uint16(at: end + 10) ?? 0
        var size = bytes.uint32(at: end + 12) ?? 0
        var start = bytes.uint32(at: end + 16) ?? 0
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
            (count, start, size) = try zip64Directory(end: end)
        } else if disk != 0 || directoryDisk != 0 {
            throw damaged("it is split across several disks")
        }
        guard bytes.contains(offset: start, length: size) else {
            throw damaged("its central directory lies outside the file")
        }
        return (count, start, size)
    }

    /// The offset of the end-of-central-directory record: the last of its signatures within
    /// the final 64 KiB + 22 bytes (the record, then a comment of up to 65,535 bytes).
    private func endRecordOffset() -> Int? {
        let last = bytes.count - Self.endSize
        guard last >= 0 else { return nil }
        let first = max(0, last - 0xFFFF)
        for offset in stride(from: last, through: first, by: -1) where bytes.uint32(at: offset) == Self.endSignature {
            return offset
        }
        return nil
    }

    /// The entry count and central directory of a ZIP64 archive, from the ZIP64 end record
    /// that the locator just before the end record points at.
    private func zip64Directory(end: Int) throws -> (count: Int, start: Int, size: Int) {
        let locator = end - 20
        guard locator >= 0, bytes.uint32(at: locator) == Self.zip64LocatorSignature,
              let record = bytes.uint64(at: locator + 8),
              bytes.contains(offset: record, length: 56), bytes.uint32(at: record) == Self.zip64EndSignature,
              let disk = bytes.uint32(at: record + 16), let directoryDisk = bytes.uint32(at: record + 20),
              let count = bytes.uint64(at: record + 32),
              let size = bytes.uint64(at: record + 40), let start = bytes.uint64(at: record + 48) else {
            throw damaged("its ZIP64 end record is missing or lies outside the file")
        }
        guard disk == 0, directoryDisk == 0 else { throw damaged("it is split across several disks") }
        return (count, start, size)
    }

    // MARK: - The central directory

    /// The central-directory record at `offset`, which must end by `end`, and the offset of
    /// the next one.
    private func record(at offset: Int, end: Int) throws -> (name: String, value: Record, next: Int) {
        guard offset <= end, bytes.contains(offset: offset, length: Self.centralSize), end - offset >= Self.centralSize,
              bytes.uint32(at: offset) == Self.centralSignature,
              let flags = bytes.uint16(at: offset + 8), let method = bytes.uint16(at: offset + 10),
              let crc = bytes.uint32(at: offset + 16),
              var compressedSize = bytes.uint32(at: offset + 20), var declaredSize = bytes.uint32(at: offset + 24),
              let nameLength = bytes.uint16(at: offset + 28), let extraLength = bytes.uint16(at: offset + 30),
              let commentLength = bytes.uint16(at: offset + 32),
              var localHeaderOffset = bytes.uint32(at: offset + 42) else {
            throw damaged("its central directory is damaged")
        }
        let next = offset + Self.centralSize + nameLength + extraLength + commentLength
        guard next <= end, let nameBytes = bytes.bytes(at: offset + Self.centralSize, length: nameLength),
              let extra = bytes.bytes(at: offset + Self.centralSize + nameLength, length: extraLength) else {
            throw damaged("its central directory is damaged")
        }
        let name = String(decoding: nameBytes, as: UTF8.self)
        // ZIP64: the fields that overflowed 32 bits are in the extra field, in this order.
        if compressedSize == 0xFFFF_FFFF || declaredSize == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF {
            guard let values = Self.zip64Values(in: extra) else { throw damaged("the ZIP64 sizes of \(name) are missing") }
            var next = values.makeIterator()
            func take(_ field: inout Int) throws {
                guard field == 0xFFFF_FFFF else { return }
                guard let value = next.next() else { throw damaged("the ZIP64 sizes of \(name) are missing") }
                field = value
            }
            try take(&declaredSize)
            try take(&compressedSize)
            try take(&localHeaderOffset)
        }
        let record = Record(name: name, flags: flags, method: method, crc32: UInt32(truncatingIfNeeded: crc),
                            compressedSize: compressedSize, declaredSize: declaredSize, localHeaderOffset: localHeaderOffset)
        return (name, record, next)
    }

    /// The 64-bit values of the ZIP64 extended-information field (id 1) of `extra`, if any.
    private static func zip64Values(in extra: Data) -> [Int]? {
        let fields = LittleEndianBytes(data: extra)
        var offset = 0
        while let id = fields.uint16(at: offset), let length = fields.uint16(at: offset + 2) {
            let start = offset + 4
            guard fields.contains(offset: start, length: length) else { return nil }
            if id == 1 {
                return stride(from: start, to: start + length - 7, by: 8).compactMap { fields.uint64(at: $0) }
            }
            offset = start + length
        }
        return nil
    }

    private func damaged(_ problem: String) -> ImportError {
        .unreadableWorkbook(file: file, problem: "the zip archive is damaged: \(problem)")
    }
}
