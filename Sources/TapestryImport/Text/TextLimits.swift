/// The limits on an input file, in one place. Each is far above any real survey export, and
/// each, when exceeded, stops the import with an ``ImportError`` (exit 65) that names the file
/// and the line (and column) and says what to do. They keep a broken or hostile file from
/// exhausting memory or time: every check happens in one pass over the bytes, before any row
/// is read.
///
/// The README's "Limits" section lists them; tests check each exactly at its edge.
public enum TextLimits {
    /// The largest input file, 2 GiB. A million respondents answering 51 items is about
    /// 150 MB as CSV; the whole file is held in memory once while it is read.
    public static let maxFileBytes = 2 * 1024 * 1024 * 1024

    /// The longest cell, 1 MiB of UTF-8 as written in the file (quotes included). Excel stops
    /// at 32,767 characters a cell, at most 128 KiB; an answer or heading is far shorter.
    public static let maxCellBytes = 1024 * 1024

    /// The longest row (record), 16 MiB of UTF-8, line breaks inside quoted cells included. A
    /// Qualtrics header of 5,000 columns with long question texts is about 2 MB. A quoted cell
    /// that is never closed runs to the end of the file, and is caught here early.
    public static let maxRecordBytes = 16 * 1024 * 1024

    /// The longest value of a `round` column that names a round, 64 characters: a round is
    /// named like "2026-Q1" or "Spring survey 2026", and its name is repeated in every report
    /// (a pasted 1 MB value made a 15 MB JSON). A longer value is not used as a name: the row
    /// is scored in the file's own round, with a warning.
    public static let maxRoundLabelCharacters = 64

    /// The most columns (fields) a row may have, 16,384: Excel's own maximum, so no export
    /// that was ever opened in a spreadsheet has more.
    public static let maxColumns = 16_384

    /// The most rows a text file may have, 2,000,000, counting header and blank rows: twice
    /// the million respondents the tool is built and tested for. Counted in the same pass, so
    /// a file of ten million tiny rows stops at once instead of being read.
    public static let maxRows = 2_000_000

    /// How many findings of one kind (stray quotes, unknown answers, partial responses, …)
    /// one file reports one by one, 1,000; the rest are counted in one more finding. Every row
    /// is still read and counted, but a file with a problem on each of a million rows does
    /// not hold a million messages in memory (it took 1 GB).
    public static let findingsPerKind = 1_000
}
