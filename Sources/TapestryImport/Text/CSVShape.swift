/// What one pass over a delimited file finds before any row is read: how many rows it has, a
/// quote left open at the end, and stray quotes. The pass enforces ``TextLimits`` (row
/// length, columns, cell length, rows) and stops at the first row beyond one, so a hostile
/// file costs at most one quick walk over its bytes.
struct CSVShape: Sendable, Equatable {
    /// Rows (records), header and blank rows included.
    var rows = 0
    /// The line of a quoted field still open at the end of the file, if any.
    var unterminatedQuoteLine: Int?
    /// The first rows' stray quotes, one per row, at most ``TextLimits/findingsPerKind``.
    var strayQuotes: [StrayQuote] = []
    /// How many rows hold a stray quote, including those not in ``strayQuotes``.
    var rowsWithStrayQuotes = 0
    /// Records where the file can be split into parts of about ``partBytes``, to be read on
    /// both cores (the first record is not one).
    var partStarts: [RecordStart] = []

    /// The size of a part of a file read on its own: 2 MB, large enough that merging parts
    /// costs nothing next to reading them, small enough that the parts in flight (a few per
    /// core, their mapped pages resident until each is read) stay small.
    static let partBytes = 1 << 21

    /// Walks `utf8`, split at `delimiter`; `file` names the file in errors.
    /// A mapped file's pages are handed back as the walk passes them (``ByteStore/release(_:)``).
    static func scan(_ utf8: ByteStore, delimiter: Character, file: String, partBytes: Int = partBytes) throws -> CSVShape {
        var shape = CSVShape()
        var nonBlank = 0
        var released = 0
        defer { utf8.release(released..<utf8.count) }
        var scanner = CSVScanner(store: utf8, delimiter: delimiter.asciiValue ?? UInt8(ascii: ","), keepingFields: false,
                                 maxRecordBytes: TextLimits.maxRecordBytes, maxColumns: TextLimits.maxColumns,
                                 maxCellBytes: TextLimits.maxCellBytes)
        while scanner.next() {
            if scanner.recordStart >= (shape.partStarts.last?.offset ?? 0) + partBytes {
                shape.partStarts.append(RecordStart(offset: scanner.recordStart, line: scanner.recordLine, nonBlankBefore: nonBlank))
            }
            if !scanner.recordIsBlank { nonBlank += 1 }
            if scanner.recordStart - released >= partBytes {
                utf8.release(released..<scanner.recordStart)
                released = scanner.recordStart
            }
            shape.rows += 1
            if shape.rows > TextLimits.maxRows { throw ImportError.tooManyRows(file: file, line: scanner.recordLine) }
            switch scanner.overflow {
            case .record:
                throw ImportError.rowTooLong(file: file, line: scanner.recordLine, insideQuotes: scanner.endedInsideQuotes)
            case .columns:
                throw ImportError.tooManyColumns(file: file, line: scanner.recordLine)
            case let .cell(field):
                throw ImportError.cellTooLong(file: file, line: scanner.recordLine, column: field + 1)
            case nil:
                break
            }
            if scanner.endedInsideQuotes { shape.unterminatedQuoteLine = scanner.recordLine }
            if let stray = scanner.strayQuote {
                shape.rowsWithStrayQuotes += 1
                if shape.strayQuotes.count < TextLimits.findingsPerKind { shape.strayQuotes.append(stray) }
            }
        }
        return shape
    }

    /// Walks `utf8` held in memory; see ``scan(_:delimiter:file:partBytes:)``.
    static func scan(_ utf8: [UInt8], delimiter: Character, file: String, partBytes: Int = partBytes) throws -> CSVShape {
        try scan(ByteStore(utf8), delimiter: delimiter, file: file, partBytes: partBytes)
    }

    /// Refuses text of more than ``TextLimits/maxRows`` rows, counting only: for bytes not yet
    /// decoded, whose rows are split by the same ASCII bytes as their UTF-8 (the other limits
    /// are checked on the UTF-8, by ``scan(_:delimiter:file:)``).
    static func checkRowCount(_ bytes: [UInt8], delimiter: Character, file: String) throws {
        var scanner = CSVScanner(utf8: bytes, delimiter: delimiter.asciiValue ?? UInt8(ascii: ","), keepingFields: false)
        var rows = 0
        while scanner.next() {
            rows += 1
            if rows > TextLimits.maxRows { throw ImportError.tooManyRows(file: file, line: scanner.recordLine) }
        }
    }
}
