/// A run of consecutive records of a ``SurveyFile``, read on its own (on another core) and
/// merged back in file order: from the record at `start` (a byte of the text, or a worksheet
/// row's index) to `end`, the first record on `line`, the first `skip` non-blank records being
/// header rows.
struct FilePart: Sendable, Equatable {
    var start: Int
    var end: Int
    var line: Int
    var skip: Int
}
