import Foundation
import ZIPFoundation

/// Checks a workbook libxlsxwriter has just written: every XML part of it ends with the end
/// tag of its root element. libxlsxwriter 1.1.4 writes each part to a temporary file first and
/// does not check those writes, so a full disk or temporary folder (or a file size limit) gives
/// a sound zip whose parts are cut short, and reports success; Excel then offers to "repair"
/// the file. This turns that into an error.
enum WorkbookCheck {
    /// How many bytes of each part's start are kept to find its root element.
    static let headBytes = 512
    /// How many bytes of each part's end are kept to find the end tag.
    static let tailBytes = 256

    /// Throws ``ReportError/workbook(_:)`` when the workbook at `path` cannot be read back or a
    /// part of it is cut short.
    static func verify(_ path: String) throws {
        do {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            for entry in archive where entry.type == .file && (entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels")) {
                var head = Data()
                var tail = Data()
                _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: true) { chunk in
                    if head.count < headBytes { head.append(chunk.prefix(headBytes - head.count)) }
                    tail = chunk.count >= tailBytes ? Data(chunk.suffix(tailBytes)) : Data((tail + chunk).suffix(tailBytes))
                }
                guard isComplete(head: head, tail: tail) else {
                    throw ReportError.workbook("\(entry.path) came out cut short; the disk or the temporary folder may be full")
                }
            }
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError.workbook("it cannot be read back (\(error)); the disk or the temporary folder may be full")
        }
    }

    /// Whether an XML part that starts with `head` and ends with `tail` is whole: it ends with
    /// `</root>` (or `/>` when the root element is empty).
    static func isComplete(head: Data, tail: Data) -> Bool {
        let start = String(decoding: head, as: UTF8.self)
        let end = String(decoding: tail, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var rest = Substring(start)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first, first != "?" && first != "!" else { continue }
            let name = rest.prefix { !" \t\r\n/>".contains($0) }
            guard !name.isEmpty, let close = rest.firstIndex(of: ">") else { return false }
            let selfClosing = rest[..<close].hasSuffix("/")
            return selfClosing ? end.hasSuffix("/>") : end.hasSuffix("</\(name)>")
        }
        return false
    }
}
