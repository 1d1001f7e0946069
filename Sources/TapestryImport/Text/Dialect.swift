/// How a delimited file is written: its encoding and the character between fields.
public struct Dialect: Sendable, Equatable {
    /// The candidates, in the order ties are broken.
    public static let delimiters: [Character] = [",", ";", "\t", "|"]

    /// The encoding name (see ``DecodedText/encoding``).
    public var encoding: String
    /// The field delimiter.
    public var delimiter: Character

    /// Creates a dialect.
    public init(encoding: String, delimiter: Character) {
        self.encoding = encoding
        self.delimiter = delimiter
    }

    /// Picks the delimiter that splits the first records (up to `sample`) most consistently:
    /// the one for which most records have as many fields as the header, then the one giving
    /// more fields. Counting happens outside quotes, since the tokenizer honours them. Only
    /// records that start in the first ``detectionWindow`` bytes are looked at (the header
    /// whatever its length, up to the limits of ``TextLimits``), and no string is built, so a
    /// huge or broken file costs no more here than a small one.
    public static func detectDelimiter(in utf8: [UInt8], sample: Int = 20) -> Character {
        detectDelimiter(in: ByteStore(utf8), sample: sample)
    }

    /// The delimiter of the text in `utf8`; see ``detectDelimiter(in:sample:)-([UInt8],_)``.
    static func detectDelimiter(in utf8: ByteStore, sample: Int = 20) -> Character {
        var best: (delimiter: Character, consistent: Int, fields: Int) = (",", -1, 0)
        for delimiter in delimiters {
            var scanner = CSVScanner(store: utf8, delimiter: delimiter.asciiValue ?? UInt8(ascii: ","), keepingFields: false,
                                     maxRecordBytes: TextLimits.maxRecordBytes, maxColumns: TextLimits.maxColumns)
            var counts: [Int] = []
            while counts.count < sample, counts.isEmpty || scanner.position < detectionWindow, scanner.next() {
                if !scanner.recordIsBlank { counts.append(scanner.fieldCount) }
                if scanner.overflow != nil { break }
            }
            guard let header = counts.first, header > 1 else { continue }
            let consistent = counts.filter { $0 == header }.count
            if consistent > best.consistent || (consistent == best.consistent && header > best.fields) {
                best = (delimiter, consistent, header)
            }
        }
        return best.delimiter
    }

    /// How far into the text delimiter detection looks for records after the header: 1 MiB.
    static let detectionWindow = 1 << 20
}
