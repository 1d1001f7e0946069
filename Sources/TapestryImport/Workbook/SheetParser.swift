import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A worksheet's `<row>`s and `<c>`ells, placed by their references (`B2`), since empty cells
/// are left out of the XML: shared strings, inline strings, numbers (whole numbers without
/// `.0`), booleans, and dates (cells whose number format shows a date) as
/// `yyyy-MM-dd HH:mm:ss`. Rows and columns beyond Excel's, and more cells than
/// ``WorkbookLimits/cells``, stop the parse with an error that names the row and cell.
final class SheetParser: WorkbookXMLHandler {
    private let strings: [String]
    private let dateStyles: Set<Int>
    /// The rows read, each with its row number as its line.
    private(set) var records: [CSVRecord] = []
    private var row: [String] = []
    private var inRow = false
    private var rowNumber = 0
    private var rowCount = 0
    /// Cells kept so far, with the empty ones before the last of each row.
    private var cells = 0
    /// The column of the next cell that has no reference.
    private var nextColumn = 0
    private var cell: Cell?
    private var collecting = false

    /// The cell being read.
    private struct Cell {
        var column: Int
        /// As the file gives it; empty for a cell without one.
        var reference: String
        var type: String
        var style: Int
        var value = ""
    }

    init(file: String, part: String, limits: WorkbookLimits, strings: [String], dateStyles: Set<Int>) {
        self.strings = strings
        self.dateStyles = dateStyles
        super.init(file: file, part: part, limits: limits)
    }

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) throws {
        switch element {
        case "row" where ancestor(1) == "sheetData":
            try startRow(attributes["r"], line: parser.lineNumber)
        case "c" where inRow && ancestor(1) == "row":
            cell = try startCell(attributes)
        case "v" where ancestor(1) == "c":
            collecting = cell != nil
        case "t":
            collecting = cell != nil && (ancestor(1) == "is" || (ancestor(1) == "r" && ancestor(2) == "is"))
        default:
            break
        }
    }

    override func end(_ element: String) throws {
        switch element {
        case "v", "t":
            collecting = false
        case "c" where inRow && ancestor(1) == "row":
            try endCell()
        case "row" where ancestor(1) == "sheetData":
            records.append(CSVRecord(line: rowNumber, fields: row))
            row = []
            inRow = false
        default:
            break
        }
    }

    override func characters(_ text: String) throws {
        guard collecting, var current = cell else { return }
        guard current.value.utf8.count + text.utf8.count <= limits.cellBytes else {
            throw limit(at: current, "its text is longer than \(limits.cellBytes.grouped) bytes")
        }
        cell = nil  // so that the append below does not copy the text
        current.value += text
        cell = current
    }

    // MARK: - Rows and cells

    private func startRow(_ number: String?, line: Int) throws {
        rowCount += 1
        guard rowCount <= limits.rows else {
            throw ImportError.workbookLimit(file: file, place: "\(part), line \(line)",
                                            problem: "the sheet has more than \(limits.rows.grouped) rows")
        }
        if let number {
            let digits = number.utf8.drop { $0 == UInt8(ascii: "0") }
            guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
                throw ImportError.unreadableWorkbook(
                    file: file, problem: "\(part), line \(line): `\(Self.shown(number))` is not a row number")
            }
            // Compared by length first, so no number of digits can overflow.
            guard digits.count <= 18, let value = Int(String(decoding: digits, as: UTF8.self)), value <= limits.rows else {
                throw ImportError.workbookLimit(
                    file: file, place: "sheet row \(Self.shown(number))",
                    problem: "the row number is beyond \(limits.rows.grouped), the last row a workbook can have")
            }
            rowNumber = value
        } else {
            guard rowNumber < limits.rows else {
                throw ImportError.workbookLimit(
                    file: file, place: "\(part), line \(line)",
                    problem: "the row after row \(rowNumber.grouped) is beyond the last row a workbook can have")
            }
            rowNumber += 1
        }
        row = []
        nextColumn = 0
        inRow = true
    }

    private func startCell(_ attributes: [String: String]) throws -> Cell {
        let column: Int
        let reference: String
        if let given = attributes["r"] {
            reference = given
            switch CellReference(given, maxColumns: limits.columns) {
            case .column(let index): column = index
            case .beyondLimit: throw beyondLastColumn(given)
            case .invalid:
                throw ImportError.unreadableWorkbook(
                    file: file, problem: "sheet row \(rowNumber), `\(Self.shown(given))` is not a cell reference like B2")
            }
        } else {
            column = nextColumn
            reference = ""  // named from the column when a message needs it
            guard column < limits.columns else {
                throw beyondLastColumn("after " + CellReference.letters(limits.columns - 1) + String(rowNumber))
            }
        }
        return Cell(column: column, reference: reference, type: attributes["t"] ?? "n",
                    style: attributes["s"].flatMap { Int($0) } ?? 0)
    }

    private func endCell() throws {
        guard let current = cell else { return }
        cell = nil
        collecting = false
        let text = text(of: current)
        if current.column < row.count {
            row[current.column] = text
        } else {
            let added = current.column + 1 - row.count
            guard added <= limits.cells - cells else {
                throw limit(at: current, "the sheet has more than \(limits.cells.grouped) cells "
                                + "(counting the empty cells before the last one of each row)")
            }
            cells += added
            if added > 1 { row.append(contentsOf: repeatElement("", count: added - 1)) }
            row.append(text)
        }
        nextColumn = current.column + 1
    }

    private func text(of cell: Cell) -> String {
        let value = cell.value
        switch cell.type {
        case "s": return Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "b": return value == "1" ? "TRUE" : "FALSE"
        case "inlineStr", "str", "e", "d": return value
        default:
            guard let number = Double(value) else { return value }
            if dateStyles.contains(cell.style) { return ExcelSerialDate.text(number) ?? value }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return String(number)
        }
    }

    // MARK: - Messages

    private func beyondLastColumn(_ reference: String) -> ImportError {
        .workbookLimit(file: file, place: "sheet row \(rowNumber), cell \(Self.shown(reference))",
                       problem: "its column lies beyond \(CellReference.letters(limits.columns - 1)), "
                           + "the last of the \(limits.columns.grouped) columns a workbook can have")
    }

    private func limit(at cell: Cell, _ problem: String) -> ImportError {
        let reference = cell.reference.isEmpty ? CellReference.letters(cell.column) + String(rowNumber) : Self.shown(cell.reference)
        return .workbookLimit(file: file, place: "sheet row \(rowNumber), cell \(reference)", problem: problem)
    }

    /// A value from the file, cut short for a message.
    private static func shown(_ text: String) -> String {
        text.count <= 24 ? text : text.prefix(24) + "…"
    }
}
