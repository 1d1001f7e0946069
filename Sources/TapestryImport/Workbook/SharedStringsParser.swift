import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/sharedStrings.xml`: one string per `<si>`, the text of its `<t>` (or of the `<t>` of
/// each rich-text run `<r>`), leaving out phonetic guides (`<rPh>`).
final class SharedStringsParser: WorkbookXMLHandler {
    /// The strings, in order.
    private(set) var strings: [String] = []
    private var current = ""
    private var collecting = false

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) throws {
        switch element {
        case "si" where ancestor(1) == "sst":
            guard strings.count < limits.sharedStrings else {
                throw ImportError.workbookLimit(file: file, place: part,
                                                problem: "it holds more than \(limits.sharedStrings.grouped) shared strings")
            }
            current = ""
        case "t":
            collecting = ancestor(1) == "si" || (ancestor(1) == "r" && ancestor(2) == "si")
        default:
            break
        }
    }

    override func end(_ element: String) throws {
        switch element {
        case "t": collecting = false
        case "si" where ancestor(1) == "sst": strings.append(current)
        default: break
        }
    }

    override func characters(_ text: String) throws {
        guard collecting else { return }
        guard current.utf8.count + text.utf8.count <= limits.cellBytes else {
            throw ImportError.workbookLimit(file: file, place: "\(part), string \((strings.count + 1).grouped)",
                                            problem: "its text is longer than \(limits.cellBytes.grouped) bytes")
        }
        current += text
    }
}
