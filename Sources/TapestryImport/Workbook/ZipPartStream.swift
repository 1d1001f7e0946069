import CInflate
import Foundation

/// One part of a workbook's zip archive as an `InputStream` for `XMLParser`: inflated with zlib
/// a chunk at a time, as the parser asks, so a part never sits whole in memory. Every chunk is
/// counted before the parser sees it, against the part's and the workbook's limits and the
/// compression ratio, and checked by an ``XMLPrologGuard``; the first problem stops the
/// stream (`read` returns -1, so the parse fails) and is kept in ``failure``. At the end the
/// CRC-32 must match the archive's.
final class ZipPartStream: InputStream {
    /// Why the stream stopped early, if it did.
    private(set) var failure: ImportError?
    /// How many bytes the part has inflated to so far.
    private(set) var produced = 0

    private let archive: Data
    private let entry: ZipEntry
    private let file: String
    private let limits: WorkbookLimits
    private let budget: InflationBudget
    private var prolog = XMLPrologGuard()
    private var zlib: UnsafeMutablePointer<z_stream>?
    private var consumed = 0
    private var checksum: UInt = 0
    private var finished = false
    private var status = Stream.Status.notOpen

    /// The most compressed bytes handed to zlib at once.
    private static let inputChunk = 1 << 16

    init(archive: Data, entry: ZipEntry, file: String, limits: WorkbookLimits, budget: InflationBudget) {
        self.archive = archive
        self.entry = entry
        self.file = file
        self.limits = limits
        self.budget = budget
        super.init(data: Data())
    }

    deinit { endInflating() }

    override func open() { status = .open }
    override func close() {
        endInflating()
        status = .closed
    }
    override var streamStatus: Stream.Status { failure == nil ? status : .error }
    override var streamError: Error? { failure }
    override var hasBytesAvailable: Bool { failure == nil && !finished }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        guard failure == nil else { return -1 }
        do {
            var filled = 0
            while filled < maxLength, !finished {
                let count = try next(into: buffer + filled, capacity: maxLength - filled)
                filled += count
            }
            if filled > 0, let problem = prolog.inspect(UnsafeBufferPointer(start: buffer, count: filled)) {
                throw ImportError.unreadableWorkbook(file: file, problem: "\(entry.name) \(problem)")
            }
            return filled
        } catch {
            failure = error as? ImportError ?? damaged("it cannot be inflated")
            endInflating()
            return -1
        }
    }

    /// Reads the whole part through every check, without parsing it; the number of bytes.
    func drain() throws -> Int {
        open()
        defer { close() }
        let capacity = 1 << 16
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let count = read(buffer, maxLength: capacity)
            if count < 0, let failure { throw failure }
            if count <= 0 { return total }
            total += count
        }
    }

    // MARK: - Inflating

    /// The next bytes into `buffer`, at most `capacity` and never more than one past a limit;
    /// 0 only at the end of the part.
    private func next(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        let room = min(capacity, limits.partBytes - produced + 1, budget.remaining + 1)
        let count = switch entry.method {
        case .stored: copy(into: buffer, capacity: room)
        case .deflated: try inflate(into: buffer, capacity: room)
        }
        try account(UnsafeBufferPointer(start: buffer, count: count))
        if finished, UInt32(truncatingIfNeeded: checksum) != entry.crc32 {
            throw damaged("its checksum does not match its contents")
        }
        return count
    }

    private func copy(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        let count = min(capacity, entry.compressedSize - consumed)
        let start = archive.startIndex + entry.dataOffset + consumed
        archive.copyBytes(to: buffer, from: start..<start + count)
        consumed += count
        finished = consumed == entry.compressedSize
        return count
    }

    private func inflate(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        let stream = try inflater()
        let input = min(entry.compressedSize - consumed, Self.inputChunk)
        let output = min(capacity, Int(UInt32.max))
        let result: Int32 = archive.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self).baseAddress.map { $0 + entry.dataOffset + consumed }
            stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes)
            stream.pointee.avail_in = UInt32(input)
            stream.pointee.next_out = buffer
            stream.pointee.avail_out = UInt32(output)
            let result = CInflate.inflate(stream, Z_NO_FLUSH)
            // zlib keeps no pointer to the input between calls; the struct should not either.
            stream.pointee.next_in = nil
            return result
        }
        let used = input - Int(stream.pointee.avail_in)
        let count = output - Int(stream.pointee.avail_out)
        stream.pointee.avail_in = 0
        consumed += used
        switch result {
        case Z_STREAM_END:
            finished = true
        case Z_OK, Z_BUF_ERROR:
            guard used > 0 || count > 0 else {
                throw damaged(input == 0 ? "its compressed data ends early" : "its compressed data is invalid")
            }
        default:
            throw damaged("its compressed data is invalid")
        }
        return count
    }

    private func inflater() throws -> UnsafeMutablePointer<z_stream> {
        if let zlib { return zlib }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Raw deflate (no zlib header), as zip stores it.
        guard inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw damaged("it cannot be inflated")
        }
        zlib = stream
        return stream
    }

    private func endInflating() {
        guard let zlib else { return }
        inflateEnd(zlib)
        zlib.deallocate()
        self.zlib = nil
    }

    /// Counts bytes about to go to the parser, against every limit.
    private func account(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard !bytes.isEmpty else { return }
        produced += bytes.count
        checksum = crc32(checksum, bytes.baseAddress, UInt32(bytes.count))
        if produced > limits.partBytes {
            throw ImportError.workbookLimit(
                file: file, place: entry.name,
                problem: "it inflates to more than \(Self.size(limits.partBytes))")
        }
        if !budget.spend(bytes.count) {
            throw ImportError.workbookLimit(
                file: file, place: "the workbook",
                problem: "its parts inflate to more than \(Self.size(limits.workbookBytes))")
        }
        let (allowed, overflow) = max(consumed, 1).multipliedReportingOverflow(by: limits.compressionRatio)
        if produced > limits.ratioGrace, !overflow, produced > allowed {
            throw ImportError.workbookLimit(
                file: file, place: entry.name,
                problem: "it inflates to more than \(limits.compressionRatio) times its compressed size, as only a zip bomb does")
        }
    }

    /// `33,554,432 bytes (32 MiB)`.
    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes.grouped) bytes (\(bytes >> 20) MiB)" : "\(bytes.grouped) bytes"
    }

    private func damaged(_ problem: String) -> ImportError {
        .unreadableWorkbook(file: file, problem: "\(entry.name) is damaged: \(problem)")
    }
}
