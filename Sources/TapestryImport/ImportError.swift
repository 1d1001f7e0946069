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
    /// The `--group-by` column holds more distinct values than ``GroupLabels/maximumGroups``.
    case tooManyGroups(file: String, line: Int, column: String, limit: Int)
    /// A settings file (instrument, mapping, project, template, link key) is larger than
    /// ``SettingsFiles/maximumBytes``.
    case settingsFileTooLarge(file: String, limit: Int)
    /// The file is larger than ``TextLimits/maxFileBytes``.
    case fileTooLarge(file: String)
    /// A row is longer than ``TextLimits/maxRecordBytes``; `insideQuotes` when it was still
    /// inside a quoted cell there (most often a closing quote is missing).
    case rowTooLong(file: String, line: Int, insideQuotes: Bool)
    /// A row has more than ``TextLimits/maxColumns`` fields.
    case tooManyColumns(file: String, line: Int)
    /// A cell is longer than ``TextLimits/maxCellBytes``; `column` counts from 1.
    case cellTooLong(file: String, line: Int, column: Int)
    /// The file has more than ``TextLimits/maxRows`` rows; `line` is where the first row
    /// beyond the limit starts.
    case tooManyRows(file: String, line: Int)
    /// No input has a single response: only header rows (and blank lines).
    case noResponses(files: [String])
    /// The file is binary data (an image, an archive, a document), not a text export.
    case notText(file: String)
    /// An `.xlsx` file goes beyond one of the reader's limits (``WorkbookLimits``): `place` is
    /// where (`sheet row 3, cell XFE3`, or a part such as `xl/sharedStrings.xml`).
    case workbookLimit(file: String, place: String, problem: String)
    /// `--link-by` (or `link-by:`) names a column the file does not have.
    case linkColumnNotFound(file: String, column: String, headers: [String])
    /// The member list (`--members FILE`, or `members:` in a project) cannot be used.
    case invalidMembers(file: String, line: Int?, problem: String)

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
        case let .tooManyGroups(file, line, column, limit):
            "\(file):\(line): --group-by \(column): this column holds more than \(limit) different values, "
                + "so it is not a column of groups (an id or a comment?). Group by a column such as member type or workshop table."
        case let .settingsFileTooLarge(file, limit):
            "\(file): this file is larger than \(limit / 1_048_576) MB, far larger than any settings file "
                + "(instrument, mapping, project, template or link key). Check that it is the right file."
        case let .fileTooLarge(file):
            "\(file): the file is larger than \(Self.size(TextLimits.maxFileBytes)), the most tapestry reads "
                + "(a million responses to 51 items is about 150 MB). Check that it is the survey export; "
                + "if it is, split it into one file per round."
        case let .rowTooLong(file, line, insideQuotes):
            insideQuotes
                ? "\(file):\(line): a quoted cell in the row that starts on this line runs on for more than "
                    + "\(Self.size(TextLimits.maxRecordBytes)); most likely its closing quote (\") is missing. Add it and run again."
                : "\(file):\(line): the row that starts on this line is longer than \(Self.size(TextLimits.maxRecordBytes)), "
                    + "the most tapestry reads in one row. Check that the file is a survey export with one respondent a row."
        case let .tooManyColumns(file, line):
            "\(file):\(line): this row has more than \(Self.count(TextLimits.maxColumns)) columns, the most a spreadsheet holds. "
                + "Check that the file is a survey export, and that its delimiter and quotes are right on this line."
        case let .cellTooLong(file, line, column):
            "\(file):\(line): column \(column): this cell is longer than \(Self.size(TextLimits.maxCellBytes)), "
                + "the most tapestry reads in one cell. Shorten it, or check that no quote (\") is missing before it."
        case let .tooManyRows(file, line):
            "\(file):\(line): the file has more than \(Self.count(TextLimits.maxRows)) rows, the most tapestry reads from one file. "
                + "Check that it is the survey export; remove blank rows, or split it into one file per round."
        case let .noResponses(files):
            files.count == 1
                ? "\(files[0]): the file has no responses, only a header. "
                    + "Export it again once people have answered, or check that it is the right file."
                : "\(files.joined(separator: ", ")): none of these files has any responses, only headers. "
                    + "Export them again once people have answered, or check that they are the right files."
        case let .notText(file):
            "\(file): this is not a survey export: it holds binary data (it may be an image, an archive or a document renamed). "
                + "Export the answers again from the survey platform as CSV or xlsx."
        case let .workbookLimit(file, place, problem):
            "\(file): \(place): \(problem). No survey export comes near this, so tapestry stops here. "
                + "Check that this is the survey's export; if it is, export the responses again (or save them as CSV UTF-8)."
        case let .linkColumnNotFound(file, column, headers):
            "\(file): --link-by \(column): there is no such column (columns: \(Self.list(headers))). "
                + "Give the heading of the column that identifies each member in every round (an e-mail address or a member id)."
        case let .invalidMembers(file, line, problem):
            "\(file)\(line.map { ":\($0)" } ?? ""): the member list: \(problem)"
        }
    }

    /// `16 MiB`, `1 MiB`, `2 GiB`.
    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 30 ? "\(bytes >> 30) GiB" : "\(bytes >> 20) MiB"
    }

    /// `2,000,000`.
    private static func count(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
            index -= 3
        }
        return digits
    }

    private static func list(_ headers: [String]) -> String {
        let shown = headers.prefix(12).map { "`\($0)`" }.joined(separator: ", ")
        return headers.count > 12 ? shown + ", …" : shown
    }
}
