import CInflate
import Foundation
@testable import TapestryImport

/// Builds `.xlsx` bytes for tests: a zip archive of parts, stored or deflated, with the
/// offsets of its records so that a test can damage any field.
struct TestWorkbook {
    /// One part: its name, its bytes, and whether it is deflated.
    struct Part {
        var name: String
        var data: Data
        var deflated = true
    }

    /// The archive, and where each record starts in it.
    struct Layout {
        var data: Data
        var localHeader: [String: Int] = [:]
        var centralRecord: [String: Int] = [:]
        var endRecord = 0

        /// Overwrites a little-endian field.
        mutating func set(_ offset: Int, _ value: Int, bytes: Int = 4) {
            for index in 0..<bytes { data[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        }

        func get(_ offset: Int, bytes: Int = 4) -> Int {
            (0..<bytes).reduce(0) { $0 | Int(data[offset + $1]) << (8 * $1) }
        }
    }

    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespace = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    static let relationships = "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\""

    var parts: [Part]

    /// A workbook whose first sheet is `sheet.xml`, with the usual workbook and relationship parts.
    init(sheet: String, sharedStrings: String? = nil, styles: String? = nil, deflated: Bool = true, extra: [Part] = []) {
        parts = [
            Part(name: "[Content_Types].xml", data: Data((Self.head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>").utf8)),
            Part(name: "xl/workbook.xml", data: Data((Self.head + "<workbook \(Self.namespace) xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").utf8)),
            Part(name: "xl/_rels/workbook.xml.rels", data: Data((Self.head + "<Relationships \(Self.relationships)>"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet.xml\"/></Relationships>").utf8)),
            Part(name: "xl/worksheets/sheet.xml", data: Data(sheet.utf8), deflated: deflated),
        ]
        if let sharedStrings { parts.append(Part(name: "xl/sharedStrings.xml", data: Data(sharedStrings.utf8), deflated: deflated)) }
        if let styles { parts.append(Part(name: "xl/styles.xml", data: Data(styles.utf8), deflated: deflated)) }
        parts += extra
    }

    /// A worksheet part around `rows` (its `<row>` elements).
    static func sheet(_ rows: String) -> String {
        head + "<worksheet \(namespace)><sheetData>\(rows)</sheetData></worksheet>"
    }

    /// A shared-strings part around `items` (its `<si>` elements).
    static func sharedStrings(_ items: String) -> String {
        head + "<sst \(namespace)>\(items)</sst>"
    }

    /// An inline-string cell.
    static func text(_ reference: String, _ value: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(value)</t></is></c>"
    }

    /// The archive's bytes.
    var data: Data { layout().data }

    /// The archive and its record offsets.
    func layout() -> Layout {
        var layout = Layout(data: Data())
        var central = Data()
        for part in parts {
            let name = Data(part.name.utf8)
            let body = part.deflated ? Self.deflate(part.data) : part.data
            let crc = Self.crc32(part.data)
            layout.localHeader[part.name] = layout.data.count
            layout.data += Self.littleEndian([(0x0403_4B50, 4), (20, 2), (0, 2), (part.deflated ? 8 : 0, 2), (0, 2), (0x21, 2),
                                              (crc, 4), (body.count, 4), (part.data.count, 4), (name.count, 2), (0, 2)])
            layout.data += name + body
            layout.centralRecord[part.name] = central.count
            central += Self.littleEndian([(0x0201_4B50, 4), (20, 2), (20, 2), (0, 2), (part.deflated ? 8 : 0, 2), (0, 2), (0x21, 2),
                                          (crc, 4), (body.count, 4), (part.data.count, 4), (name.count, 2), (0, 2), (0, 2),
                                          (0, 2), (0, 2), (0, 4), (layout.localHeader[part.name] ?? 0, 4)])
            central += name
        }
        let start = layout.data.count
        layout.centralRecord = layout.centralRecord.mapValues { $0 + start }
        layout.data += central
        layout.endRecord = layout.data.count
        layout.data += Self.littleEndian([(0x0605_4B50, 4), (0, 2), (0, 2), (parts.count, 2), (parts.count, 2),
                                          (central.count, 4), (start, 4), (0, 2)])
        return layout
    }

    /// Reads the workbook's first sheet as the reader does, within `limits`.
    func records(limits: WorkbookLimits = .standard) throws -> [CSVRecord] {
        try XLSXReader.records(data: data, file: "test.xlsx", limits: limits)
    }

    static func littleEndian(_ fields: [(Int, Int)]) -> Data {
        var data = Data()
        for (value, bytes) in fields {
            for index in 0..<bytes { data.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
        }
        return data
    }

    static func crc32(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in
            Int(CInflate.crc32(0, raw.bindMemory(to: UInt8.self).baseAddress, UInt32(raw.count)))
        }
    }

    /// Raw deflate (no zlib header), as zip stores it.
    static func deflate(_ data: Data) -> Data {
        // zlib checks that every call gets the same z_stream address, so it gets a fixed one.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { deflateEnd(stream); stream.deallocate() }
        _ = deflateInit2_(stream, 6, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(input.count))) + 64)
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.pointee.next_in = inBuffer.baseAddress
                stream.pointee.avail_in = UInt32(inBuffer.count)
                stream.pointee.next_out = outBuffer.baseAddress
                stream.pointee.avail_out = UInt32(outBuffer.count)
                _ = CInflate.deflate(stream, Z_FINISH)
                return outBuffer.count - Int(stream.pointee.avail_out)
            }
        }
        return Data(output.prefix(produced))
    }
}
