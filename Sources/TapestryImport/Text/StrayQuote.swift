/// A quote where RFC 4180 allows none: inside a cell that does not start with a quote
/// (`ab"c`), or text after the closing quote of a quoted cell (`"ab"c`). The cell is still
/// read as it stands (`ab"c`, `abc`); the user is told, since such a cell often means a
/// quote went missing and two cells, or two rows, ran together.
struct StrayQuote: Sendable, Equatable {
    /// Which of the two it is.
    enum Kind: Sendable, Equatable {
        /// A quote inside a cell that does not start with one: `ab"c`.
        case insideUnquotedCell
        /// Text after the closing quote of a quoted cell: `"ab"c`.
        case afterClosingQuote
    }

    /// The physical line (from 1) the quote or text stands on.
    var line: Int
    /// The field's position in its record, from 0.
    var field: Int
    /// What is wrong.
    var kind: Kind
}
