import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TapestryScoring

/// An input file opened for reading: its bytes decoded, its dialect detected (or its first
/// worksheet read, for `.xlsx`), its platform and header rows recognised. It can hand out its
/// records as many times as needed, without keeping them all in memory for CSV.
///
/// A text file is held once, as UTF-8 bytes; records are split from them on demand. Opening
/// checks the whole file in one pass against ``TextLimits`` (an error names the first line
/// beyond one) and notes a quote left open and stray quotes, which become findings.
public struct SurveyFile: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// `csv` or `xlsx`.
    public let format: String
    /// The text encoding (`utf-8` for xlsx).
    public let encoding: String
    /// The field delimiter; nil for xlsx.
    public let delimiter: Character?
    /// The platform the file comes from.
    public let platform: Platform
    /// How many header rows the platform writes.
    public let headerRows: Int
    /// The header records (as many as ``headerRows``).
    public let headerRecords: [CSVRecord]
    /// What the check of a text file found; empty for xlsx.
    let shape: CSVShape

    private let utf8: ByteStore
    private let sheet: [CSVRecord]?

    /// Reads and recognises the file at `path`. A UTF-8 text file of at least
    /// ``mappedMinimumBytes`` is mapped into memory rather than read (``ByteStore``); other
    /// files are read whole, UTF-16 decoded as it is read.
    public static func open(_ path: String, instrument: Instrument) throws -> SurveyFile {
        if let mapped = mapped(path) {
            return try SurveyFile(store: mapped.store, encoding: mapped.encoding, path: path, instrument: instrument)
        }
        let contents = try read(path)
        if let text = contents.text { return try SurveyFile(text: text, path: path, instrument: instrument) }
        return try SurveyFile(bytes: contents.bytes, path: path, instrument: instrument)
    }

    /// Recognises `data`, the contents of `path`.
    public init(data: Data, path: String, instrument: Instrument) throws {
        try self.init(bytes: [UInt8](data), path: path, instrument: instrument)
    }

    /// Recognises `bytes`, the contents of `path`. UTF-8 bytes are kept as they are, not copied.
    init(bytes: consuming [UInt8], path: String, instrument: Instrument) throws {
        try Self.checkSize(bytes.count, path: path)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let sheet = try XLSXReader.records(data: Data(bytes), file: path)
            try self.init(path: path, format: "xlsx", encoding: "utf-8", delimiter: nil, utf8: ByteStore([]), sheet: sheet, shape: CSVShape(),
                          instrument: instrument)
        } else {
            if DecodedText.needsCodePage(bytes) {
                // A code page's text is held twice while it becomes UTF-8; its rows are the same
                // before and after (only ASCII bytes split them), so too many are refused first.
                try CSVShape.checkRowCount(bytes, delimiter: Dialect.detectDelimiter(in: bytes), file: path)
            }
            try self.init(text: DecodedText(bytes: consume bytes), path: path, instrument: instrument)
        }
    }

    /// Recognises decoded text, the contents of `path`, checking it against ``TextLimits``.
    private init(text: DecodedText, path: String, instrument: Instrument) throws {
        try self.init(store: ByteStore(text.utf8), encoding: text.encoding, path: path, instrument: instrument)
    }

    /// Recognises UTF-8 text, the contents of `path`, checking it against ``TextLimits``.
    private init(store: ByteStore, encoding: String, path: String, instrument: Instrument) throws {
        if DecodedText.looksBinary(store.prefix(DecodedText.binaryCheckBytes)) { throw ImportError.notText(file: path) }
        let delimiter = Dialect.detectDelimiter(in: store)
        let shape = try CSVShape.scan(store, delimiter: delimiter, file: path)
        try self.init(path: path, format: "csv", encoding: encoding, delimiter: delimiter, utf8: store, sheet: nil,
                      shape: shape, instrument: instrument)
    }

    /// Recognises the platform and header rows of text or a sheet.
    private init(path: String, format: String, encoding: String, delimiter: Character?, utf8: ByteStore, sheet: [CSVRecord]?,
                 shape: CSVShape, instrument: Instrument) throws {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.delimiter = delimiter
        self.utf8 = utf8
        self.sheet = sheet
        self.shape = shape
        var first: [CSVRecord] = []
        let records = Self.records(utf8: utf8, sheet: sheet, delimiter: delimiter)
        while first.count < 12, let record = records.next() {
            first.append(record)
        }
        guard !first.isEmpty else { throw ImportError.empty(file: path) }
        (platform, headerRows) = PlatformDetector.detect(first, instrument: instrument)
        headerRecords = Array(first.prefix(headerRows))
    }

    /// The line of the last header row.
    public var headerLine: Int { headerRecords.last?.line ?? 1 }

    /// Every non-blank record after the header rows, in file order.
    public func dataRecords() -> AnyIterator<CSVRecord> {
        records(in: FilePart(start: 0, end: .max, line: 1, skip: headerRows))
    }

    /// The non-blank records of `part` that are not header rows, in file order.
    func records(in part: FilePart) -> AnyIterator<CSVRecord> {
        let records = Self.records(utf8: utf8, sheet: sheet, delimiter: delimiter, part: part)
        var skipped = 0
        return AnyIterator {
            while let record = records.next() {
                if skipped < part.skip {
                    skipped += 1
                    continue
                }
                return record
            }
            return nil
        }
    }

    /// Calls `body` with each non-blank record of `part` that is not a header row, in file
    /// order, its fields made into strings only when asked for (``RecordCells``).
    func forEachRecord(in part: FilePart, _ body: (RecordCells) -> Void) {
        if let sheet {
            var skipped = 0
            for index in min(part.start, sheet.count)..<min(part.end, sheet.count) where !sheet[index].isBlank {
                if skipped < part.skip {
                    skipped += 1
                    continue
                }
                body(RecordCells(sheet[index], position: index))
            }
            return
        }
        var scanner = CSVScanner(store: utf8, delimiter: delimiter?.asciiValue ?? UInt8(ascii: ","),
                                 from: part.start, line: part.line, end: part.end)
        var skipped = 0
        // A long part (a file read in one part) hands back the pages it has passed as it goes.
        var released = part.start
        while scanner.next() {
            if scanner.recordStart - released >= CSVShape.partBytes {
                utf8.release(released..<scanner.recordStart)
                released = scanner.recordStart
            }
            if scanner.recordIsBlank { continue }
            if skipped < part.skip {
                skipped += 1
                continue
            }
            body(RecordCells(line: scanner.recordLine, position: scanner.recordStart, spans: scanner.fields, bytes: utf8))
        }
    }

    /// The record that starts at `position` (a byte of the text, or a worksheet row's index)
    /// on `line`, as ``RecordCells/position`` gave it, with strings for the fields where
    /// `strings` is true (``RecordCells/record(strings:)``): read again when two respondents'
    /// hashes meet (``RespondentIndex``). The pages it lies on are handed back after (for a
    /// mapped file), so that records read out of turn do not keep the file in memory.
    func record(at position: Int, line: Int, strings: [Bool]) -> CSVRecord? {
        if let sheet { return position < sheet.count ? sheet[position] : nil }
        var scanner = CSVScanner(store: utf8, delimiter: delimiter?.asciiValue ?? UInt8(ascii: ","), from: position, line: line, end: .max)
        guard scanner.next() else { return nil }
        let record = RecordCells(line: scanner.recordLine, position: scanner.recordStart, spans: scanner.fields, bytes: utf8)
            .record(strings: strings)
        utf8.releasePages(around: position..<max(position + 1, scanner.fields.last?.end ?? position))
        return record
    }

    /// Rows of the file, blank and header rows included, to size what grows with them; 0
    /// when unknown (a sheet's rows are counted).
    var rowCount: Int { sheet?.count ?? shape.rows }

    /// The worksheet rows in one part of a sheet read on its own.
    static let sheetPartRows = 20_000

    /// The file's data split into parts at `starts` (where records start; by default the
    /// places the check of the file chose, about ``CSVShape/partBytes`` apart, or every
    /// ``sheetPartRows`` rows of a sheet). Starts among the header rows are passed over.
    func dataParts(at starts: [RecordStart]? = nil) -> [FilePart] {
        let starts = (starts ?? defaultPartStarts).filter { $0.offset > 0 && $0.nonBlankBefore >= headerRows }
        var parts: [FilePart] = []
        var current = FilePart(start: 0, end: .max, line: 1, skip: headerRows)
        for start in starts where start.offset > current.start {
            current.end = start.offset
            parts.append(current)
            current = FilePart(start: start.offset, end: .max, line: start.line, skip: 0)
        }
        parts.append(current)
        return parts
    }

    /// Where the file's parts start when nothing else is asked for.
    private var defaultPartStarts: [RecordStart] {
        guard let sheet else { return shape.partStarts }
        return recordStarts().enumerated().compactMap { index, start in
            index > 0 && index % Self.sheetPartRows == 0 && index < sheet.count ? start : nil
        }
    }

    /// Where every record starts (every row of a sheet), blank ones included.
    func recordStarts() -> [RecordStart] {
        var starts: [RecordStart] = []
        var nonBlank = 0
        if let sheet {
            for (index, row) in sheet.enumerated() {
                starts.append(RecordStart(offset: index, line: row.line, nonBlankBefore: nonBlank))
                if !row.isBlank { nonBlank += 1 }
            }
            return starts
        }
        var scanner = CSVScanner(store: utf8, delimiter: delimiter?.asciiValue ?? UInt8(ascii: ","), keepingFields: false)
        while scanner.next() {
            starts.append(RecordStart(offset: scanner.recordStart, line: scanner.recordLine, nonBlankBefore: nonBlank))
            if !scanner.recordIsBlank { nonBlank += 1 }
        }
        return starts
    }

    /// The line of a quoted field left open at the end of the file, if any.
    public func unterminatedQuoteLine() -> Int? {
        shape.unterminatedQuoteLine
    }

    /// The non-blank records: a sheet's, or split from the text, blank ones skipped before
    /// any string is made of them.
    private static func records(utf8: ByteStore, sheet: [CSVRecord]?, delimiter: Character?,
                                part: FilePart = FilePart(start: 0, end: .max, line: 1, skip: 0)) -> AnyIterator<CSVRecord> {
        if let sheet {
            var rows = sheet[min(part.start, sheet.count)..<min(part.end, sheet.count)].makeIterator()
            return AnyIterator {
                while let row = rows.next() {
                    if !row.isBlank { return row }
                }
                return nil
            }
        }
        var scanner = CSVScanner(store: utf8, delimiter: delimiter?.asciiValue ?? UInt8(ascii: ","),
                                 from: part.start, line: part.line, end: part.end)
        return AnyIterator {
            while scanner.next() {
                if !scanner.recordIsBlank {
                    return CSVRecord(line: scanner.recordLine, fields: scanner.fields.map(scanner.value))
                }
            }
            return nil
        }
    }

    /// Hands back the memory of `part`'s bytes once it has been read (for a mapped file).
    func release(_ part: FilePart) {
        if sheet == nil { utf8.release(part.start..<part.end) }
    }

    /// The smallest file that is mapped rather than read: 1 MiB.
    static let mappedMinimumBytes = 1 << 20

    /// The file at `path` mapped into memory, when it is a regular file of at least
    /// ``mappedMinimumBytes`` and at most ``TextLimits/maxFileBytes`` holding UTF-8 (with or
    /// without a byte-order mark); nil otherwise, and whenever anything fails (``read(_:)``
    /// then reads it, and says why it cannot when it cannot).
    private static func mapped(_ path: String) -> (store: ByteStore, encoding: String)? {
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size >= mappedMinimumBytes, size <= TextLimits.maxFileBytes else { return nil }
        var mark = [UInt8](repeating: 0, count: 3)
        guard pread(descriptor, &mark, 3, 0) == 3 else { return nil }
        if mark.starts(with: [0xFF, 0xFE]) || mark.starts(with: [0xFE, 0xFF]) { return nil }
        let bom = mark == [0xEF, 0xBB, 0xBF]
        guard let store = ByteStore(mapping: descriptor, size: size, skip: bom ? 3 : 0) else { return nil }
        // The check hands back each 4 MB it has passed.
        var released = 0
        let valid = store.withUnsafeBufferPointer { buffer in
            DecodedText.isValidUTF8(buffer) { passed in
                if passed - released >= CSVShape.partBytes {
                    store.release(released..<passed)
                    released = passed
                }
            }
        }
        store.release(released..<store.count)
        return valid ? (store, bom ? "utf-8-bom" : "utf-8") : nil
    }

    /// Refuses a file of more than ``TextLimits/maxFileBytes``.
    static func checkSize(_ size: Int, path: String) throws {
        guard size <= TextLimits.maxFileBytes else { throw ImportError.fileTooLarge(file: path) }
    }

    /// The file's bytes, read straight into one array; or, for UTF-16 (after its mark), its
    /// text decoded to UTF-8 as it is read, so the file is never held twice. A file above
    /// ``TextLimits/maxFileBytes`` is refused before it is read.
    private static func read(_ path: String) throws -> (bytes: [UInt8], text: DecodedText?) {
        func failure(_ code: Int32) -> ImportError {
            let reason = switch code {
            case ENOENT: "no such file"
            case EACCES: "permission denied"
            case EISDIR: "it is a folder, not a file"
            default: String(cString: strerror(code))
            }
            return ImportError.cannotOpen(file: path, reason: reason)
        }
        guard let stream = fopen(path, "rb") else { throw failure(errno) }
        defer { fclose(stream) }
        var status = stat()
        guard fstat(fileno(stream), &status) == 0 else { throw failure(errno) }
        if status.st_mode & S_IFMT == S_IFDIR { throw failure(EISDIR) }
        let regular = status.st_mode & S_IFMT == S_IFREG
        if regular { try checkSize(Int(status.st_size), path: path) }
        let expected = regular ? Int(status.st_size) : 1 << 20
        var bytes = [UInt8]()
        var utf16: UTF16Decoder?
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, stream) }
            if count == 0 {
                if ferror(stream) != 0 { throw failure(errno) }
                break
            }
            total += count
            try checkSize(total, path: path)
            chunk.withUnsafeBufferPointer { buffer in
                var piece = UnsafeBufferPointer(rebasing: buffer[..<count])
                if total == count, count >= 2, piece[0] == 0xFF && piece[1] == 0xFE || piece[0] == 0xFE && piece[1] == 0xFF {
                    utf16 = UTF16Decoder(littleEndian: piece[0] == 0xFF, expectedBytes: expected)
                    piece = UnsafeBufferPointer(rebasing: piece[2...])
                }
                if utf16 != nil {
                    utf16!.append(piece)
                } else {
                    if bytes.isEmpty { bytes.reserveCapacity(expected) }
                    bytes.append(contentsOf: piece)
                }
            }
        }
        if var utf16 {
            return ([], DecodedText(utf8: utf16.finish(), encoding: utf16.littleEndian ? "utf-16le" : "utf-16be"))
        }
        return (bytes, nil)
    }
}
