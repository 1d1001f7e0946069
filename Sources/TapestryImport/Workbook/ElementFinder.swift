import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Finds the first element with a given local name whose attributes pass a test, and stops
/// there (`xl/workbook.xml`'s first `<sheet>`, the `<Relationship>` that a sheet names).
final class ElementFinder: WorkbookXMLHandler {
    private let name: String
    private let test: ([String: String]) -> Bool
    /// The attributes of the element found, if any.
    private(set) var found: [String: String]?

    init(_ name: String, file: String, part: String, limits: WorkbookLimits,
         where test: @escaping ([String: String]) -> Bool = { _ in true }) {
        self.name = name
        self.test = test
        super.init(file: file, part: part, limits: limits)
    }

    override func start(_ element: String, attributes: [String: String], parser: XMLParser) throws {
        guard element == name, test(attributes) else { return }
        found = attributes
        finish(parser)
    }
}
