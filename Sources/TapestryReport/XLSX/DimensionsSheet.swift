import TapestryScoring

/// The Dimensions sheet: every statistic of the method for every dimension and round, in an
/// Excel table with filters, bands in traffic-light colours, and flags for low alpha and rwg.
enum DimensionsSheet {
    static let headers = ["Round", "Dimension", "Title", "Category", "Polarity", "n", "Mean", "SD", "Median",
                          "CI low", "CI high", "Band", "Agree", "Alpha", "Rwg", "Alpha flag", "Rwg flag"]

    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Dimensions")
        try sheet.write(0, 0, "Every statistic per dimension and round. Blank: too few answers to compute it.", .note)
        try sheet.write(1, 0, "Alpha below 0.7: the statements may not measure one thing — read them one by one. "
                        + "Rwg below 0.7: members see this differently — the average hides real disagreement.", .note)
        let top = 3
        var row = top + 1
        for round in context.assessment.rounds {
            for dimension in round.dimensions {
                try sheet.write(row, 0, round.label, .text)
                try sheet.write(row, 1, dimension.id, .text)
                try sheet.write(row, 2, context.title(of: dimension.id), .text)
                try sheet.write(row, 3, dimension.category, .text)
                try sheet.write(row, 4, dimension.polarity.rawValue, .text)
                try sheet.write(row, 5, dimension.n)
                try sheet.write(row, 6, dimension.mean, .score)
                try sheet.write(row, 7, dimension.sd, .score)
                try sheet.write(row, 8, dimension.median, .score)
                try sheet.write(row, 9, dimension.ci95?.lower, .score)
                try sheet.write(row, 10, dimension.ci95?.upper, .score)
                try sheet.write(row, 11, dimension.band?.rawValue ?? "", .text)
                try sheet.write(row, 12, dimension.favorable, .percent)
                try sheet.write(row, 13, dimension.alpha, .score)
                try sheet.write(row, 14, dimension.rwg, .score)
                try sheet.write(row, 15, dimension.hasLowReliability ? "low alpha" : "", .text)
                try sheet.write(row, 16, dimension.membersDisagree ? "disagreement" : "", .text)
                row += 1
            }
        }
        try sheet.addTable(name: "Dimensions", firstRow: top, lastRow: row - 1, headers: headers)
        if row - 1 > top {
            try WorkbookContext.bandColours(sheet, rows: (top + 1)...(row - 1), column: 11)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 15, containing: "low", style: .borderline)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 16, containing: "disagreement", style: .borderline)
        }
        sheet.freeze(rows: top + 1, columns: 3)
        try sheet.setColumns(0, 1, width: 14)
        try sheet.setColumns(2, 2, width: 32)
        try sheet.setColumns(3, 4, width: 11)
        try sheet.setColumns(5, 14, width: 9)
        try sheet.setColumns(11, 11, width: 12)
        try sheet.setColumns(15, 16, width: 13)
        try sheet.printLandscape(pagesTall: 0, repeatRows: top)
    }
}
