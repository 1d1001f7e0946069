import Foundation
import TapestryScoring

/// The funder's portfolio workbook (`tapestry portfolio`): a Comparison sheet with one row per
/// coalition, each compared coalition's category bands with a legend, and a chart of their
/// health indexes in their band's colour with the thresholds and the round before; then each
/// compared coalition's summary on its own sheet. A coalition with too few responses shows its
/// name, its number of responses and why it is not compared — nowhere a statistic of it.
/// Everything comes from each coalition's report model.
public struct PortfolioWorkbook: Sendable {
    /// Creates the renderer.
    public init() {}

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
                let name = workbook.freeSheetName(entry.name)
                if let reason = entry.notComparedReason {
                    try writeNotCompared(entry, reason: reason, into: workbook, sheetName: name)
                } else {
                    let context = WorkbookContext(model: entry.model, maximumListedResponses: 0, hasDetailSheets: false)
                    try SummarySheet.write(context, into: workbook, sheetName: name)
                }
            }
            try workbook.close()
            try WorkbookCheck.verify(path)
        } catch let error as XlsxError {
            throw ReportError.workbook(error.description)
        }
    }

    /// A coalition that is not compared: its name, its number of responses and why.
    private func writeNotCompared(_ entry: PortfolioEntry, reason: String, into workbook: XlsxWorkbook, sheetName: String) throws {
        let sheet = try workbook.addSheet(sheetName)
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 1, width: 70)
        sheet.hideGridlines()
        try sheet.write(0, 0, entry.name, .title)
        try sheet.write(2, 0, "Responses in the latest round", .label)
        try sheet.write(2, 1, entry.latest?.respondents ?? 0, .countLeft)
        try sheet.write(3, 0, "Not compared", .label)
        try sheet.write(3, 1, reason + ".", .text)
        try sheet.printLandscape()
    }

    private func writeComparison(_ entries: [PortfolioEntry], into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Comparison")
        let categories = PortfolioEntry.categories(entries)
        let widths: [Double] = [24, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let fullWidth = widths.reduce(0, +) // layout, not a statistic
        sheet.hideGridlines()
        try sheet.write(0, 0, "Partnership health across \(entries.count) coalitions", .title)
        try sheet.writeMerged(1, 0...(widths.count - 1), "Health index 0–100 in each coalition's latest round. A change is called improved or declined only when its 95% interval excludes 0. "
                              + "Coalitions with too few responses in their latest round to show results without singling out members are listed with their number of responses only, not compared. "
                              + "Same members: how many members answered both rounds and were each compared with themselves "
                              + "(at least 5 are needed; otherwise the two rounds are compared as groups).", .note, width: fullWidth)
        let headers = ["Coalition", "Latest round", "Responses", "Health index", "Band", "Change", "What it shows", "Same members"]
        let top = 3
        var row = top + 1
        for entry in entries {
            let latest = entry.latest
            try sheet.write(row, 0, entry.name, .text)
            try sheet.write(row, 1, latest?.label ?? "", .text)
            try sheet.write(row, 2, latest?.respondents ?? 0)
            if entry.notComparedReason != nil {
                // Its name, its number of responses and why: nothing else (the reason in full
                // is in the note above and on its own sheet).
                try sheet.write(row, 6, "not compared", .wrapped)
            } else {
                try sheet.write(row, 3, latest?.healthIndex, .health)
                try sheet.write(row, 4, ReportWords.band(latest?.healthBand), .text)
                let change = entry.healthChange
                try sheet.write(row, 5, change?.result.difference, XlsxStyle(numberFormat: "+0.0;-0.0;0.0"))
                try sheet.write(row, 6, change?.words ?? "first round", .wrapped)
                try sheet.write(row, 7, entry.sameMembers.map(Double.init), .integer)
            }
            // "no clear change" takes two lines in its column.
            try sheet.setRowHeight(row, 30)
            row += 1
        }
        try sheet.addTable(name: "Coalitions", firstRow: top, lastRow: row - 1, headers: headers, numberColumns: [2, 3, 5, 7])
        try sheet.setRowHeight(top, 30)
        if row - 1 > top {
            try WorkbookContext.bandColours(sheet, rows: (top + 1)...(row - 1), column: 4)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 6, containing: "improved", style: .strength)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 6, containing: "declined", style: .concern)
        }
        sheet.freeze(rows: top + 1, columns: 1)

        // Each compared coalition's category bands, in a table of their own (the page is not
        // wide enough for both), with what the band words mean.
        let compared = entries.filter(\.isCompared)
        let thresholds = compared.first?.model.thresholds ?? entries.first?.model.thresholds
        row += 1
        if !compared.isEmpty, !categories.isEmpty {
            try sheet.write(row, 0, "Each category's band in the latest round", .label)
            row += 1
            let bandsTop = row
            row += 1
            for entry in compared {
                try sheet.write(row, 0, entry.name, .text)
                for (index, category) in categories.enumerated() {
                    let band = entry.latest?.categories.first { $0.id == category }?.band
                    try sheet.write(row, 1 + index, band?.rawValue ?? "", .text)
                }
                row += 1
            }
            try sheet.addTable(name: "CategoryBands", firstRow: bandsTop, lastRow: row - 1,
                               headers: ["Coalition"] + categories.map(ReportWords.category))
            try sheet.setRowHeight(bandsTop, 30)
            for column in 1...categories.count {
                try WorkbookContext.bandColours(sheet, rows: (bandsTop + 1)...(row - 1), column: column)
            }
            if let thresholds {
                try sheet.writeMerged(row, 0...(widths.count - 1), "A category's band comes from its health, the mean of its areas' health (0–100): "
                                      + thresholds.bandLegend, .note, width: fullWidth)
                row += 1
            }
        }
        guard let thresholds, !compared.isEmpty else {
            try sheet.printLandscape()
            return
        }

        // The chart: each compared coalition's health index in its band's colour, the round
        // before as a marker, and the thresholds; its data in hidden columns.
        row += 1
        let bars = compared.map { entry in
            BandBarChart.Bar(label: entry.name, value: entry.latest?.healthIndex, band: entry.latest?.healthBand, earlier: entry.previousHealthIndex)
        }
        let chart = try BandBarChart.make(bars, thresholds: thresholds, title: "Health index by coalition: latest round (bars), the round before (◆)",
                                          earlierName: "the round before", sheet: sheet, workbook: workbook, row: row, column: 20,
                                          barWidth: compared.count > 8 ? 14 : 28)
        try sheet.insert(chart, row: row, column: 0, xScale: 1.4, yScale: 1.5,
                         description: "Bar chart of each compared coalition's health index, coloured by band, with the round before and the thresholds")
        try sheet.breakPages(before: [row])
        try sheet.printLandscape()
    }
}
