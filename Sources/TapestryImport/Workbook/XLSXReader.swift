import Foundation

/// Reads the first worksheet of an `.xlsx` workbook (Microsoft Forms exports only as xlsx)
/// into records, as if it were a CSV: shared strings, inline strings, numbers (whole numbers
/// without `.0`), booleans, and dates (cells whose number format is a date) written as
/// `yyyy-MM-dd HH:mm:ss`. A record's line is its row number in the sheet.
///
/// Any bytes at all end in records or an ``ImportError``: the zip archive is read without
/// trusting its offsets (``ZipArchive``), parts are inflated as they are parsed, and every
/// size is bounded (``WorkbookLimits``).
public enum XLSXReader {
    /// The workbook's first sheet as records.
    public static func records(data: Data, file: String) throws -> [CSVRecord] {
        try records(data: data, file: file, limits: .standard)
    }

    /// The workbook's first sheet as records, within `limits`.
    static func records(data: Data, file: String, limits: WorkbookLimits) throws -> [CSVRecord] {
        let archive = try ZipArchive(data: data, file: file, limits: limits)
        let budget = InflationBudget(limit: limits.workbookBytes)
        /// Parses the part at `path` with the handler `make` builds for it; nil if there is no such part.
        func parse<Handler: WorkbookXMLHandler>(_ path: String, _ make: (String) -> Handler) throws -> Handler? {
            guard let entry = try archive.entry(path) else { return nil }
            let handler = make(path)
            try handler.parse(ZipPartStream(archive: data, entry: entry, file: file, limits: limits, budget: budget))
            return handler
        }

        // The first sheet the workbook lists, through its relationship id; sheet1.xml when it does not say.
        var sheetPath: String? = "xl/worksheets/sheet1.xml"
        if let sheet = try parse("xl/workbook.xml", { ElementFinder("sheet", file: file, part: $0, limits: limits) })?.found,
           let id = sheet.first(where: { $0.key.hasSuffix(":id") })?.value,
           let relationship = try parse("xl/_rels/workbook.xml.rels", {
               ElementFinder("Relationship", file: file, part: $0, limits: limits) { $0["Id"] == id }
           })?.found,
           let target = relationship["Target"] {
            sheetPath = resolve(target, from: "xl")
        }
        let strings = try parse("xl/sharedStrings.xml") { SharedStringsParser(file: file, part: $0, limits: limits) }?.strings ?? []
        let dateStyles = try parse("xl/styles.xml") { StylesParser(file: file, part: $0, limits: limits) }?.dateStyles ?? []
        let sheet = try sheetPath.flatMap { path in
            try parse(path) { SheetParser(file: file, part: $0, limits: limits, strings: strings, dateStyles: dateStyles) }
        }
        guard let sheet else { throw ImportError.unreadableWorkbook(file: file, problem: "it has no worksheet") }
        return sheet.records
    }

    /// A relationship target as a path in the archive: absolute (`/xl/…`) or relative to
    /// `folder`, with `.` and `..` resolved; nil if it climbs out of the archive.
    static func resolve(_ target: String, from folder: String) -> String? {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for part in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard parts.popLast() != nil else { return nil }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
