import Foundation
import Testing
@testable import TapestryImport

/// Each limit of ``WorkbookLimits`` at its edge: the limit passes, one more fails with an error
/// that names the file and the place. Where the real limit is cheap to reach, at the real limit.
@Suite struct WorkbookLimitsTests {
    typealias Book = TestWorkbook

    static func limitError(_ read: () throws -> Any) -> (place: String, problem: String)? {
        do {
            _ = try read()
        } catch let ImportError.workbookLimit(file, place, problem) {
            #expect(file == "test.xlsx")
            return (place, problem)
        } catch {
            Issue.record("unexpected error: \(error)")
        }
        return nil
    }

    // MARK: - Columns

    /// Issue 9: `ZZZZZZZZZZZZZ1` overflowed `Int` in `SheetParser.columnIndex` (a trap).
    @Test(arguments: ["ZZZZZZZZZZZZZ1", "ZZZZZZZ1", "AAAAA1", "XFE1", String(repeating: "Q", count: 100_000) + "1"])
    func columnsBeyondXFDAreRefused(reference: String) throws {
        let error = Self.limitError { try Book(sheet: Book.sheet("<row r=\"1\">" + Book.text(reference, "x") + "</row>")).records() }
        #expect(error?.place == "sheet row 1, cell " + (reference.count <= 24 ? reference : reference.prefix(24) + "…"))
        #expect(error?.problem == "its column lies beyond XFD, the last of the 16,384 columns a workbook can have")
    }

    @Test func columnXFDIsTheLastColumn() throws {
        let records = try Book(sheet: Book.sheet("<row r=\"1\">" + Book.text("A1", "a") + Book.text("XFD1", "z") + "</row>")).records()
        #expect(records[0].fields.count == WorkbookLimits.maxColumns)
        #expect(records[0].fields.last == "z")
    }

    /// Issue 9: a cell at ZZZZZZZ made the row padding allocate 4.4 GB; thousands of cells at
    /// 5-letter columns kept it padding for minutes. Now the first one ends the read.
    @Test func manyCellsAtFiveLetterColumnsEndAtTheFirst() {
        let rows = (1...2_000).map { row in
            "<row r=\"\(row)\">" + (0..<20).map { "<c r=\"AAAA\(Character(UnicodeScalar(65 + $0)!))\(row)\"><v>1</v></c>" }.joined() + "</row>"
        }.joined()
        let error = Self.limitError { try Book(sheet: Book.sheet(rows)).records() }
        #expect(error?.place == "sheet row 1, cell AAAAA1")
    }

    @Test func cellsWithoutReferencesStopAtTheLastColumn() {
        let cells = String(repeating: "<c><v>1</v></c>", count: WorkbookLimits.maxColumns)
        #expect((try? Book(sheet: Book.sheet("<row>\(cells)</row>")).records())?[0].fields.count == WorkbookLimits.maxColumns)
        let error = Self.limitError { try Book(sheet: Book.sheet("<row>\(cells)<c><v>1</v></c></row>")).records() }
        #expect(error?.place == "sheet row 1, cell after XFD1")
    }

    // MARK: - Rows

    @Test func row1048576IsTheLastRow() throws {
        let last = try Book(sheet: Book.sheet("<row r=\"1048576\">" + Book.text("A1048576", "x") + "</row>")).records()
        #expect(last.map(\.line) == [1_048_576])
        let beyond = Self.limitError { try Book(sheet: Book.sheet("<row r=\"1048577\"/>")).records() }
        #expect(beyond?.place == "sheet row 1048577")
        #expect(beyond?.problem == "the row number is beyond 1,048,576, the last row a workbook can have")
        let next = Self.limitError { try Book(sheet: Book.sheet("<row r=\"1048576\"/><row/>")).records() }
        #expect(next?.problem == "the row after row 1,048,576 is beyond the last row a workbook can have")
    }

    @Test(arguments: ["123456789012345678901234567890", "99999999999999999999", "9223372036854775808"])
    func rowNumbersOfManyDigitsAreBeyondTheLastRow(number: String) {
        let error = Self.limitError { try Book(sheet: Book.sheet("<row r=\"\(number)\"/>")).records() }
        #expect(error?.problem == "the row number is beyond 1,048,576, the last row a workbook can have")
    }

    @Test func rowsAreCountedUpToTheLimit() throws {
        var limits = WorkbookLimits()
        limits.rows = 5
        #expect(try Book(sheet: Book.sheet(String(repeating: "<row/>", count: 5))).records(limits: limits).count == 5)
        let error = Self.limitError { try Book(sheet: Book.sheet("<row r=\"1\"/>" + String(repeating: "<row r=\"2\"/>", count: 5))).records(limits: limits) }
        #expect(error?.problem == "the sheet has more than 5 rows")
    }

    // MARK: - Cells

    /// ``WorkbookLimits/maxCells`` at the real limit: 256 rows reaching XFD are 4,194,304 cells.
    @Test func cellsAreCountedWithTheEmptyOnesBeforeTheLast() throws {
        let rows = (1...256).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
        #expect(try Book(sheet: Book.sheet(rows)).records().count == 256)
        let error = Self.limitError { try Book(sheet: Book.sheet(rows + "<row r=\"257\"><c r=\"A257\"><v>1</v></c></row>")).records() }
        #expect(error?.place == "sheet row 257, cell A257")
        #expect(error?.problem == "the sheet has more than 4,194,304 cells (counting the empty cells before the last one of each row)")
    }

    @Test func aCellTextHoldsUpTo262144Bytes() throws {
        let limit = WorkbookLimits.maxCellBytes
        let text = String(repeating: "é", count: limit / 2)  // two bytes each
        #expect(try Book(sheet: Book.sheet("<row r=\"1\">" + Book.text("B1", text) + "</row>")).records()[0].fields == ["", text])
        let error = Self.limitError { try Book(sheet: Book.sheet("<row r=\"1\">" + Book.text("B1", text + "x") + "</row>")).records() }
        #expect(error?.place == "sheet row 1, cell B1")
        #expect(error?.problem == "its text is longer than 262,144 bytes")
        let shared = Book.sharedStrings("<si><t>\(text)</t></si>")
        #expect(try Book(sheet: Book.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), sharedStrings: shared).records()[0].fields == [text])
        let tooLong = Self.limitError {
            try Book(sheet: Book.sheet(""), sharedStrings: Book.sharedStrings("<si><t>x</t></si><si><r><t>\(text)</t></r><r><t>x</t></r></si>")).records()
        }
        #expect(tooLong?.place == "xl/sharedStrings.xml, string 2")
    }

    @Test func sharedStringsAreCountedUpToTheLimit() throws {
        let limit = WorkbookLimits.maxSharedStrings
        let sheet = Book.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(limit - 1)</v></c></row>")
        // Distinct strings, as real shared strings are (identical ones would compress like a zip bomb).
        let strings = (0..<limit).map { "<si><t>\($0)</t></si>" }.joined()
        let records = try Book(sheet: sheet, sharedStrings: Book.sharedStrings(strings), deflated: false).records()
        #expect(records[0].fields == ["\(limit - 1)"])
        let error = Self.limitError {
            try Book(sheet: sheet, sharedStrings: Book.sharedStrings(strings + "<si><t>one more</t></si>"), deflated: false).records()
        }
        #expect(error?.place == "xl/sharedStrings.xml")
        #expect(error?.problem == "it holds more than 1,048,576 shared strings")
    }

    @Test func stylesAreCountedUpToTheLimit() throws {
        let limit = WorkbookLimits.maxStyles
        func styles(formats: Int, numberFormats: Int) -> String {
            Book.head + "<styleSheet \(Book.namespace)><numFmts>" + String(repeating: "<numFmt numFmtId=\"164\" formatCode=\"0\"/>", count: numberFormats)
                + "</numFmts><cellXfs>" + String(repeating: "<xf numFmtId=\"14\"/>", count: formats) + "</cellXfs></styleSheet>"
        }
        let sheet = Book.sheet("<row r=\"1\"><c r=\"A1\" s=\"\(limit - 1)\"><v>45000</v></c></row>")
        #expect(try Book(sheet: sheet, styles: styles(formats: limit, numberFormats: limit)).records()[0].fields == ["2023-03-15 00:00:00"])
        let cellFormats = Self.limitError { try Book(sheet: sheet, styles: styles(formats: limit + 1, numberFormats: 1)).records() }
        #expect(cellFormats?.problem == "it defines more than 65,536 cell formats")
        let numberFormats = Self.limitError { try Book(sheet: sheet, styles: styles(formats: 1, numberFormats: limit + 1)).records() }
        #expect(numberFormats?.problem == "it defines more than 65,536 number formats")
    }

    // MARK: - XML

    @Test func elementsNestUpTo100Levels() throws {
        func nested(_ levels: Int) -> String {  // worksheet and sheetData are two levels
            Book.head + "<worksheet \(Book.namespace)><sheetData>" + String(repeating: "<x>", count: levels - 2)
                + String(repeating: "</x>", count: levels - 2) + "</sheetData></worksheet>"
        }
        #expect(try Book(sheet: nested(WorkbookLimits.maxDepth)).records().isEmpty)
        let error = Self.limitError { try Book(sheet: nested(WorkbookLimits.maxDepth + 1)).records() }
        #expect(error?.place == "xl/worksheets/sheet.xml, line 2")
        #expect(error?.problem == "its elements nest deeper than 100 levels")
    }

    // MARK: - Sizes

    /// ``WorkbookLimits/maxPartBytes`` at the real limit: a stored part of exactly 32 MiB is
    /// read through, one byte more is not.
    @Test func aPartInflatesToAt32MiB() throws {
        let limit = WorkbookLimits.maxPartBytes
        let opening = Data((Book.head + "<worksheet \(Book.namespace)><sheetData/>").utf8), closing = Data("</worksheet>".utf8)
        func part(_ size: Int) -> Data {
            opening + Data(repeating: UInt8(ascii: " "), count: size - opening.count - closing.count) + closing
        }
        #expect(try Book(sheet: "", deflated: false).replacingSheet(part(limit)).records().isEmpty)
        let error = Self.limitError { try Book(sheet: "", deflated: false).replacingSheet(part(limit + 1)).records() }
        #expect(error?.place == "xl/worksheets/sheet.xml")
        #expect(error?.problem == "it inflates to more than 33,554,432 bytes (32 MiB)")
    }

    @Test func partsInflateTogetherUpToTheWorkbookLimit() throws {
        let book = Book(sheet: Book.sheet("<row r=\"1\">" + Book.text("A1", "x") + "</row>"),
                        sharedStrings: Book.sharedStrings("<si><t>s</t></si>"))
        // Every part the reader reads: all but [Content_Types].xml.
        let total = book.parts.filter { $0.name.hasPrefix("xl/") }.reduce(0) { $0 + $1.data.count }
        var limits = WorkbookLimits()
        limits.workbookBytes = total
        #expect(try book.records(limits: limits).count == 1)
        limits.workbookBytes = total - 1
        let error = Self.limitError { try book.records(limits: limits) }
        #expect(error?.place == "the workbook")
        #expect(error?.problem == "its parts inflate to more than \((total - 1).grouped) bytes")
    }

    /// Issue 9: a 2 MB workbook whose shared strings inflate to 2 GB took 4.2 GB and crashed.
    /// Parts that compress better than 200 to 1 stop once past the 8 MiB grace.
    @Test func aZipBombStopsAtItsCompressionRatio() throws {
        let bomb = Book.sharedStrings(String(repeating: "<si><t>a</t></si>", count: 520_000))  // 8.8 MB, ~1,000 to 1
        let error = Self.limitError { try Book(sheet: Book.sheet(""), sharedStrings: bomb).records() }
        #expect(error?.place == "xl/sharedStrings.xml")
        #expect(error?.problem == "it inflates to more than 200 times its compressed size, as only a zip bomb does")
        // The same markup under the grace passes, and so do parts past it that compress as XML does.
        let small = Book.sharedStrings(String(repeating: "<si><t>a</t></si>", count: 400_000))  // 6.8 MB
        #expect(throws: Never.self) { try Book(sheet: Book.sheet(""), sharedStrings: small).records() }
        let varied = Book.sharedStrings((0..<350_000).map { "<si><t>\($0 &* 2_654_435_761 % 1_000_000_007)</t></si>" }.joined())  // 9 MB, ~3 to 1
        #expect(small.utf8.count < WorkbookLimits.ratioGraceBytes && varied.utf8.count > WorkbookLimits.ratioGraceBytes)
        #expect(throws: Never.self) { try Book(sheet: Book.sheet(""), sharedStrings: varied).records() }
    }

    @Test func theRatioIsCheckedAsThePartInflates() throws {
        var limits = WorkbookLimits()
        limits.ratioGrace = 0
        limits.compressionRatio = 3  // the small workbook and relationship parts compress less than 3 to 1
        let text = Book.sharedStrings(String(repeating: "<si><t>a</t></si>", count: 1_000))
        let error = Self.limitError { try Book(sheet: Book.sheet(""), sharedStrings: text).records(limits: limits) }
        #expect(error?.place == "xl/sharedStrings.xml")
        #expect(error?.problem == "it inflates to more than 3 times its compressed size, as only a zip bomb does")
        // A stored part is as long inflated as compressed.
        #expect(throws: Never.self) { try Book(sheet: Book.sheet(""), sharedStrings: text, deflated: false).records(limits: limits) }
    }
}

extension TestWorkbook {
    /// The same workbook with other bytes for its sheet part.
    func replacingSheet(_ data: Data) -> TestWorkbook {
        var copy = self
        if let index = copy.parts.firstIndex(where: { $0.name == "xl/worksheets/sheet.xml" }) { copy.parts[index].data = data }
        return copy
    }
}
