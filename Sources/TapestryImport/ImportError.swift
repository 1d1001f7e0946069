/// Why an input could not be used at all. Problems with single cells or rows are not errors
/// but ``Finding``s. Each case names the file, and its description says what to do.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case cannotOpen(file: String, reason: String)
    /// The file holds no header row.
    case empty(file: String)
    /// No column of the header names an item of the instrument.
    case noItemColumns(file: String, line: Int, headers: [String])
    /// `--group-by` names a column the file does not have.
    case groupColumnNotFound(file: String, column: String, headers: [String])
    /// A quoted field is never closed, so the rest of the file cannot be split into rows.
    case unterminatedQuote(file: String, line: Int)
    /// `--group-by` names a column that holds personal data.
    case personalGroupColumn(file: String, column: String)
    /// `--round-by` was asked for, but the file has no timestamp column.
    case noTimestampColumn(file: String)
    /// A project file (`tapestry.yaml`) is not valid.
    case invalidProject(file: String, line: Int?, problem: String)
    /// The mapping file (`--map`) is not valid.
    case invalidMapping(file: String, line: Int?, problem: String)
    /// An `.xlsx` file could not be read as a workbook.
    case unreadableWorkbook(file: String, problem: String)
    /// An `.xlsx` file goes beyond one of the reader's limits (``WorkbookLimits``): `place` is
    /// where (`sheet row 3, cell XFE3`, or a part such as `xl/sharedStrings.xml`).
    case workbookLimit(file: String, place: String, problem: String)

    /// A message that names the place and says what to do.
    public var description: String {
        switch self {
        case let .cannotOpen(file, reason):
            "\(file): cannot open this file (\(reason)). Check the path and that you may read it."
        case let .empty(file):
            "\(file): the file is empty; it needs a header row and one row per respondent. "
                + "`tapestry template csv` writes a blank one."
        case let .noItemColumns(file, line, headers):
            "\(file):\(line): no column matches an item of the instrument (columns: \(Self.list(headers))). "
                + "Name the columns by item id as in `tapestry template csv`, or check --instrument."
        case let .groupColumnNotFound(file, column, headers):
            "\(file): --group-by \(column): there is no such column (columns: \(Self.list(headers))). "
                + "Give the header of the column that holds the group."
        case let .personalGroupColumn(file, column):
            "\(file): --group-by \(column): this column holds personal data, which tapestry never reports. "
                + "Group by a column such as member type or workshop table."
        case let .noTimestampColumn(file):
            "\(file): --round-by needs a column of dates (such as Timestamp, StartDate or a `timestamp` column), and this file has none. "
                + "Give one file per round instead, or add a `round` column."
        case let .invalidProject(file, line, problem):
            "\(file)\(line.map { ":\($0)" } ?? ""): project file: \(problem)"
        case let .invalidMapping(file, line, problem):
            "\(file)\(line.map { ":\($0)" } ?? ""): mapping file: \(problem)"
        case let .unreadableWorkbook(file, problem):
            "\(file): cannot read this workbook (\(problem)). Open it in Excel or LibreOffice and save it again as .xlsx or CSV UTF-8."
        case let .unterminatedQuote(file, line):
            "\(file):\(line): a quoted field that starts on this line is never closed. "
                + "Add the missing closing quote (\") and run again."
        case let .workbookLimit(file, place, problem):
            "\(file): \(place): \(problem). No survey export comes near this, so tapestry stops here. "
                + "Check that this is the survey's export; if it is, export the responses again (or save them as CSV UTF-8)."
        }
    }

    private static func list(_ headers: [String]) -> String {
        let shown = headers.prefix(12).map { "`\($0)`" }.joined(separator: ", ")
        return headers.count > 12 ? shown + ", …" : shown
    }
}
