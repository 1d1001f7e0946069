/// Where one field of a record lies in the UTF-8 bytes, as written: from its first byte (the
/// opening quote, for a quoted field) to the byte before the delimiter or line break.
struct CSVFieldSpan: Sendable, Equatable {
    /// The first byte.
    var start: Int
    /// One past the last byte.
    var end: Int
    /// Whether the field starts with a quote (its value is then unquoted when read).
    var quoted: Bool

    /// The field's length as written, in bytes.
    var length: Int { end - start }
}
