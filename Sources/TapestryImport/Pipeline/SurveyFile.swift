import Foundation
import TapestryScoring

/// An input file opened for reading: its bytes decoded, its dialect detected (or its first
/// worksheet read, for `.xlsx`), its platform and header rows recognised. It can hand out its
/// records as many times as needed, without keeping them all in memory for CSV.
public struct SurveyFile: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// `csv` or `xlsx`.
    public let format: String
    /// The text encoding (`utf-8` for xlsx).
    public let encoding: String
    /// The field delimiter; nil for xlsx.
    public let delimiter: Character?
    /// The platform the file comes from.
    public let platform: Platform
    /// How many header rows the platform writes.
    public let headerRows: Int
    /// The header records (as many as ``headerRows``).
    public let headerRecords: [CSVRecord]

    private let utf8: [UInt8]
    private let sheet: [CSVRecord]?

    /// Reads and recognises the file at `path`.
    public static func open(_ path: String, instrument: Instrument) throws -> SurveyFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ImportError.cannotOpen(file: path, reason: FileErrors.reason(error))
        }
        return try SurveyFile(data: data, path: path, instrument: instrument)
    }

    /// Recognises `data`, the contents of `path`.
    public init(data: Data, path: String, instrument: Instrument) throws {
        self.path = path
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            format = "xlsx"
            encoding = "utf-8"
            delimiter = nil
            utf8 = []
            sheet = try XLSXReader.records(data: data, file: path)
        } else {
            let decoded = DecodedText(data: data)
            format = "csv"
            encoding = decoded.encoding
            utf8 = Array(decoded.text.utf8)
            delimiter = Dialect.detectDelimiter(in: utf8)
            sheet = nil
        }
        var first: [CSVRecord] = []
        let records = Self.records(utf8: utf8, sheet: sheet, delimiter: delimiter)
        while first.count < 12, let record = records.next() {
            if !record.isBlank { first.append(record) }
        }
        guard !first.isEmpty else { throw ImportError.empty(file: path) }
        (platform, headerRows) = PlatformDetector.detect(first, instrument: instrument)
        headerRecords = Array(first.prefix(headerRows))
    }

    /// The line of the last header row.
    public var headerLine: Int { headerRecords.last?.line ?? 1 }

    /// Every non-blank record after the header rows, in file order.
    public func dataRecords() -> AnyIterator<CSVRecord> {
        let records = Self.records(utf8: utf8, sheet: sheet, delimiter: delimiter)
        var skipped = 0
        return AnyIterator {
            while let record = records.next() {
                if record.isBlank { continue }
                if skipped < headerRows {
                    skipped += 1
                    continue
                }
                return record
            }
            return nil
        }
    }

    /// The line of a quoted field left open at the end of the file, if any.
    public func unterminatedQuoteLine() -> Int? {
        guard sheet == nil else { return nil }
        var tokenizer = CSVTokenizer(utf8: utf8, delimiter: delimiter ?? ",")
        while tokenizer.next() != nil {}
        return tokenizer.unterminatedQuoteLine
    }

    private static func records(utf8: [UInt8], sheet: [CSVRecord]?, delimiter: Character?) -> AnyIterator<CSVRecord> {
        if let sheet { return AnyIterator(sheet.makeIterator()) }
        return AnyIterator(CSVTokenizer(utf8: utf8, delimiter: delimiter ?? ","))
    }
}
