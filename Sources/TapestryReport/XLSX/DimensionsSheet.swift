import TapestryScoring

/// The Dimensions sheet: every statistic of the method for every dimension and round, in an
/// Excel table with filters, bands in traffic-light colours, and flags for low alpha and rwg;
/// below it, each category's health and band per round.
enum DimensionsSheet {
    /// The round and title first (repeated on every printed page), then the statistics a
    /// reader compares, then the flags and the keys.
    static let headers = ["Round", "Title", "n", "Mean", "SD", "Median", "CI low", "CI high", "Band", "Health", "At strength level",
                          "Alpha", "Rwg", "Alpha flag", "Rwg flag", "Category", "Polarity", "Dimension"]
    /// The columns of numbers, whose headings are right-aligned over them.
    static let numberColumns: Set<Int> = [2, 3, 4, 5, 6, 7, 9, 10, 11, 12]
    /// Column widths (characters): the first page holds the round, title and statistics at 100 %.
    static let widths: [Double] = [8, 30, 5, 10, 6, 7, 6, 7, 10, 7, 8, 6, 6, 10, 13, 10, 8, 14]

    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Dimensions")
        let notes = [
            "Every statistic per dimension and round. Blank: too few answers to compute it.",
            "Alpha below 0.7: the statements may not measure one thing — read them one by one. "
                + "Rwg below 0.7: members see this differently — the average hides real disagreement.",
            WorkbookContext.healthNote,
        ]
        let noteWidth = widths.prefix(9).reduce(0, +) // layout, not a statistic
        for (row, note) in notes.enumerated() { try sheet.writeMerged(row, 0...8, note, .note, width: noteWidth) }
        let top = 4
        var row = top + 1
        for round in context.model.rounds {
            for area in round.areas {
                let statistics = area.statistics
                try sheet.write(row, 0, round.label, .text)
                try sheet.write(row, 1, area.title, .text)
                try sheet.write(row, 2, statistics.n)
                try sheet.write(row, 3, statistics.mean, .score)
                try sheet.write(row, 4, statistics.sd, .score)
                try sheet.write(row, 5, statistics.median, .score)
                try sheet.write(row, 6, statistics.ci95?.lower, .score)
                try sheet.write(row, 7, statistics.ci95?.upper, .score)
                try sheet.write(row, 8, area.band?.rawValue ?? "", .text)
                try sheet.write(row, 9, area.health, .health)
                try sheet.write(row, 10, statistics.favorable, .percent)
                try sheet.write(row, 11, statistics.alpha, .score)
                try sheet.write(row, 12, statistics.rwg, .score)
                try sheet.write(row, 13, area.hasLowReliability ? "low alpha" : "", .text)
                try sheet.write(row, 14, area.membersDisagree ? "disagreement" : "", .text)
                try sheet.write(row, 15, area.category, .text)
                try sheet.write(row, 16, area.polarity.rawValue, .text)
                try sheet.write(row, 17, area.id, .text)
                row += 1
            }
        }
        try sheet.addTable(name: "Dimensions", firstRow: top, lastRow: row - 1, headers: headers, numberColumns: numberColumns)
        try sheet.setRowHeight(top, 45)
        if row - 1 > top {
            try WorkbookContext.bandColours(sheet, rows: (top + 1)...(row - 1), column: 8)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 13, containing: "low", style: .borderline)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 14, containing: "disagreement", style: .borderline)
        }

        // Each category's health (the mean of its dimensions' health) and band, per round.
        row += 1
        try sheet.write(row, 0, "Categories: health 0–100, the mean of their dimensions' health", .label)
        row += 1
        let categoriesTop = row
        row += 1
        for round in context.model.rounds {
            for category in round.categories {
                try sheet.write(row, 0, round.label, .text)
                try sheet.write(row, 1, category.title, .text)
                try sheet.write(row, 2, category.health, .health)
                try sheet.write(row, 3, category.band?.rawValue ?? "", .text)
                try sheet.write(row, 4, category.id, .text)
                row += 1
            }
        }
        if row - 1 > categoriesTop {
            try sheet.addTable(name: "Categories", firstRow: categoriesTop, lastRow: row - 1, headers: ["Round", "Title", "Health", "Band", "Category"],
                               numberColumns: [2])
            try WorkbookContext.bandColours(sheet, rows: (categoriesTop + 1)...(row - 1), column: 3)
        }

        sheet.freeze(rows: top + 1, columns: 2)
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        // Wider than a page: the columns after Rwg continue on a page of their own, with the
        // round and title repeated; the header row repeats on every page.
        try sheet.printLandscape(repeatRows: top...top, repeatColumns: 0...1)
    }
}
