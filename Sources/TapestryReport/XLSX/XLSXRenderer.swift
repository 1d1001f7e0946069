import Foundation
import TapestryScoring

/// The funder workbook (`--format xlsx`): Summary, Trend (with two rounds or more),
/// Dimensions, Items, Groups, Connections (with a map of connections), Data quality, Responses (only with `--include-responses`) and
/// About sheets, written through ``XlsxWorkbook``. Numbers are stored as
/// numbers with display formats, a statistic that cannot be computed is a blank cell, free
/// text goes only through text cells, and the file's date comes from the data, so the same
/// input gives the same bytes.
public struct XLSXRenderer: Sendable {
    /// The date inside a workbook whose inputs have no timestamps.
    public static let fixedDate = Date(timeIntervalSince1970: 946_684_800) // 2000-01-01

    /// The most respondents the Responses sheet lists by default. Every cell costs
    /// libxlsxwriter about 110 bytes of memory (50,000 × 51 answers took 375 MB) and Excel
    /// stops at 1,048,576 rows; the statistics on the other sheets always use every response.
    /// This cap is what bounds the sheet's memory: libxlsxwriter's constant-memory mode
    /// applies to the whole workbook and refuses Excel tables, which every other sheet has.
    public static let defaultListedResponses = 100_000

    private let includesResponses: Bool
    private let maximumListedResponses: Int

    /// Creates the renderer. With `includingResponses`, the workbook has a Responses sheet
    /// listing each respondent's answers (the model's assessment must have kept them); by
    /// default it has none: a funder's workbook carries aggregates, and a row of one
    /// member's answers is personal data. The tool's version on the About sheet comes from
    /// the model.
    public init(includingResponses: Bool = false, maximumListedResponses: Int = defaultListedResponses) {
        includesResponses = includingResponses
        self.maximumListedResponses = maximumListedResponses
    }

    /// The workbook's bytes. It is written to a temporary file (libxlsxwriter 1.1.4 cannot
    /// write to memory) that is removed again; the caller writes the bytes where they belong.
    public func render(_ model: ReportModel) throws -> Data {
        try ScratchFolder.bytes(of: "report.xlsx") { try render(model, to: $0) }
    }

    /// Writes the workbook of `model` at `path`, a file that does not exist yet.
    public func render(_ model: ReportModel, to path: String) throws {
        let context = WorkbookContext(model: model, maximumListedResponses: includesResponses ? maximumListedResponses : 0,
                                      includesResponses: includesResponses)
        let assessment = model.assessment
        do {
            let workbook = try XlsxWorkbook(path: path)
            try workbook.setProperties(
                title: "Partnership health: \(model.coalition ?? assessment.instrument.title)",
                subject: assessment.instrument.title, created: assessment.latestResponse ?? Self.fixedDate)
            try SummarySheet.write(context, into: workbook)
            if model.trend != nil { try TrendSheet.write(context, into: workbook) }
            try DimensionsSheet.write(context, into: workbook)
            try ItemsSheet.write(context, into: workbook)
            try GroupsSheet.write(context, into: workbook)
            try ConnectionsSheet.write(context, into: workbook)
            let quality = try workbook.addSheet("Data quality")
            if includesResponses { try ResponsesSheet.write(context, into: workbook) }
            try AboutSheet.write(context, into: workbook)
            try DataQualitySheet.write(context, into: quality, truncated: workbook.truncatedCells)
            try workbook.close()
            try WorkbookCheck.verify(path)
        } catch let error as XlsxError {
            throw ReportError.workbook(error.description)
        }
    }
}
