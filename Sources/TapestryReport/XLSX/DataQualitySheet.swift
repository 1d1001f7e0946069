import TapestryScoring

/// The Data quality sheet: rows read, accepted and rejected per round; each input with the
/// personal-data columns dropped (by heading, never by value); every finding with file, line
/// and column, most serious first.
enum DataQualitySheet {
    /// Column widths, shared by the three tables on the sheet.
    static let widths: [Double] = [16, 10, 14, 18, 41]

    static func write(_ context: WorkbookContext, into sheet: XlsxSheet, truncated: [String]) throws {
        let model = context.model
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.write(0, 0, "Every row read is either scored or set aside with a reason (see Findings).", .note)
        var row = 2
        for (column, header) in ["Round", "Rows read", "Scored", "Set aside", "Of those set aside: answered only don't know / not applicable"].enumerated() {
            var style = column == 1 || column == 2 ? XlsxStyle.numberHeading : XlsxStyle.heading
            style.wrap = true
            try sheet.write(row, column, header, style)
        }
        try sheet.setRowHeight(row, 30)
        row += 1
        for round in model.rounds {
            try sheet.write(row, 0, round.label, .text)
            try sheet.write(row, 1, round.rows.read)
            try sheet.write(row, 2, round.rows.accepted)
            try sheet.write(row, 3, round.rows.rejected, .countLeft)
            try sheet.write(row, 4, round.rows.onlyMissing, .countLeft)
            row += 1
        }
        row += 1
        for (column, header) in ["Input file", "Platform", "Encoding", "Personal-data columns (never reported)", "Columns not used"].enumerated() {
            try sheet.write(row, column, header, .heading)
        }
        row += 1
        for input in model.assessment.inputs {
            try writeRow(sheet, row, [input.file, input.platform, input.encoding,
                                      LinkWords.personalColumns(input, separator: "; "),
                                      input.ignoredColumns.isEmpty ? "none" : input.ignoredColumns.joined(separator: "; ")])
            row += 1
        }
        row += 1
        try sheet.write(row, 0, "Findings", .label)
        row += 1
        let top = row
        row += 1
        for finding in model.findings.all {
            // Without the command-line advice: a funder does not run the tool (the terminal and
            // the JSON keep each message whole).
            try writeRow(sheet, row, [ReportModel.Findings.severity(finding), nil,
                                      finding.column ?? "", finding.file, ReportModel.Findings.messageWithoutOptions(finding)], line: finding.line)
            row += 1
        }
        for cell in truncated {
            try writeRow(sheet, row, ["warning", nil, cell, "report.xlsx", "text longer than a cell holds (32,767 characters) was cut."])
            row += 1
        }
        if row - 1 > top {
            try sheet.addTable(name: "Findings", firstRow: top, lastRow: row - 1, headers: ["Severity", "Line", "Column", "File", "Message"],
                               numberColumns: [1])
        } else {
            try sheet.write(top, 0, model.findings.summary, .note)
        }
        sheet.freeze(rows: 1)
        try sheet.printLandscape()
    }

    /// Writes wrapped text cells (and a line number in column 1) and makes the row tall
    /// enough for the longest, since the library cannot fit rows to their text.
    private static func writeRow(_ sheet: XlsxSheet, _ row: Int, _ cells: [String?], line: Int? = nil) throws {
        var lines = 1
        for (column, text) in cells.enumerated() {
            guard let text else {
                try sheet.write(row, column, line.map(Double.init), XlsxStyle(alignTop: true, numberFormat: "0"))
                continue
            }
            try sheet.write(row, column, text, .wrapped)
            let perLine = max(1, Int(widths[column]))
            lines = max(lines, (text.count + perLine - 1) / perLine)
        }
        if lines > 1 { try sheet.setRowHeight(row, Double(lines) * 15) }
    }
}
