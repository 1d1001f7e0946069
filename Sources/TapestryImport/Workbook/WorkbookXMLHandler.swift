import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the parsers of workbook parts share: parsing a ``ZipPartStream`` with entities and
/// external resources off, the path of open elements (local names) and a limit on its depth,
/// and turning every way a parse can end into a result or an ``ImportError`` — a limit of the
/// stream or of the handler, malformed XML (with its line), or an empty part. Subclasses
/// override ``start(_:attributes:parser:)``, ``end(_:)`` and ``characters(_:)``, which may throw.
class WorkbookXMLHandler: NSObject, XMLParserDelegate {
    /// The file, for messages.
    let file: String
    /// The part being parsed (`xl/sharedStrings.xml`).
    let part: String
    let limits: WorkbookLimits
    /// The local names of the open elements, the current one last.
    private(set) var path: [String] = []
    private var failure: ImportError?
    private var finished = false
    /// Whether the parser reported an error, not just a warning.
    private var malformed = false
    private var sawElement = false

    init(file: String, part: String, limits: WorkbookLimits) {
        self.file = file
        self.part = part
        self.limits = limits
    }

    /// An element starts; it is the last of ``path``.
    func start(_ element: String, attributes: [String: String], parser: XMLParser) throws {}
    /// An element ends; it is still the last of ``path``.
    func end(_ element: String) throws {}
    /// Text inside the current element.
    func characters(_ text: String) throws {}

    /// The name of the element `levels` above the current one (1: its parent).
    func ancestor(_ levels: Int) -> String? {
        path.count > levels ? path[path.count - 1 - levels] : nil
    }

    /// Stops the parse: the handler has found what it needs.
    func finish(_ parser: XMLParser) {
        finished = true
        parser.abortParsing()
    }

    /// Parses the part that `stream` reads.
    func parse(_ stream: ZipPartStream) throws {
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.delegate = self
        let succeeded = parser.parse()
        if let failure = stream.failure { throw failure }
        if let failure { throw failure }
        if finished { return }
        guard succeeded, !malformed, path.isEmpty else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            let problem = Self.describe(code) ?? (path.isEmpty ? "error \(code)" : Self.describe(5) ?? "")
            throw ImportError.unreadableWorkbook(file: file, problem: "\(part) is not well-formed XML: \(problem) at line \(parser.lineNumber)")
        }
        guard sawElement else { throw ImportError.unreadableWorkbook(file: file, problem: "\(part) is empty") }
    }

    /// A few of libxml2's error codes, in words.
    private static func describe(_ code: Int) -> String? {
        switch code {
        case 4, 5, 77: "it ends in the middle of an element"
        case 9: "a character that is not allowed (or bytes that are not UTF-8)"
        case 76: "a closing tag that does not match the element it closes"
        default: nil
        }
    }

    private func fail(_ error: Error, _ parser: XMLParser) {
        failure = error as? ImportError
            ?? .unreadableWorkbook(file: file, problem: "\(part) cannot be read (\(error))")
        parser.abortParsing()
    }

    // MARK: - XMLParserDelegate

    final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                      qualifiedName: String?, attributes: [String: String] = [:]) {
        guard failure == nil, !finished else { return }
        sawElement = true
        guard path.count < limits.depth else {
            return fail(ImportError.workbookLimit(file: file, place: "\(part), line \(parser.lineNumber)",
                                                  problem: "its elements nest deeper than \(limits.depth) levels"), parser)
        }
        path.append(elementName)
        do { try start(elementName, attributes: attributes, parser: parser) } catch { fail(error, parser) }
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil, !finished else { return }
        do { try end(elementName) } catch { return fail(error, parser) }
        _ = path.popLast()
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil, !finished else { return }
        do { try characters(string) } catch { fail(error, parser) }
    }

    final func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    /// libxml2's warnings (XML_WAR_*: an unknown version, a relative namespace URI…), which
    /// leave the document whole.
    private static let warnings: Set<Int> = [27, 93, 97, 98, 99, 100, 102, 106, 107]

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if !Self.warnings.contains((parseError as NSError).code) { malformed = true }
    }
}
