import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/styles.xml`: which cell formats (the `s="…"` of cells) show a date or time, through a
/// built-in date format or a custom one whose code has a year, day or hour.
final class StylesParser: WorkbookXMLHandler {
    private var customDateFormats = Set<Int>()
    private var numberFormats = 0
    private var formats: [Int] = []

    /// The indexes of the cell formats that show dates.
    var dateStyles: Set<Int> {
        let builtInDates = Set(14...22).union(45...47)
        var result = Set<Int>()
        for (index, format) in formats.enumerated() where builtInDates.contains(format) || customDateFormats.contains(format) {
            result.insert(index)
        }
        return result
    }

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) throws {
        switch element {
        case "numFmt":
            numberFormats += 1
            guard numberFormats <= limits.styles else { throw tooMany("number formats") }
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), Self.showsDate(attributes["formatCode"] ?? "") {
                customDateFormats.insert(id)
            }
        case "xf" where ancestor(1) == "cellXfs":
            guard formats.count < limits.styles else { throw tooMany("cell formats") }
            formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    private func tooMany(_ what: String) -> ImportError {
        .workbookLimit(file: file, place: part, problem: "it defines more than \(limits.styles.grouped) \(what)")
    }

    /// Whether a number format code shows a date or time: a `y`, `d` or `h` outside colours
    /// and conditions (`[Red]`, `[>=100]`) and quoted text. One pass, whatever the code holds.
    static func showsDate(_ code: String) -> Bool {
        let characters = Array(code.lowercased().utf8)
        var index = 0
        // Once no closing `]` (or `"`) is left, no later opening one can be closed either.
        var bracketsClose = true, quotesClose = true
        while index < characters.count {
            let character = characters[index]
            if character == UInt8(ascii: "["), bracketsClose {
                if let close = characters[(index + 1)...].firstIndex(of: UInt8(ascii: "]")) {
                    index = close + 1
                    continue
                }
                bracketsClose = false
            } else if character == UInt8(ascii: "\""), quotesClose {
                if let close = characters[(index + 1)...].firstIndex(of: UInt8(ascii: "\"")) {
                    index = close + 1
                    continue
                }
                quotesClose = false
            }
            if character == UInt8(ascii: "y") || character == UInt8(ascii: "d") || character == UInt8(ascii: "h") { return true }
            index += 1
        }
        return false
    }
}
