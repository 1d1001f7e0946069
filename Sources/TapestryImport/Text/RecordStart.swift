/// Where a record of a text file starts: a place the file can be split so that each part is
/// read on its own (a record boundary found by walking from the start, so that quotes are
/// respected), with what a part starting there needs to know.
struct RecordStart: Sendable, Equatable {
    /// The byte the record starts at (for a worksheet, the row's index).
    var offset: Int
    /// The physical line it starts on.
    var line: Int
    /// How many non-blank records come before it (header rows included).
    var nonBlankBefore: Int
}
