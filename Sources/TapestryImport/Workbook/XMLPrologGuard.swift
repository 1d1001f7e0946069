import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checks the bytes of a workbook part before the XML parser sees them: the part must be
/// UTF-8 (or ASCII) XML, and must not declare a document type — workbooks never do, and a
/// `<!DOCTYPE>` is what entity expansion ("billion laughs") and external entities need. The
/// check is byte-level, so it holds whatever the parser would make of the document; the
/// encoding check keeps it sound (a document switched to an encoding that is not ASCII-based
/// could spell `<!DOCTYPE` in other bytes).
struct XMLPrologGuard {
    private var started = false
    /// The last bytes of the previous chunk, for a `<!DOCTYPE` split between two chunks.
    private var carry: [UInt8] = []

    private static let doctype = Array("<!DOCTYPE".utf8)
    private static let encodings: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]
    /// How far into the part the XML declaration must have ended.
    static let declarationWindow = 1_024

    /// Inspects the next bytes of the part; a problem (a phrase about the part) if they may
    /// not go to the parser.
    mutating func inspect(_ chunk: UnsafeBufferPointer<UInt8>) -> String? {
        guard !chunk.isEmpty else { return nil }
        if !started {
            started = true
            if let problem = Self.prolog(chunk) { return problem }
        }
        let junction = carry + chunk.prefix(Self.doctype.count - 1)
        if junction.withUnsafeBufferPointer(Self.containsDoctype) { return Self.doctypeProblem }
        if Self.containsDoctype(chunk) { return Self.doctypeProblem }
        carry = Array(chunk.suffix(Self.doctype.count - 1))
        return nil
    }

    private static let doctypeProblem = "declares a document type (<!DOCTYPE>), which workbooks never do"

    /// The first bytes: an optional UTF-8 byte-order mark and white space, then `<`, and an
    /// XML declaration, if any, that names UTF-8 or ASCII.
    private static func prolog(_ chunk: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let space: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]
        while start < chunk.count, space.contains(chunk[start]) { start += 1 }
        guard start < chunk.count else { return nil }  // white space only: the parser finds no element
        // `<` then a NUL byte is how UTF-16LE and UCS-4 documents without a byte-order mark begin.
        guard chunk[start] == UInt8(ascii: "<"), start + 1 == chunk.count || chunk[start + 1] != 0 else {
            return "is not UTF-8 XML text"
        }
        let head = chunk[start..<min(chunk.count, start + declarationWindow)]
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        guard let close = head.firstRange(of: Array("?>".utf8)) else { return "has an XML declaration that does not end" }
        let declaration = String(decoding: head[head.startIndex..<close.lowerBound], as: UTF8.self)
        guard let encoding = Self.encoding(in: declaration), !encodings.contains(encoding.lowercased()) else { return nil }
        return "is encoded as \(encoding.prefix(40)), not UTF-8"
    }

    /// The value of the `encoding` pseudo-attribute of an XML declaration.
    private static func encoding(in declaration: String) -> String? {
        guard let name = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[name.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// Whether `bytes` hold `<!DOCTYPE` (any case): `memchr` finds each `!`, which markup
    /// uses only for `<!--`, `<![CDATA[` and `<!DOCTYPE`, then its neighbours are compared.
    private static func containsDoctype(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 1
        while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "!")), bytes.count - offset) {
            let bang = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            guard bang + doctype.count - 1 <= bytes.count else { return false }
            if base[bang - 1] == UInt8(ascii: "<"), (2..<doctype.count).allSatisfy({ base[bang - 1 + $0] & 0xDF == doctype[$0] }) {
                return true
            }
            offset = bang + 1
        }
        return false
    }
}
