import TapestryScoring

/// The Dimensions sheet: every statistic of the method for every dimension and round, in an
/// Excel table with filters, bands in traffic-light colours, and flags for low alpha and rwg;
/// below it, each category's health and band per round.
enum DimensionsSheet {
    static let headers = ["Round", "Dimension", "Title", "Category", "Polarity", "n", "Mean", "SD", "Median",
                          "CI low", "CI high", "Band", "Health", "At strength level", "Alpha", "Rwg", "Alpha flag", "Rwg flag"]

    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Dimensions")
        try sheet.write(0, 0, "Every statistic per dimension and round. Blank: too few answers to compute it.", .note)
        try sheet.write(1, 0, "Alpha below 0.7: the statements may not measure one thing — read them one by one. "
                        + "Rwg below 0.7: members see this differently — the average hides real disagreement.", .note)
        try sheet.write(2, 0, WorkbookContext.healthNote, .note)
        let top = 4
        var row = top + 1
        for round in context.model.rounds {
            for area in round.areas {
                let statistics = area.statistics
                try sheet.write(row, 0, round.label, .text)
                try sheet.write(row, 1, area.id, .text)
                try sheet.write(row, 2, area.title, .text)
                try sheet.write(row, 3, area.category, .text)
                try sheet.write(row, 4, area.polarity.rawValue, .text)
                try sheet.write(row, 5, statistics.n)
                try sheet.write(row, 6, statistics.mean, .score)
                try sheet.write(row, 7, statistics.sd, .score)
                try sheet.write(row, 8, statistics.median, .score)
                try sheet.write(row, 9, statistics.ci95?.lower, .score)
                try sheet.write(row, 10, statistics.ci95?.upper, .score)
                try sheet.write(row, 11, area.band?.rawValue ?? "", .text)
                try sheet.write(row, 12, area.health, .health)
                try sheet.write(row, 13, statistics.favorable, .percent)
                try sheet.write(row, 14, statistics.alpha, .score)
                try sheet.write(row, 15, statistics.rwg, .score)
                try sheet.write(row, 16, area.hasLowReliability ? "low alpha" : "", .text)
                try sheet.write(row, 17, area.membersDisagree ? "disagreement" : "", .text)
                row += 1
            }
        }
        try sheet.addTable(name: "Dimensions", firstRow: top, lastRow: row - 1, headers: headers)
        if row - 1 > top {
            try WorkbookContext.bandColours(sheet, rows: (top + 1)...(row - 1), column: 11)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 16, containing: "low", style: .borderline)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 17, containing: "disagreement", style: .borderline)
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
                try sheet.write(row, 1, category.id, .text)
                try sheet.write(row, 2, category.title, .text)
                try sheet.write(row, 3, category.health, .health)
                try sheet.write(row, 4, category.band?.rawValue ?? "", .text)
                row += 1
            }
        }
        if row - 1 > categoriesTop {
            try sheet.addTable(name: "Categories", firstRow: categoriesTop, lastRow: row - 1, headers: ["Round", "Category", "Title", "Health", "Band"])
            try WorkbookContext.bandColours(sheet, rows: (categoriesTop + 1)...(row - 1), column: 4)
        }

        sheet.freeze(rows: top + 1, columns: 3)
        try sheet.setColumns(0, 1, width: 14)
        try sheet.setColumns(2, 2, width: 32)
        try sheet.setColumns(3, 4, width: 11)
        // Ranges that do not overlap: a reader may keep only the first width of a column.
        try sheet.setColumns(5, 10, width: 9)
        try sheet.setColumns(11, 11, width: 12)
        try sheet.setColumns(12, 12, width: 9)
        try sheet.setColumns(13, 13, width: 16)
        try sheet.setColumns(14, 15, width: 9)
        try sheet.setColumns(16, 17, width: 13)
        try sheet.printLandscape(pagesTall: 0, repeatRows: top)
    }
}
