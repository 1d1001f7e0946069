import Foundation
import Testing
@testable import TapestryImport

/// The XML of workbook parts: a parse that fails is an error (never partial rows), entities and
/// document types are refused, and the sheet's cells land in their columns.
@Suite struct WorkbookXMLTests {
    typealias Book = TestWorkbook

    static let header = "<row r=\"1\">" + Book.text("A1", "id") + Book.text("B1", "EQ1") + "</row>"
    static func answer(_ row: Int) -> String {
        "<row r=\"\(row)\">" + Book.text("A\(row)", "r\(row)") + "<c r=\"B\(row)\"><v>4</v></c></row>"
    }

    static func problem(_ book: Book) -> String? {
        do {
            _ = try book.records()
            return nil
        } catch let ImportError.unreadableWorkbook(_, problem) {
            return problem
        } catch {
            return "\(error)"
        }
    }

    /// Issue 9: `XMLParser.parse()`'s result was ignored, so a sheet cut short gave the rows
    /// before the cut, silently.
    @Test func aSheetCutShortIsAnErrorNotFewerRows() {
        let whole = Book.sheet(Self.header + Self.answer(2) + Self.answer(3))
        #expect(Self.problem(Book(sheet: whole)) == nil)
        let cut = String(whole.prefix(whole.count - 60))
        #expect(Self.problem(Book(sheet: cut)) == "xl/worksheets/sheet.xml is not well-formed XML: it ends in the middle of an element at line 2")
    }

    @Test func malformedPartsNameThePartAndLine() {
        let mismatched = Book.sheet(Self.header + "\n<row r=\"2\"><c r=\"A2\"><v>1</v></row>")
        #expect(Self.problem(Book(sheet: mismatched))
                    == "xl/worksheets/sheet.xml is not well-formed XML: a closing tag that does not match the element it closes at line 3")
        let badStrings = Book.sharedStrings("<si><t>a</si>")
        #expect(Self.problem(Book(sheet: Book.sheet(Self.header), sharedStrings: badStrings))?.hasPrefix("xl/sharedStrings.xml is not well-formed XML") == true)
        let badUTF8 = Data(Book.sheet(Self.header).utf8).map { $0 == UInt8(ascii: "E") ? 0xFF : $0 }
        #expect(Self.problem(Book(sheet: "").replacingSheet(Data(badUTF8)))?.contains("bytes that are not UTF-8") == true)
    }

    /// libxml2 warns about a relative namespace URI but reads the document whole: a warning
    /// is not an error.
    @Test func warningsLeaveTheDocumentWhole() throws {
        let sheet = Book.head + "<worksheet xmlns=\"relative\"><sheetData>" + Self.header + "</sheetData></worksheet>"
        #expect(try Book(sheet: sheet).records().count == 1)
    }

    @Test(arguments: ["", " ", "\u{FEFF}"])
    func anEmptyPartIsAnError(sheet: String) {
        #expect(Self.problem(Book(sheet: sheet)) == "xl/worksheets/sheet.xml is empty")
    }

    @Test func binaryAndOtherEncodingsAreRefused() {
        // UTF-16 and UCS-4 without byte-order marks, in the byte orders libxml2 detects.
        for start: [UInt8] in [[0x00, 0x3C, 0x00, 0x3F], [0x3C, 0x00, 0x3F, 0x00], [0x3C, 0, 0, 0], [0, 0, 0, 0x3C], [0, 0x3C, 0, 0]] {
            let sheet = Data(start) + Data(Book.sheet(Self.header).utf8)
            #expect(Self.problem(Book(sheet: "").replacingSheet(sheet)) == "xl/worksheets/sheet.xml is not UTF-8 XML text")
        }
        let utf16 = Book.sheet(Self.header).data(using: .utf16) ?? Data()
        #expect(Self.problem(Book(sheet: "").replacingSheet(utf16)) == "xl/worksheets/sheet.xml is not UTF-8 XML text")
        for encoding in ["UTF-16", "IBM037", "EBCDIC-US", "UTF-7"] {
            let declared = Book.sheet(Self.header).replacingOccurrences(of: "UTF-8", with: encoding)
            #expect(Self.problem(Book(sheet: declared)) == "xl/worksheets/sheet.xml is encoded as \(encoding), not UTF-8")
        }
        for encoding in ["utf-8", "UTF8", "US-ASCII"] {
            #expect(Self.problem(Book(sheet: Book.sheet(Self.header).replacingOccurrences(of: "UTF-8", with: encoding))) == nil)
        }
    }

    /// Billion laughs: nine levels of ten entities each expand to a billion characters.
    static let laughs = "<!DOCTYPE lolz [<!ENTITY a \"aaaaaaaaaa\">"
        + (0..<9).map { level in
            let name = Character(UnicodeScalar(98 + level)!), previous = Character(UnicodeScalar(97 + level)!)
            return "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }.joined() + "]>"

    @Test func entityExpansionIsRefusedInEveryPart() {
        let sheet = Book.head + Self.laughs + "<worksheet \(Book.namespace)><sheetData><row r=\"1\">" + Book.text("A1", "&j;") + "</row></sheetData></worksheet>"
        #expect(Self.problem(Book(sheet: sheet)) == "xl/worksheets/sheet.xml declares a document type (<!DOCTYPE>), which workbooks never do")
        let strings = Book.head + Self.laughs + "<sst \(Book.namespace)><si><t>&j;</t></si></sst>"
        #expect(Self.problem(Book(sheet: Book.sheet(Self.header), sharedStrings: strings))
                    == "xl/sharedStrings.xml declares a document type (<!DOCTYPE>), which workbooks never do")
    }

    @Test func externalEntitiesAreRefused() {
        let sheet = Book.head + "<!doctype w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet \(Book.namespace)><sheetData>"
            + "<row r=\"1\">" + Book.text("A1", "&x;") + "</row></sheetData></worksheet>"
        #expect(Self.problem(Book(sheet: sheet))?.contains("declares a document type") == true)
    }

    /// The guard reads the part in chunks: a `<!DOCTYPE` split anywhere between two is found.
    @Test func aDoctypeSplitBetweenChunksIsFound() {
        let declaration = Array("<?xml version=\"1.0\"?>".utf8)
        let text = declaration + Array("\n<!DocType x []><x/>".utf8)
        for split in declaration.count..<text.count {
            var guardian = XMLPrologGuard()
            let first = text[..<split].withUnsafeBufferPointer { guardian.inspect($0) }
            let second = text[split...].withUnsafeBufferPointer { guardian.inspect($0) }
            #expect((first ?? second)?.contains("document type") == true, "split at \(split)")
        }
        var plain = XMLPrologGuard()
        #expect(Array("<x><!-- ! --><![CDATA[!]]>!</x>".utf8).withUnsafeBufferPointer { plain.inspect($0) } == nil)
    }

    // MARK: - Cells

    @Test func cellsLandInTheirColumns() throws {
        let row = "<row r=\"1\"><c r=\"C1\"><v>3</v></c><c r=\"a1\"><v>1</v></c><c><v>2</v></c><c r=\"E1\" t=\"b\"><v>1</v></c></row>"
        #expect(try Book(sheet: Book.sheet(row)).records()[0].fields == ["1", "2", "3", "", "TRUE"])
    }

    @Test(arguments: ["1A", "A", "7", "A1B", "$A$1", "A-1", ""])
    func referencesThatAreNotReferencesAreErrors(reference: String) {
        #expect(Self.problem(Book(sheet: Book.sheet("<row r=\"1\"><c r=\"\(reference)\"><v>1</v></c></row>")))
                    == "sheet row 1, `\(reference)` is not a cell reference like B2")
    }

    @Test func cellReferencesReadWithoutOverflow() {
        #expect(CellReference("A1", maxColumns: 16_384) == .column(0))
        #expect(CellReference("xfd1048576", maxColumns: 16_384) == .column(16_383))
        #expect(CellReference("XFE1", maxColumns: 16_384) == .beyondLimit)
        #expect(CellReference(String(repeating: "Z", count: 1_000) + "1", maxColumns: 16_384) == .beyondLimit)
        #expect(CellReference("AB", maxColumns: 16_384) == .invalid)
        #expect(CellReference.letters(0) == "A")
        #expect(CellReference.letters(16_383) == "XFD")
        #expect(CellReference.letters(701) == "ZZ")
    }

    @Test(arguments: ["0", "-1", "abc", "1.5", "", "000"])
    func rowNumbersThatAreNotNumbersAreErrors(number: String) {
        #expect(Self.problem(Book(sheet: Book.sheet("<row r=\"\(number)\"/>"))) == "xl/worksheets/sheet.xml, line 2: `\(number)` is not a row number")
    }

    @Test func sharedStringsLeaveOutPhoneticGuides() throws {
        let strings = Book.sharedStrings("<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si><si><r><t>rich </t></r><r><t>text</t></r></si>")
        let sheet = Book.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>7</v></c></row>")
        #expect(try Book(sheet: sheet, sharedStrings: strings).records()[0].fields == ["東京", "rich text", ""])
    }

    /// Writers such as the Open XML SDK prefix every element (`<x:row>`); names are compared
    /// without their prefix.
    @Test func prefixedElementsRead() throws {
        let sheet = Book.head + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
            + "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>id</x:t></x:is></x:c><x:c r=\"B1\"><x:v>5</x:v></x:c></x:row>"
            + "</x:sheetData></x:worksheet>"
        #expect(try Book(sheet: sheet).records()[0].fields == ["id", "5"])
    }

    @Test func theSheetIsFoundThroughItsRelationship() throws {
        var book = Book(sheet: Book.sheet(Self.header))
        let rels = Book.head + "<Relationships \(Book.relationships)><Relationship Id=\"rId1\" Target=\"/xl/worksheets/sheet.xml\"/></Relationships>"
        book.parts[2].data = Data(rels.utf8)
        #expect(try book.records().count == 1)
        book.parts[2].data = Data(rels.replacingOccurrences(of: "/xl/worksheets/sheet.xml", with: "../../../../etc/passwd").utf8)
        #expect(Self.problem(book) == "it has no worksheet")
        #expect(XLSXReader.resolve("./worksheets/../worksheets/sheet2.xml", from: "xl") == "xl/worksheets/sheet2.xml")
        #expect(XLSXReader.resolve("../../x.xml", from: "xl") == nil)
    }

    // MARK: - Dates and number formats

    @Test func serialsOutsideExcelsDatesStayText() throws {
        let styles = Book.head + "<styleSheet \(Book.namespace)><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/></cellXfs></styleSheet>"
        let values = ["1e300", "-5", "NaN", "inf", "9e15", "2958465.5", "45000.5"]
        let row = "<row r=\"1\">" + values.enumerated().map { "<c r=\"\(CellReference.letters($0.offset))1\" s=\"1\"><v>\($0.element)</v></c>" }.joined() + "</row>"
        #expect(try Book(sheet: Book.sheet(row), styles: styles).records()[0].fields
                    == ["1e300", "-5", "NaN", "inf", "9e15", "9999-12-31 12:00:00", "2023-03-15 12:00:00"])
        #expect(ExcelSerialDate.text(0) == "1899-12-31 00:00:00")
        #expect(ExcelSerialDate.text(ExcelSerialDate.end) == nil)
    }

    /// The regular expression that stripped `[...]` from number formats was quadratic: 200,000
    /// unclosed brackets took minutes.
    @Test func numberFormatsAreScannedInOnePass() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(!StylesParser.showsDate(String(repeating: "[", count: 200_000) + "0"))
            #expect(StylesParser.showsDate(String(repeating: "\"", count: 200_001) + "yy"))
        }
        #expect(elapsed < .seconds(2))
        #expect(StylesParser.showsDate("yyyy-mm-dd"))
        #expect(StylesParser.showsDate("[$-409]h:mm AM/PM"))
        #expect(!StylesParser.showsDate("[Red]0.00"))
        #expect(!StylesParser.showsDate("\"day\" 0"))
        #expect(!StylesParser.showsDate("0%"))
    }
}
