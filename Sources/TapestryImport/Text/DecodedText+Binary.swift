extension DecodedText {
    /// How much of the start of a file is looked at to tell text from binary data.
    static let binaryCheckBytes = 1 << 16

    /// The share of control characters (other than tab and line breaks) in that start above
    /// which a file is binary data: random bytes hold about 12 %, a spreadsheet export next to
    /// none (a stray escape character or two in a comment).
    static let binaryControlShare = 0.05

    /// Fewer control characters than this never make a file binary, however short it is.
    static let binaryControlMinimum = 16

    /// Whether decoded text is binary data rather than an export: a NUL character in its
    /// first ``binaryCheckBytes``, or more than ``binaryControlShare`` control characters there
    /// (and at least ``binaryControlMinimum``).
    /// An image, an archive or a word-processor file renamed `.csv` would otherwise be read as
    /// a page of garbage columns (and printed to a terminal by `inspect`).
    static func looksBinary(_ utf8: [UInt8]) -> Bool {
        let start = utf8.prefix(binaryCheckBytes)
        guard !start.isEmpty else { return false }
        var controls = 0
        for byte in start {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F { controls += 1 }
        }
        return controls >= binaryControlMinimum && Double(controls) > binaryControlShare * Double(start.count)
    }
}
