import Foundation
import TapestryScoring

/// The funder's portfolio workbook (`tapestry portfolio`): a Comparison sheet with one row per
/// coalition and a chart of their health indexes, then each coalition's summary on its own
/// sheet. Coalitions with too few responses are marked and left out of the comparison.
public struct PortfolioWorkbook: Sendable {
    private let toolVersion: String

    /// Creates the renderer.
    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    /// The workbook's bytes (written to a temporary file, read back and removed).
    public func render(_ entries: [PortfolioEntry]) throws -> Data {
        try ScratchFolder.bytes(of: "portfolio.xlsx") { try render(entries, to: $0) }
    }

    /// Writes the workbook at `path`, a file that does not exist yet.
    public func render(_ entries: [PortfolioEntry], to path: String) throws {
        do {
            let workbook = try XlsxWorkbook(path: path)
            let latest = entries.compactMap(\.assessment.latestResponse).max()
            try workbook.setProperties(title: "Partnership health across \(entries.count) coalitions", subject: "Portfolio",
                                       created: latest ?? XLSXRenderer.fixedDate)
            try writeComparison(entries, into: workbook)
            for entry in entries {
                let context = WorkbookContext(assessment: entry.assessment, toolVersion: toolVersion, maximumListedResponses: 0,
                                              hasDetailSheets: false)
                try SummarySheet.write(context, into: workbook, sheetName: workbook.freeSheetName(entry.name))
            }
            try workbook.close()
            try WorkbookCheck.verify(path)
        } catch let error as XlsxError {
            throw ReportError.workbook(error.description)
        }
    }

    private func writeComparison(_ entries: [PortfolioEntry], into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Comparison")
        let categories = PortfolioEntry.categories(entries)
        try sheet.write(0, 0, "Partnership health across \(entries.count) coalitions", .title)
        try sheet.write(1, 0, "Health index 0–100 in each coalition's latest round. A change is called improved or declined only when its 95% interval excludes 0. "
                        + "Coalitions with too few responses are listed but not compared.", .note)
        let headers = ["Coalition", "Latest round", "Rounds", "Responses", "Health index", "Change", "What it shows", "Compared"]
            + categories.map { $0.capitalized }
        let top = 3
        var row = top + 1
        for entry in entries {
            let latest = entry.latest
            try sheet.write(row, 0, entry.name, .text)
            try sheet.write(row, 1, latest?.label ?? "", .text)
            try sheet.write(row, 2, entry.assessment.rounds.count)
            try sheet.write(row, 3, latest?.respondents ?? 0)
            if entry.isCompared {
                try sheet.write(row, 4, latest?.healthIndex, .health)
                let change = entry.healthChange
                try sheet.write(row, 5, change?.difference, XlsxStyle(numberFormat: "+0.0;-0.0;0.0"))
                try sheet.write(row, 6, change.map { $0.direction.words } ?? "first round", .text)
                try sheet.write(row, 7, "yes", .text)
                for (index, category) in (entry.model.latest?.categories ?? []).enumerated() {
                    try sheet.write(row, 8 + index, category.band?.rawValue ?? "", .text)
                }
            } else {
                for column in 4...6 { try sheet.write(row, column, nil, .health) }
                try sheet.write(row, 7, "no: too few responses (\(latest?.respondents ?? 0) < \(entry.minimumResponses))", .text)
            }
            row += 1
        }
        try sheet.addTable(name: "Coalitions", firstRow: top, lastRow: row - 1, headers: headers)
        if row - 1 > top, !categories.isEmpty {
            for column in 8..<(8 + categories.count) {
                try WorkbookContext.bandColours(sheet, rows: (top + 1)...(row - 1), column: column)
            }
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 6, containing: "improved", style: .strength)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 6, containing: "declined", style: .concern)
        }
        try sheet.setColumns(0, 0, width: 32)
        try sheet.setColumns(1, 5, width: 12)
        try sheet.setColumns(6, 6, width: 17)
        try sheet.setColumns(7, 7, width: 28)
        try sheet.setColumns(8, 8 + max(0, categories.count - 1), width: 12)
        sheet.freeze(rows: top + 1, columns: 1)
        try sheet.printLandscape(pagesTall: 1)

        // Chart of the compared coalitions' health, from a small block below the table.
        let compared = entries.filter(\.isCompared)
        guard !compared.isEmpty else { return }
        var chartRow = row + 2
        try sheet.write(chartRow, 0, "Compared coalitions", .heading)
        try sheet.write(chartRow, 1, "Health index", .heading)
        let first = chartRow + 1
        for entry in compared {
            chartRow += 1
            try sheet.write(chartRow, 0, entry.name, .text)
            try sheet.write(chartRow, 1, entry.latest?.healthIndex, .health)
        }
        let chart = try workbook.addChart(.bar)
        chart.setTitle("Health index by coalition (latest round)")
        try chart.addSeries(name: "Health index", categories: sheet.range(rows: first...chartRow, column: 0),
                            values: sheet.range(rows: first...chartRow, column: 1), color: 0x2E75B6)
        chart.setValueAxis(min: 0, max: 100, title: "0–100", horizontal: true)
        chart.reverseCategories()
        chart.hideLegend()
        try sheet.insert(chart, row: chartRow + 2, column: 0, xScale: 1.4, yScale: 1.0, description: "Bar chart of each compared coalition's health index")
    }
}
