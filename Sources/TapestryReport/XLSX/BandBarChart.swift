import TapestryScoring

/// A chart of values on 0–100 drawn as bars in their band's colour, with the two band
/// thresholds as dashed lines across (and, when given, each bar's earlier value as a marker,
/// so a change shows). Its data goes into hidden helper columns of the sheet: the bars' labels,
/// one column per band (blank where another band's bar stands), the thresholds, and the earlier
/// values. See ``XlsxChart/addBarSeries(name:categories:values:color:width:)`` for why it is a
/// line chart.
enum BandBarChart {
    /// One bar.
    struct Bar {
        var label: String
        var value: Double?
        var band: Band?
        /// The earlier round's value, drawn as a marker; nil for none.
        var earlier: Double?
    }

    /// The bands, in the order of their helper columns and series.
    static let bands: [Band] = [.strength, .borderline, .concern]

    /// How many helper columns the chart takes from `column` on.
    static let helperColumns = 7

    /// Writes the helper data at `row`, `column` (a header row, then one row per bar), hides
    /// those columns and returns the chart, ready to insert. `earlierName` names the markers
    /// ("2026-Q2"); without it none are drawn.
    static func make(_ bars: [Bar], thresholds: BandThresholds, title: String, earlierName: String? = nil,
                     sheet: XlsxSheet, workbook: XlsxWorkbook, row: Int, column: Int, barWidth: Float) throws -> XlsxChart {
        let names = ["Bar"] + bands.map { ReportWords.band($0) } + [thresholds.concernLineName, thresholds.strengthLineName, earlierName ?? ""]
        for (offset, name) in names.enumerated() { try sheet.write(row, column + offset, name, .text) }
        for (index, bar) in bars.enumerated() {
            let at = row + 1 + index
            try sheet.write(at, column, bar.label, .text)
            for (offset, band) in bands.enumerated() {
                try sheet.write(at, column + 1 + offset, bar.band == band ? bar.value : nil, .health)
            }
            try sheet.write(at, column + 4, thresholds.concernHealth, .health)
            try sheet.write(at, column + 5, thresholds.strengthHealth, .health)
            try sheet.write(at, column + 6, earlierName == nil ? nil : bar.earlier, .health)
        }
        try sheet.hideColumns(column, column + helperColumns - 1)

        let chart = try workbook.addChart(.line)
        chart.setTitle(title)
        let rows = (row + 1)...(row + max(1, bars.count))
        let categories = sheet.range(rows: rows, column: column)
        var series = 0
        var hidden: [Int] = []
        for (offset, band) in bands.enumerated() {
            try chart.addBarSeries(name: ReportWords.band(band), categories: categories,
                                   values: sheet.range(rows: rows, column: column + 1 + offset),
                                   color: WorkbookContext.chartColor(band), width: barWidth)
            hidden.append(series)
            series += 1
        }
        try chart.addLineSeries(name: thresholds.concernLineName, categories: categories, values: sheet.range(rows: rows, column: column + 4),
                                color: WorkbookContext.chartColor(.concern), width: 1.5, stroke: .dashed)
        try chart.addLineSeries(name: thresholds.strengthLineName, categories: categories, values: sheet.range(rows: rows, column: column + 5),
                                color: WorkbookContext.chartColor(.strength), width: 1.5, stroke: .dashed)
        series += 2
        if let earlierName {
            let marker = try chart.addSeries(name: earlierName, categories: categories, values: sheet.range(rows: rows, column: column + 6), color: 0x222222)
            chart.markersOnly(marker)
        }
        try chart.hideFromLegend(hidden)
        chart.setValueAxis(min: 0, max: 100, title: "health 0–100", horizontal: false)
        chart.legendAtBottom()
        chart.showHiddenData()
        chart.showBlanksAsGaps()
        return chart
    }
}
