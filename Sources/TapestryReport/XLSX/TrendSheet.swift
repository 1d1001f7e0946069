import TapestryScoring

/// The Trend sheet: every area's score per round, a line chart for the health index (with the
/// band thresholds) and one per category (each area its own colour and marker, named at its
/// last point), the changes between consecutive rounds with their confidence intervals, and
/// how many members were linked between each pair of rounds (or why none were).
/// "No clear change" is written wherever the interval includes 0. Printed landscape at 100 %:
/// the scores, then two rows of charts a page, then the changes with their header repeated.
enum TrendSheet {
    /// Distinct line colours (Okabe–Ito, safe for the common kinds of colour blindness), each
    /// with its own marker, so lines also differ in black and white.
    static let palette: [UInt32] = [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0x000000, 0xE69F00, 0x56B4E9]
    static let markers = XlsxMarker.allCases

    /// Column widths (characters); the changes table below the charts uses the same columns:
    /// Area, From, To, Change, What it shows, CI low, CI high, Effect, Pairs, Band — about a
    /// landscape page's width at 100 % (Letter or A4).
    static let widths: [Double] = [22, 9.5, 8, 8, 15, 6, 6, 6, 5, 11]

    /// Rows a chart takes (its height and a gap).
    static let chartRows = 15

    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        guard let trend = context.model.trend else { return }
        let sheet = try workbook.addSheet("Trend")
        let rounds = trend.rounds
        // Each area's category, from a round (every round lists the areas in instrument order).
        let areas = context.model.rounds.first?.areas ?? []
        let lastColumn = 1 + rounds.count
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        if lastColumn >= widths.count { try sheet.setColumns(widths.count, lastColumn, width: 10) }
        let fullWidth = widths.reduce(0, +) // layout, not a statistic
        try sheet.writeMerged(0, 0...(widths.count - 1), "Scores per round (\(context.scaleRange); for drawbacks lower is better) and the health index (0–100). "
                              + "A change is called improved or declined only when its 95% interval excludes 0.", .note, width: fullWidth)
        let header = 2
        try sheet.write(header, 0, "Area", .heading)
        try sheet.write(header, 1, "Category", .heading)
        for (index, round) in rounds.enumerated() { try sheet.write(header, 2 + index, round, .numberHeading) }
        var row = header + 1
        var rowOf: [Int] = []
        for (position, series) in trend.areas.enumerated() {
            // Whole names, wrapped, never cut off by the column beside.
            try sheet.write(row, 0, series.name, XlsxStyle(wrap: true, numberFormat: "@"))
            let lines = XlsxSheet.lineCount(series.name, perLine: Int(widths[0]))
            if lines > 1 { try sheet.setRowHeight(row, Double(lines) * 15) }
            try sheet.write(row, 1, position < areas.count ? areas[position].category : "", .text)
            for (index, value) in series.values.enumerated() { try sheet.write(row, 2 + index, value, .score) }
            rowOf.append(row)
            row += 1
        }
        let healthRow = row
        try sheet.write(row, 0, "\(trend.healthIndex.name) (0–100)", .label)
        for (index, value) in trend.healthIndex.values.enumerated() { try sheet.write(row, 2 + index, value, .health) }
        row += 1
        for series in trend.categories {
            try sheet.write(row, 0, "\(series.name) (health 0–100)", .text)
            for (index, value) in series.values.enumerated() { try sheet.write(row, 2 + index, value, .health) }
            row += 1
        }
        // The thresholds, for the health chart's lines: hidden rows.
        let thresholds = context.model.thresholds
        let concernRow = row
        let strengthRow = row + 1
        for (at, value, name) in [(concernRow, thresholds.concernHealth, thresholds.concernLineName),
                                  (strengthRow, thresholds.strengthHealth, thresholds.strengthLineName)] {
            try sheet.write(at, 0, name, .text)
            for index in rounds.indices { try sheet.write(at, 2 + index, value, .health) }
            try sheet.hideRow(at)
        }
        row += 3

        // Charts: the health index, then one per category, two to a row, two rows to a page.
        let roundsRange = 2...lastColumn
        let categoriesRange = sheet.range(row: header, columns: roundsRange)
        let chartsTop = row
        var chartSlot = 0
        var breaks: [Int] = []
        func place(_ chart: XlsxChart, _ description: String) throws {
            let top = chartsTop + (chartSlot / 2) * chartRows
            if chartSlot % 4 == 0 { breaks.append(top) }
            try sheet.insert(chart, row: top, column: 0, xOffset: (chartSlot % 2) * 342, xScale: 0.7, yScale: 1.0, description: description)
            chartSlot += 1
        }
        let health = try workbook.addChart(.line)
        health.setTitle(trend.healthIndex.name)
        try health.addLineSeries(name: trend.healthIndex.name, categories: categoriesRange,
                                 values: sheet.range(row: healthRow, columns: roundsRange), color: 0x1F4E79, width: 2.75,
                                 marker: markers[0])
        try health.addLineSeries(name: thresholds.concernLineName, categories: categoriesRange,
                                 values: sheet.range(row: concernRow, columns: roundsRange), color: WorkbookContext.chartColor(.concern), width: 1.5, stroke: .dashed)
        try health.addLineSeries(name: thresholds.strengthLineName, categories: categoriesRange,
                                 values: sheet.range(row: strengthRow, columns: roundsRange), color: WorkbookContext.chartColor(.strength), width: 1.5, stroke: .dashed)
        health.setValueAxis(min: 0, max: 100, title: "0–100", horizontal: false)
        health.legendAtBottom()
        health.showHiddenData()
        try place(health, "Line chart of the health index per round, with the band thresholds as dashed lines")
        for category in context.instrument.categories {
            let chart = try workbook.addChart(.line)
            chart.setTitle("\(ReportWords.category(category))")
            let members = areas.indices.filter { areas[$0].category == category && $0 < trend.areas.count }
            for (index, position) in members.enumerated() {
                try chart.addLineSeries(name: areas[position].title, categories: categoriesRange,
                                        values: sheet.range(row: rowOf[position], columns: roundsRange),
                                        color: palette[index % palette.count], marker: markers[index % markers.count])
            }
            chart.setValueAxis(min: Double(context.scale.min), max: Double(context.scale.max), title: "score", horizontal: false)
            chart.legendAtBottom()
            try place(chart, "Line chart of the \(category) areas' scores per round")
        }
        row = chartsTop + ((chartSlot + 1) / 2) * chartRows + 1

        let headers = ["Area", "From", "To", "Change", "What it shows", "CI low", "CI high", "Effect", "Pairs", "Band"]
        let top = row
        breaks.append(top)
        row += 1
        for change in trend.changes {
            let result = change.result
            // Wrapped, aligned at the bottom like the numbers beside it.
            let wrapped = XlsxStyle(wrap: true, numberFormat: "@")
            try sheet.write(row, 0, change.title, wrapped)
            try sheet.write(row, 1, result.from, .text)
            try sheet.write(row, 2, result.to, .text)
            // The health index's change is on 0–100: as many decimals as the model shows it with.
            let decimals = String(repeating: "0", count: change.decimals)
            try sheet.write(row, 3, result.difference, XlsxStyle(numberFormat: "+0.\(decimals);-0.\(decimals);0.\(decimals)"))
            try sheet.write(row, 4, change.words, .text)
            try sheet.write(row, 5, result.ci95?.lower, XlsxStyle(numberFormat: "0.\(decimals)"))
            try sheet.write(row, 6, result.ci95?.upper, XlsxStyle(numberFormat: "0.\(decimals)"))
            try sheet.write(row, 7, result.effect, .score)
            // Pairs: members compared with themselves (0 when the rounds were compared as groups).
            try sheet.write(row, 8, result.pairs)
            // The band crossed ("borderline → strength"), else the band it stayed in.
            let band = change.isHealthIndex ? "" : change.bandChange ?? ReportWords.band(result.bandTo)
            try sheet.write(row, 9, band, wrapped)
            let lines = max(XlsxSheet.lineCount(change.title, perLine: Int(widths[0])), XlsxSheet.lineCount(band, perLine: Int(widths[9])))
            if lines > 1 { try sheet.setRowHeight(row, Double(lines) * 15) }
            row += 1
        }
        try sheet.addTable(name: "Changes", firstRow: top, lastRow: row - 1, headers: headers, numberColumns: [3, 5, 6, 7, 8])
        try sheet.setRowHeight(top, 30)
        if row - 1 > top {
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 4, containing: "improved", style: .strength)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 4, containing: "declined", style: .concern)
            try WorkbookContext.bandColours(sheet, rows: (top + 1)...(row - 1), column: 9)
        }
        row += 1
        // How many members were linked between each pair of rounds, and what that means.
        let links = context.assessment.links
        if !links.isEmpty {
            let linksTop = row
            row += 1
            for link in links {
                try sheet.write(row, 0, link.columns.joined(separator: "; "), .text)
                try sheet.write(row, 1, link.from, .text)
                try sheet.write(row, 2, link.to, .text)
                try sheet.write(row, 3, link.linked)
                row += 1
            }
            try sheet.addTable(name: "Links", firstRow: linksTop, lastRow: row - 1,
                               headers: ["Linked by", "From", "To", "Linked members"], numberColumns: [3])
            try sheet.setRowHeight(linksTop, 30)
            for link in links {
                try sheet.writeMerged(row, 0...(widths.count - 1), LinkWords.line(link, advice: false), .text, width: fullWidth)
                row += 1
            }
        }
        sheet.freeze(rows: header + 1, columns: 1)
        try sheet.breakPages(before: breaks)
        try sheet.printLandscape()
    }
}
