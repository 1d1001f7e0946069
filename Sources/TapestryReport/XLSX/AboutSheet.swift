import TapestryScoring

/// The About sheet: the method in short, why members' own answers are (or are not) listed,
/// the band thresholds on this scale, the instrument's statements, and the tool's version.
enum AboutSheet {
    /// Why the workbook has no sheet of each member's answers, or, when asked for one, what
    /// to mind in sharing it.
    static func responsesNote(_ context: WorkbookContext) -> String {
        context.includesResponses
            ? "The Responses sheet lists each member's answers, numbered, without names, because the coalition asked for them. "
                + "They are personal data: even without a name, a row of answers can point to a member of a small coalition. Share that sheet only with people who may see individual answers."
            : "Members' own answers are not in this workbook, only totals and averages: that is what a funder needs, "
                + "and one member's row of answers is personal data (even without a name, it can point to a member of a small coalition)."
    }

    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("About")
        let scale = context.scale
        let thresholds = context.model.thresholds
        // Item, dimension, category, polarity, reverse-keyed, statement: a landscape page at 100 %.
        let widths: [Double] = [10, 22, 11, 9, 9, 38]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        let fullWidth = widths.reduce(0, +) // layout, not a statistic
        var row = 0
        try sheet.write(row, 0, "How these numbers are made", .title)
        row += 2
        let method = [
            "Members rate statements from \(scale.min) (\(scale.labels.first ?? "")) to \(scale.max) (\(scale.labels.last ?? "")). \"Don't know\" is left out, never counted as a middle answer.",
            "A member's score on a dimension is the mean of their answers, if they answered at least half its statements. Statements worded the other way round are flipped first.",
            "A dimension's score is the mean of its members' scores, with a 95% confidence interval (Student's t).",
            "Drawbacks work the other way: a low score is healthy. Bands and the health index use the flipped score.",
            "Health index: each scored dimension on 0–100 (higher is healthier), averaged. Balance: benefits minus drawbacks.",
            "Rounds are compared member by member where at least \(ChangeStatistics.minimumPairs) members recognised in both rounds (by e-mail address or member id, turned into a code that lasts for the run and is never written) have a score on the area in both; otherwise as two groups. The Trend sheet says how many were linked.",
            "Alpha (Cronbach) checks that a dimension's statements hang together; rwg checks that members agree. Below 0.7 is flagged.",
            "Groups smaller than the minimum are suppressed, and the next smallest too until the hidden groups together reach the minimum, so none can be worked out from the total.",
        ]
        for line in method + [responsesNote(context)] {
            try sheet.writeMerged(row, 0...5, line, .text, width: fullWidth)
            row += 1
        }
        row += 1
        try sheet.write(row, 0, "Band", .heading)
        try sheet.write(row, 1, "Score (flipped for drawbacks)", .heading)
        try sheet.write(row, 2, "Health", .heading)
        row += 1
        let bands: [(Band, String)] = [
            (.strength, "\(ReportNumbers.plain(thresholds.strengthScore)) or more"),
            (.borderline, "\(ReportNumbers.plain(thresholds.concernScore)) to under \(ReportNumbers.plain(thresholds.strengthScore))"),
            (.concern, "under \(ReportNumbers.plain(thresholds.concernScore))"),
        ]
        let health: [Band: String] = [
            .strength: "\(ReportNumbers.plain(thresholds.strengthHealth)) or more",
            .borderline: "\(ReportNumbers.plain(thresholds.concernHealth)) to under \(ReportNumbers.plain(thresholds.strengthHealth))",
            .concern: "under \(ReportNumbers.plain(thresholds.concernHealth))",
        ]
        for (band, range) in bands {
            try sheet.write(row, 0, band.rawValue, WorkbookContext.style(band))
            try sheet.write(row, 1, range, .text)
            try sheet.write(row, 2, health[band] ?? "", .text)
            row += 1
        }
        row += 1
        try sheet.write(row, 0, "Instrument: \(context.model.instrumentLine)", .label)
        row += 1
        for (column, header) in ["Item", "Dimension", "Category", "Polarity", "Reverse-keyed", "Statement"].enumerated() {
            try sheet.write(row, column, header, XlsxStyle(bold: true, wrap: true, bottomBorder: true, numberFormat: "@"))
        }
        try sheet.setRowHeight(row, 30)
        row += 1
        for dimension in context.instrument.dimensions {
            for item in dimension.items {
                try sheet.write(row, 0, item.id, .text)
                try sheet.write(row, 1, dimension.title, .text)
                try sheet.write(row, 2, dimension.category, .text)
                try sheet.write(row, 3, dimension.polarity.rawValue, .text)
                try sheet.write(row, 4, item.reverse ? "yes" : "", .text)
                try sheet.write(row, 5, item.text, .wrapped)
                let lines = XlsxSheet.lineCount(item.text, perLine: Int(widths[5]))
                if lines > 1 { try sheet.setRowHeight(row, Double(lines) * 15) }
                row += 1
            }
        }
        row += 1
        try sheet.write(row, 0, "Made by tapestry \(context.model.toolVersion), schema \(Assessment.schema).", .note)
        try sheet.printLandscape()
    }
}
