/// One column's answers already read: each distinct cell text and what reading it gave (with
/// the words of its finding, if it makes one), so that folding, label matching and the checks
/// behind a finding's quote run once per distinct value instead of once per cell. Answer
/// columns hold a handful of distinct values; a column that holds many (free text in an item
/// column, or a hostile file) stops being cached after ``maxEntries``, and a value longer than
/// ``maxKeyBytes`` is never cached, so the cache stays small whatever the file holds.
struct AnswerCache {
    /// What one cell gave: its reading, and the finding it makes (without its line).
    struct Entry {
        var reading: AnswerReading
        var finding: (kind: RowFindings.Kind, message: String)?
    }

    /// The most distinct values kept for one column.
    static let maxEntries = 512
    /// The longest value kept, in UTF-8 bytes.
    static let maxKeyBytes = 64

    private var entries: [String: Entry] = [:]

    /// The entry cached for `cell`, if any.
    func cached(_ cell: String) -> Entry? {
        entries[cell]
    }

    /// Keeps `entry` for `cell` while there is room and the value is short.
    mutating func store(_ entry: Entry, for cell: String) {
        if entries.count < Self.maxEntries, cell.utf8.count <= Self.maxKeyBytes { entries[cell] = entry }
    }
}
