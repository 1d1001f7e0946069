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
    /// more fields. Counting happens outside quotes, since the tokenizer honours them.
    public static func detectDelimiter(in utf8: [UInt8], sample: Int = 20) -> Character {
        var best: (delimiter: Character, consistent: Int, fields: Int) = (",", -1, 0)
        for delimiter in delimiters {
            var tokenizer = CSVTokenizer(utf8: utf8, delimiter: delimiter)
            var counts: [Int] = []
            while counts.count < sample, let record = tokenizer.next() {
                if !record.isBlank { counts.append(record.fields.count) }
            }
            guard let header = counts.first, header > 1 else { continue }
            let consistent = counts.filter { $0 == header }.count
            if consistent > best.consistent || (consistent == best.consistent && header > best.fields) {
                best = (delimiter, consistent, header)
            }
        }
        return best.delimiter
    }
}
