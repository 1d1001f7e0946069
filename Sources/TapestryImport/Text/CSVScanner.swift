/// Walks delimited UTF-8 text one record at a time without building any string: where each
/// field lies, the line the record starts on, a quote left open at the end, the first stray
/// quote. The one state machine behind ``CSVTokenizer``, delimiter detection and
/// ``CSVShape``, so that all three agree on where records and fields begin.
///
/// RFC 4180 with the leniency exports need: a quote opens a quoted field only as the field's
/// first byte; inside quotes a doubled quote stands for one and line breaks belong to the
/// field; anything else is taken as written (a stray quote, text after a closing quote).
/// Records end at CRLF, LF or a lone CR. Each byte is looked at once, so the time is linear
/// in the text; a record that grows past `maxRecordBytes` or `maxColumns` fields is cut off
/// there (``overflow``) instead of being read to its end, and a field longer than
/// `maxCellBytes` is reported the same way.
struct CSVScanner {
    /// Why the last record was cut off.
    enum Overflow: Equatable {
        /// It grew longer than `maxRecordBytes`.
        case record
        /// It has more than `maxColumns` fields.
        case columns
        /// This field (from 0) is longer than `maxCellBytes`.
        case cell(field: Int)
    }

    let bytes: ByteStore
    let delimiter: UInt8
    /// Where the walk stops: the end of the text, or the start of a record.
    private let end: Int
    private let limits: Limits
    private let keepsFields: Bool

    /// The byte where the next record starts.
    private(set) var position = 0
    /// The line the next record starts on.
    private(set) var line = 1

    /// The last record's fields (kept only when asked for: the checks need only counts).
    private(set) var fields: [CSVFieldSpan] = []
    /// How many fields the last record has.
    private(set) var fieldCount = 0
    /// Whether every field of the last record is empty (a blank line, or only delimiters).
    private(set) var recordIsBlank = true
    /// The line the last record starts on.
    private(set) var recordLine = 1
    /// The byte the last record starts at.
    private(set) var recordStart = 0
    /// Whether the last record ended inside a quoted field: at the end of the text, or where
    /// it was cut off.
    private(set) var endedInsideQuotes = false
    /// Why the last record was cut off, if it was.
    private(set) var overflow: Overflow?
    /// The last record's first stray quote, if any.
    private(set) var strayQuote: StrayQuote?

    /// Prepares to walk `bytes`, split at `delimiter` (an ASCII byte other than a quote or a
    /// line break), cutting a record off beyond the limits given. `keepingFields: false` walks
    /// without noting where each field lies (``fields`` stays empty), for checks that need
    /// only counts. The walk starts at `start`, the start of a record on `line`, and stops at
    /// `end` (the end of the text when nil), which must be the start of a record too.
    init(utf8 bytes: [UInt8], delimiter: UInt8, keepingFields: Bool = true,
         maxRecordBytes: Int = .max, maxColumns: Int = .max, maxCellBytes: Int = .max,
         from start: Int = 0, line: Int = 1, end: Int? = nil) {
        self.init(store: ByteStore(bytes), delimiter: delimiter, keepingFields: keepingFields, maxRecordBytes: maxRecordBytes,
                  maxColumns: maxColumns, maxCellBytes: maxCellBytes, from: start, line: line, end: end)
    }

    /// Prepares to walk the bytes of `store`; see ``init(utf8:delimiter:keepingFields:maxRecordBytes:maxColumns:maxCellBytes:from:line:end:)``.
    init(store bytes: ByteStore, delimiter: UInt8, keepingFields: Bool = true,
         maxRecordBytes: Int = .max, maxColumns: Int = .max, maxCellBytes: Int = .max,
         from start: Int = 0, line: Int = 1, end: Int? = nil) {
        self.bytes = bytes
        position = start
        self.line = line
        self.end = min(end ?? bytes.count, bytes.count)
        self.delimiter = delimiter
        keepsFields = keepingFields
        limits = Limits(record: maxRecordBytes, columns: maxColumns, cell: maxCellBytes)
    }

    /// Moves to the next record; false at the end of the text.
    mutating func next() -> Bool {
        overflow = nil
        strayQuote = nil
        endedInsideQuotes = false
        guard position < end else { return false }
        recordStart = position
        recordLine = line
        if keepsFields { fields.removeAll(keepingCapacity: true) }
        let record = Self.walk(bytes, from: position, line: line, delimiter: delimiter, limits: limits,
                               keepingFields: keepsFields, fields: &fields)
        position = record.position
        line = record.line
        fieldCount = record.fieldCount
        recordIsBlank = record.blank
        overflow = record.overflow
        strayQuote = record.stray
        endedInsideQuotes = !record.ended && record.insideQuotes
        return true
    }

    /// The longest record and cell in bytes, and the most fields.
    private struct Limits {
        var record: Int
        var columns: Int
        var cell: Int
    }

    /// One record's walk: where it is, and what it found.
    private struct Record {
        var position: Int
        var line: Int
        var fieldCount = 0
        var blank = true
        var stray: StrayQuote?
        var overflow: Overflow?
        var insideQuotes = false
        var ended = false
    }

    /// Walks one record from `start`. The loop's state lives in locals of the closure and
    /// is handed to static functions by `inout`, never captured: captured variables are boxed
    /// and checked for exclusive access on every use in debug builds, which made the walk ten
    /// times slower there.
    private static func walk(_ bytes: ByteStore, from start: Int, line: Int, delimiter: UInt8, limits: Limits,
                             keepingFields: Bool, fields: inout [CSVFieldSpan]) -> Record {
        bytes.withUnsafeBufferPointer { buffer -> Record in
            let quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
            let count = buffer.count
            // One byte past the longest record allowed, or the end of the text.
            let stop = limits.record >= count - start ? count : start + limits.record + 1
            var record = Record(position: start, line: line)
            var field = Field(start: start)
            while record.position < stop {
                // Bytes that are plain text (no delimiter, line break or quote) only move the walk
                // on: skipped in a tight loop, the common case.
                var plain = record.position
                if record.insideQuotes {
                    plain = skipWords(buffer, from: plain, to: stop, avoiding: quote, lineFeed, carriageReturn, carriageReturn)
                    while plain < stop, buffer[plain] != quote, buffer[plain] != lineFeed, buffer[plain] != carriageReturn { plain += 1 }
                } else if !field.quoted {
                    plain = skipWords(buffer, from: plain, to: stop, avoiding: delimiter, lineFeed, carriageReturn, quote)
                    while plain < stop {
                        let byte = buffer[plain]
                        if byte == delimiter || byte == lineFeed || byte == carriageReturn || byte == quote { break }
                        plain += 1
                    }
                }
                if plain > record.position {
                    record.position = plain
                    continue
                }
                let byte = buffer[record.position]
                if record.insideQuotes {
                    if byte == quote {
                        if record.position + 1 < count, buffer[record.position + 1] == quote {
                            record.position += 2
                        } else {
                            record.insideQuotes = false
                            record.position += 1
                        }
                        continue
                    }
                    if byte == lineFeed
                        || (byte == carriageReturn && !(record.position + 1 < count && buffer[record.position + 1] == lineFeed)) {
                        record.line += 1
                    }
                    record.position += 1
                    continue
                }
                if byte == delimiter {
                    guard end(field, of: &record, in: buffer, limits: limits, keepingFields: keepingFields, fields: &fields)
                    else { return record }
                    if record.fieldCount >= limits.columns {
                        record.overflow = .columns
                        return record
                    }
                    record.position += 1
                    field = Field(start: record.position)
                    continue
                }
                if byte == lineFeed || byte == carriageReturn {
                    guard end(field, of: &record, in: buffer, limits: limits, keepingFields: keepingFields, fields: &fields)
                    else { return record }
                    record.position += 1
                    if byte == carriageReturn, record.position < count, buffer[record.position] == lineFeed { record.position += 1 }
                    record.line += 1
                    record.ended = true
                    return record
                }
                if byte == quote {
                    if record.position == field.start {
                        record.insideQuotes = true
                        field.quoted = true
                        record.position += 1
                        continue
                    }
                    if record.stray == nil {
                        record.stray = StrayQuote(line: record.line, field: record.fieldCount,
                                                  kind: field.quoted ? .afterClosingQuote : .insideUnquotedCell)
                    }
                } else if field.quoted, record.stray == nil {
                    record.stray = StrayQuote(line: record.line, field: record.fieldCount, kind: .afterClosingQuote)
                }
                record.position += 1
            }
            if record.position - start > limits.record {
                record.overflow = .record
                return record
            }
            _ = end(field, of: &record, in: buffer, limits: limits, keepingFields: keepingFields, fields: &fields)
            return record
        }
    }

    /// Where the first 8-byte word from `start` that holds one of the four bytes given (or
    /// runs past `stop`) begins: whole words of plain text are passed over eight bytes at a
    /// time (a word holds byte b when `word ^ b·0x0101…` has a zero byte).
    @inline(__always)
    private static func skipWords(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int,
                                  avoiding a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Int {
        #if _endian(little)
        guard let base = buffer.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let (ma, mb, mc, md) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c), ones &* UInt64(d))
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        var position = start
        while position + 8 <= stop {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            if hasZeroByte(word ^ ma) || hasZeroByte(word ^ mb) || hasZeroByte(word ^ mc) || hasZeroByte(word ^ md) { break }
            position += 8
        }
        return position
        #else
        return start
        #endif
    }

    /// Ends `field` before `record.position`; false when it is longer than the limit.
    private static func end(_ field: Field, of record: inout Record, in buffer: UnsafeBufferPointer<UInt8>, limits: Limits,
                            keepingFields: Bool, fields: inout [CSVFieldSpan]) -> Bool {
        let length = record.position - field.start
        if length > limits.cell {
            record.overflow = .cell(field: record.fieldCount)
            return false
        }
        if record.blank {
            record.blank = field.quoted ? length == 1 || (length == 2 && buffer[field.start + 1] == UInt8(ascii: "\"")) : length == 0
        }
        if keepingFields { fields.append(CSVFieldSpan(start: field.start, end: record.position, quoted: field.quoted)) }
        record.fieldCount += 1
        return true
    }

    /// The field being walked.
    private struct Field {
        var start: Int
        var quoted = false
    }

    /// A field's value: as written, or for a quoted field without its quotes and with each
    /// doubled quote made one (anything after the closing quote is kept as written).
    func value(of span: CSVFieldSpan) -> String {
        Self.value(of: span, in: bytes)
    }

    /// The value of the field at `span` of `bytes`; see ``value(of:)``.
    static func value(of span: CSVFieldSpan, in bytes: ByteStore) -> String {
        let quote = UInt8(ascii: "\"")
        return bytes.withUnsafeBufferPointer { buffer in
            guard span.quoted else {
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]), as: UTF8.self)
            }
            var value: [UInt8] = []
            value.reserveCapacity(span.length)
            var index = span.start + 1
            var runStart = index
            var insideQuotes = true
            while index < span.end {
                if insideQuotes, buffer[index] == quote {
                    value.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                    if index + 1 < span.end, buffer[index + 1] == quote {
                        value.append(quote)
                        index += 2
                    } else {
                        insideQuotes = false
                        index += 1
                    }
                    runStart = index
                    continue
                }
                index += 1
            }
            value.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<span.end]))
            return String(decoding: value, as: UTF8.self)
        }
    }
}
