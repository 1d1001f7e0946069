/// One record of a file as it is read: its line and where its fields lie in the text, each
/// made into a string only when asked for, so that an answer cell can be looked up by its
/// bytes (``AnswerCache``) without a string being made of it. A worksheet's row comes as
/// strings already.
struct RecordCells {
    /// The line the record starts on.
    let line: Int
    /// Where the record starts: a byte of the text, or a worksheet row's index
    /// (``SurveyFile/record(at:line:)`` reads it again from there).
    let position: Int
    private let spans: [CSVFieldSpan]
    private let bytes: ByteStore?
    private let strings: [String]

    /// A record of text: its fields at `spans` of `bytes`.
    init(line: Int, position: Int, spans: [CSVFieldSpan], bytes: ByteStore) {
        self.line = line
        self.position = position
        self.spans = spans
        self.bytes = bytes
        strings = []
    }

    /// A record whose fields are strings already (a worksheet's row, at `position`).
    init(_ record: CSVRecord, position: Int) {
        line = record.line
        self.position = position
        spans = []
        bytes = nil
        strings = record.fields
    }

    /// How many fields the record has.
    var count: Int { bytes == nil ? strings.count : spans.count }

    /// The field at `index`, or an empty string for a short row.
    func string(at index: Int) -> String {
        guard index < count else { return "" }
        guard let bytes else { return strings[index] }
        return CSVScanner.value(of: spans[index], in: bytes)
    }

    /// `body` called with the bytes of the field at `index` when they are its value (a field
    /// of text without quotes; empty for a short row); nil for a quoted field or a worksheet's.
    func withValueBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let bytes else { return nil }
        guard index < spans.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let span = spans[index]
        if span.quoted { return nil }
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
    }

    /// The record with strings for the fields where `strings` is true (and every field past
    /// its end), empty strings for the others.
    func record(strings wanted: [Bool]) -> CSVRecord {
        var fields: [String] = []
        fields.reserveCapacity(count)
        for index in 0..<count {
            fields.append(index < wanted.count && !wanted[index] ? "" : string(at: index))
        }
        return CSVRecord(line: line, fields: fields)
    }
}
