#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a text file, read-only: an array in memory, or the file itself mapped into
/// memory. A mapped file costs memory only for the pages being read: each pass over it hands
/// back what it has read (``release(_:)``), so a file of any size is read in about the same
/// memory (the operating system reads the pages again, from its cache, when a later pass
/// comes back to them).
final class ByteStore: @unchecked Sendable {
    private let array: [UInt8]?
    private let base: UnsafePointer<UInt8>?
    /// The mapping to undo when done: its start and length.
    private let mapping: (start: UnsafeMutableRawPointer, length: Int)?
    /// Bytes of the mapping before the first one here.
    private let skip: Int
    /// How many bytes there are.
    let count: Int

    /// Bytes held in memory.
    init(_ bytes: [UInt8]) {
        array = bytes
        base = nil
        mapping = nil
        skip = 0
        count = bytes.count
    }

    /// The file open as `descriptor`, of `size` bytes, mapped; the first `skip` bytes (a
    /// byte-order mark) left out. Nil when the file cannot be mapped.
    init?(mapping descriptor: Int32, size: Int, skip: Int = 0) {
        guard size > skip, let start = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), start != MAP_FAILED else { return nil }
        array = nil
        mapping = (start, size)
        self.skip = skip
        base = UnsafePointer(start.assumingMemoryBound(to: UInt8.self)) + skip
        count = size - skip
    }

    deinit {
        if let mapping { munmap(mapping.start, mapping.length) }
    }

    /// Whether the bytes are a mapped file.
    var isMapped: Bool { mapping != nil }

    /// Calls `body` with the bytes.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let base { return try body(UnsafeBufferPointer(start: base, count: count)) }
        return try array!.withUnsafeBufferPointer(body)
    }

    /// The first `length` bytes, copied.
    func prefix(_ length: Int) -> [UInt8] {
        withUnsafeBufferPointer { Array($0.prefix(length)) }
    }

    /// Hands the pages wholly inside `range` back to the system (for a mapped file; nothing
    /// for bytes in memory): read again, they come back from the system's cache.
    func release(_ range: Range<Int>) {
        release(range, wholly: true)
    }

    /// Hands back every page `range` touches and the others of their 64 KiB: for a record read
    /// again out of turn, as a fault maps the pages around it too (Linux's fault-around, 64 KiB
    /// by default). A mapped file's pages are only read, so a page handed back early is read
    /// again from the system's cache when it is needed.
    func releasePages(around range: Range<Int>) {
        release(range, wholly: false)
    }

    /// The span a fault maps at once, at most: Linux's `fault_around_bytes` by default.
    static let faultAroundBytes = 1 << 16

    private func release(_ range: Range<Int>, wholly: Bool) {
        guard let mapping else { return }
        let page = wholly ? Int(sysconf(Int32(_SC_PAGESIZE))) : max(Int(sysconf(Int32(_SC_PAGESIZE))), Self.faultAroundBytes)
        let first = skip + range.lowerBound
        let last = skip + min(range.upperBound, count)
        let start = wholly ? (first + page - 1) / page * page : first / page * page
        let end = last == mapping.length ? last : wholly ? last / page * page : min(mapping.length, (last + page - 1) / page * page)
        guard end > start else { return }
        madvise(mapping.start + start, end - start, MADV_DONTNEED)
    }
}
