import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the first worksheet of an `.xlsx` workbook (Microsoft Forms exports only as xlsx)
/// into records, as if it were a CSV: shared strings, inline strings, numbers (whole numbers
/// without `.0`), booleans, and dates (cells whose number format is a date) written as
/// `yyyy-MM-dd HH:mm:ss`. A record's line is its row number in the sheet.
public enum XLSXReader {
    /// The workbook's first sheet as records.
    public static func records(data: Data, file: String) throws -> [CSVRecord] {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportError.unreadableWorkbook(file: file, problem: "it is not a zip archive")
        }
        func entry(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw ImportError.unreadableWorkbook(file: file, problem: "\(path) is damaged")
            }
            return data
        }
        guard let sheetPath = try firstSheetPath(entry("xl/workbook.xml"), rels: entry("xl/_rels/workbook.xml.rels")),
              let sheet = try entry(sheetPath) else {
            throw ImportError.unreadableWorkbook(file: file, problem: "it has no worksheet")
        }
        let strings = try entry("xl/sharedStrings.xml").map(SharedStringsParser.parse) ?? []
        let dateStyles = try entry("xl/styles.xml").map(StylesParser.dateStyles) ?? []
        return SheetParser.parse(sheet, strings: strings, dateStyles: dateStyles)
    }

    /// The path of the first sheet listed in the workbook, through its relationship id.
    private static func firstSheetPath(_ workbook: Data?, rels: Data?) -> String? {
        guard let workbook, let rels else { return "xl/worksheets/sheet1.xml" }
        let sheetId = ElementCollector.attributes(of: "sheet", in: workbook).first?["r:id"]
        let target = ElementCollector.attributes(of: "Relationship", in: rels).first { $0["Id"] == sheetId }?["Target"]
        guard let target else { return "xl/worksheets/sheet1.xml" }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}

/// Excel's serial dates as text, for tests.
public enum SheetParserProbe {
    /// The serial as `yyyy-MM-dd HH:mm:ss`.
    public static func date(_ serial: Double) -> String { SheetParser.date(fromSerial: serial) }
}

/// Runs an XML parser over `data` with `delegate` (FoundationXML's parsers hold their delegate
/// weakly, so the caller keeps it alive and reads the results from it after).
func parseXML(_ data: Data, with delegate: XMLParserDelegate) {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    parser.parse()
}

/// Collects the attributes of every element with a given name.
final class ElementCollector: NSObject, XMLParserDelegate {
    private let name: String
    private var found: [[String: String]] = []

    private init(name: String) { self.name = name }

    static func attributes(of name: String, in data: Data) -> [[String: String]] {
        let collector = ElementCollector(name: name)
        parseXML(data, with: collector)
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if element == name { found.append(attributes) }
    }
}

/// `xl/sharedStrings.xml`: one string per `<si>`, the text of all its `<t>` runs.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inText = false

    static func parse(_ data: Data) -> [String] {
        let delegate = SharedStringsParser()
        parseXML(data, with: delegate)
        return delegate.strings
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if element == "si" { current = "" }
        if element == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "t" { inText = false }
        if element == "si" { strings.append(current) }
    }
}

/// `xl/styles.xml`: which cell style indexes (`s="…"`) have a date or time number format.
final class StylesParser: NSObject, XMLParserDelegate {
    private var customDateFormats = Set<Int>()
    private var inCellXfs = false
    private var styles: [Int] = []

    static func dateStyles(_ data: Data) -> Set<Int> {
        let delegate = StylesParser()
        parseXML(data, with: delegate)
        let builtInDates = Set(14...22).union(45...47)
        var result = Set<Int>()
        for (index, format) in delegate.styles.enumerated()
        where builtInDates.contains(format) || delegate.customDateFormats.contains(format) {
            result.insert(index)
        }
        return result
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "numFmt":
            let code = (attributes["formatCode"] ?? "").lowercased()
                .replacingOccurrences(of: #"\[[^\]]*\]|"[^"]*""#, with: "", options: .regularExpression)
            if let id = attributes["numFmtId"].flatMap(Int.init), code.contains("y") || code.contains("d") || code.contains("h") {
                customDateFormats.insert(id)
            }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: styles.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "cellXfs" { inCellXfs = false }
    }
}

/// A worksheet's `<row>`s and `<c>`ells, placed by their references (`B2`), since empty
/// cells are left out of the XML.
final class SheetParser: NSObject, XMLParserDelegate {
    private let strings: [String]
    private let dateStyles: Set<Int>
    private var records: [CSVRecord] = []
    private var row: [String] = []
    private var rowNumber = 0
    private var column = 0
    private var type = ""
    private var style = 0
    private var value = ""
    private var collecting = false

    private init(strings: [String], dateStyles: Set<Int>) {
        self.strings = strings
        self.dateStyles = dateStyles
    }

    static func parse(_ data: Data, strings: [String], dateStyles: Set<Int>) -> [CSVRecord] {
        let delegate = SheetParser(strings: strings, dateStyles: dateStyles)
        parseXML(data, with: delegate)
        return delegate.records
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            row = []
            column = 0
        case "c":
            if let reference = attributes["r"] { column = Self.columnIndex(reference) }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
        case "v", "t":
            collecting = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v", "t":
            collecting = false
        case "c":
            while row.count < column { row.append("") }
            row.append(cellText())
            column += 1
        case "row":
            records.append(CSVRecord(line: rowNumber, fields: row))
        default:
            break
        }
    }

    private func cellText() -> String {
        switch type {
        case "s": return Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "b": return value == "1" ? "TRUE" : "FALSE"
        case "inlineStr", "str", "e", "d": return value
        default:
            guard let number = Double(value) else { return value }
            if dateStyles.contains(style) { return Self.date(fromSerial: number) }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return String(number)
        }
    }

    /// `B12` → 1.
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars where scalar.properties.isAlphabetic {
            index = index * 26 + Int(scalar.value) - 64
        }
        return max(0, index - 1)
    }

    /// Excel's 1900 date system: day 1 is 1900-01-01, and day 60 is the 29 February 1900
    /// that never was, so days are counted from 1899-12-30 for serials past 60.
    static func date(fromSerial serial: Double) -> String {
        let epoch = serial > 60 ? -2_209_161_600.0 : -2_209_075_200.0
        let seconds = (epoch + serial * 86_400).rounded()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }
}
