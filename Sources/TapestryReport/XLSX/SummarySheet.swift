import TapestryScoring

/// The Summary sheet: the headline (the model's sentences, as every output prints them first)
/// and the priorities, then the facts, a table of dimensions, the health of each category, the
/// strongest and weakest, and two charts — the dimensions' health as bars in their band's
/// colour with the thresholds drawn across, and a radar of the principles. Printed landscape at
/// 100 %: the story on the first page, the tables on the next, each chart on its own page.
/// Everything comes from the report model.
enum SummarySheet {
    /// Column widths (characters): the dimension, category, score, band, health, share at
    /// strength level and n; together about a landscape page's width at 100 %.
    static let widths: [Double] = [40, 12, 10, 11, 8, 12, 6]
    /// The merged width of a sentence across the table's columns.
    static var fullWidth: Double { widths.reduce(0, +) } // layout, not a statistic
    /// Where the charts' hidden helper data start.
    static let helperColumn = 20

    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook, sheetName: String = "Summary") throws {
        let sheet = try workbook.addSheet(sheetName)
        let model = context.model
        let last = widths.count - 1
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        sheet.hideGridlines()

        try sheet.write(0, 0, "Partnership health", .title)
        if let coalition = model.coalition { try sheet.write(1, 0, coalition, .label) }
        // The headline, one sentence a row, as the model words it.
        var row = 2
        for sentence in model.headline.sentences {
            try sheet.writeMerged(row, 0...last, sentence, .headlineText, width: fullWidth)
            row += 1
        }
        row += 1
        if !model.priorities.isEmpty {
            try sheet.write(row, 0, "What to work on first", .heading)
            for column in 1...last { try sheet.write(row, column, "", .heading) }
            row += 1
            for priority in model.priorities {
                let title = "\(priority.number). \(priority.area.title)"
                try sheet.writeMerged(row, 0...0, title, .label, width: widths[0])
                let reason = [priority.reason, priority.laggingGroups].compactMap { $0 }.joined(separator: " ")
                try sheet.writeMerged(row, 1...last, reason, .text, width: fullWidth - widths[0],
                                      minimumHeight: Double(XlsxSheet.lineCount(title, perLine: Int(widths[0]))) * 15)
                row += 1
            }
            row += 1
        } else if context.latest != nil {
            try sheet.writeMerged(row, 0...last, model.noActionsSentence, .text, width: fullWidth)
            row += 2
        }

        func fact(_ label: String, _ value: String) throws {
            try sheet.write(row, 0, label, .label)
            try sheet.writeMerged(row, 1...last, value, .text, width: fullWidth - widths[0])
            row += 1
        }
        try fact("Instrument", model.instrumentLine)
        if model.rounds.count == 1 {
            try fact("Round", model.rounds[0].label)
        } else {
            try fact("Rounds", model.rounds.map(\.label).joined(separator: ", ")
                     + " — the tables below show \(context.latest?.label ?? "")" + (model.trend != nil ? "; the Trend sheet shows every round" : ""))
        }
        guard let round = context.latest else {
            try sheet.printLandscape()
            return
        }
        try fact("Responses", "\(round.rows.accepted) scored of \(round.rows.read) rows read (\(round.rows.rejected) set aside"
                 + (context.hasDetailSheets ? ", see Data quality)" : ")"))
        try sheet.write(row, 0, "Health index (0–100)", .label)
        try sheet.write(row, 1, round.healthIndex, .headline)
        if round.healthBand != nil {
            try sheet.write(row, 2, ReportWords.band(round.healthBand), WorkbookContext.style(round.healthBand))
        }
        row += 1
        try sheet.write(row, 0, "Balance (benefits − drawbacks)", .label)
        try sheet.write(row, 1, round.balance, .signed)
        try sheet.write(row, 2, "above 0: members gain more than it costs them", .note)
        row += 1
        row += 1

        // The tables start a page.
        let tableTop = row
        let headers = ["Dimension", "Category", "Score (\(context.scaleRange))", "Band", "Health", "At strength level", "n"]
        let numbers: Set<Int> = [2, 4, 5, 6]
        for (column, header) in headers.enumerated() {
            var style = numbers.contains(column) ? XlsxStyle.numberHeading : XlsxStyle.heading
            style.wrap = true
            try sheet.write(row, column, header, style)
        }
        try sheet.setRowHeight(row, 30)
        row += 1
        for area in round.areas {
            try sheet.write(row, 0, area.label, .text)
            try sheet.write(row, 1, area.category, .text)
            try sheet.write(row, 2, area.statistics.mean, .score)
            try sheet.write(row, 3, area.bandWord, .text)
            try sheet.write(row, 4, area.health, .health)
            try sheet.write(row, 5, area.statistics.favorable, .percent)
            try sheet.write(row, 6, area.statistics.n)
            row += 1
        }
        let dimensionRows = (tableTop + 1)...(row - 1)
        try WorkbookContext.bandColours(sheet, rows: dimensionRows, column: 3)
        row += 1

        // Each category's health, in the Band and Health columns of the table above.
        let categoryTop = row
        for (column, header) in ["Category", "", "", "Band", "Health"].enumerated() {
            try sheet.write(row, column, header, column == 4 ? .numberHeading : .heading)
        }
        row += 1
        for category in round.categories {
            try sheet.write(row, 0, category.title, .text)
            try sheet.write(row, 3, category.bandWord, .text)
            try sheet.write(row, 4, category.health, .health)
            row += 1
        }
        if row - 1 > categoryTop {
            try WorkbookContext.bandColours(sheet, rows: (categoryTop + 1)...(row - 1), column: 3)
        }
        row += 1

        func names(_ areas: [ReportModel.Area]) -> String {
            areas.isEmpty ? "none" : areas.map(\.title).joined(separator: "; ")
        }
        for (label, list) in [("Strongest", round.strongest), ("Weakest", round.weakest), ("Members see differently", round.divided)] {
            try fact(label, names(list))
        }
        row += 1
        try sheet.writeMerged(row, 0...last, WorkbookContext.healthNote + " A category's health is the mean of its dimensions'.", .note, width: fullWidth)
        row += 2

        // The charts, each on a page of its own, from hidden helper columns (the bars' band
        // colours and the thresholds), so they always match the table.
        let barsTop = row
        let bars = round.areas.map { area in
            BandBarChart.Bar(label: area.title + (area.polarity == .negative ? ReportWords.flipped : ""), value: area.health, band: area.band)
        }
        let chart = try BandBarChart.make(bars, thresholds: model.thresholds, title: "Health by dimension, \(round.label) (0–100, drawbacks flipped)",
                                          sheet: sheet, workbook: workbook, row: tableTop, column: helperColumn,
                                          barWidth: bars.count > 14 ? 10 : 18)
        try sheet.insert(chart, row: barsTop, column: 0, xScale: 1.4, yScale: 1.8,
                         description: "Bar chart of every dimension's health from 0 to 100, coloured by band, with the thresholds as dashed lines")
        var breaks = [tableTop, barsTop]
        let principles = round.areas.enumerated().filter { $0.element.category == "principle" }.map(\.offset)
        if let first = principles.first, let lastPrinciple = principles.last, lastPrinciple - first + 1 == principles.count, principles.count >= 3 {
            let radarTop = barsTop + 30
            let radar = try workbook.addChart(.radar)
            radar.setTitle("\(ReportWords.category("principle")) (health 0–100)")
            try radar.addSeries(name: round.label, categories: sheet.range(rows: (tableTop + 1 + first)...(tableTop + 1 + lastPrinciple), column: 0),
                                values: sheet.range(rows: (tableTop + 1 + first)...(tableTop + 1 + lastPrinciple), column: 4), color: 0x1F4E79)
            radar.setValueAxis(min: 0, max: 100, title: "", horizontal: false)
            radar.hideLegend()
            try sheet.insert(radar, row: radarTop, column: 0, xScale: 1.3, yScale: 1.7, description: "Radar chart of the health of the partnership principles")
            breaks.append(radarTop)
        }
        try sheet.breakPages(before: breaks)
        try sheet.printLandscape()
    }
}
