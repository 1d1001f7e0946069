import TapestryScoring

/// The Summary sheet: the facts a funder reads first, a table of dimensions, the health of
/// each category, the strongest and weakest, a radar of the principles and a bar chart of all
/// dimensions, on one landscape page. Everything comes from the report model.
enum SummarySheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook, sheetName: String = "Summary") throws {
        let sheet = try workbook.addSheet(sheetName)
        let model = context.model
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 1, width: 12)
        try sheet.setColumns(2, 4, width: 10)
        try sheet.setColumns(5, 5, width: 16)
        try sheet.setColumns(6, 6, width: 10)
        try sheet.setColumns(7, 7, width: 3)
        sheet.hideGridlines()
        try sheet.printLandscape(pagesTall: 1)

        try sheet.write(0, 0, "Partnership health", .title)
        try sheet.write(1, 0, model.coalition ?? "Coalition not named (use --coalition)", .label)
        var row = 3
        func fact(_ label: String, _ value: String) throws {
            try sheet.write(row, 0, label, .label)
            try sheet.write(row, 1, value, .text)
            row += 1
        }
        try fact("Instrument", model.instrumentLine)
        try fact("Rounds", model.rounds.map(\.label).joined(separator: ", ")
                 + (model.rounds.count > 1 ? " — this page shows \(context.latest?.label ?? "")" : ""))
        guard let round = context.latest else { return }
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
        row += 2

        let headers = ["Dimension", "Category", "Score (\(context.scaleRange))", "Band", "Health", "At strength level", "n"]
        let tableTop = row
        for (column, header) in headers.enumerated() { try sheet.write(row, column, header, .heading) }
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
        for (column, header) in ["Category", "", "", "Band", "Health"].enumerated() { try sheet.write(row, column, header, .heading) }
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
            try sheet.write(row, 0, label, .label)
            try sheet.write(row, 1, names(list), .text)
            row += 1
        }
        try sheet.write(row + 1, 0, WorkbookContext.healthNote + " A category's health is the mean of its dimensions'.", .note)

        // Charts read the Health column, so they always match the table.
        let principles = round.areas.enumerated().filter { $0.element.category == "principle" }.map(\.offset)
        if let first = principles.first, let last = principles.last, last - first + 1 == principles.count, principles.count >= 3 {
            let radar = try workbook.addChart(.radar)
            radar.setTitle("\(ReportWords.category("principle")) (health 0–100)")
            try radar.addSeries(name: round.label, categories: sheet.range(rows: (tableTop + 1 + first)...(tableTop + 1 + last), column: 0),
                                values: sheet.range(rows: (tableTop + 1 + first)...(tableTop + 1 + last), column: 4), color: 0x1F4E79)
            radar.setValueAxis(min: 0, max: 100, title: "", horizontal: false)
            radar.hideLegend()
            try sheet.insert(radar, row: 0, column: 8, xScale: 1.15, yScale: 1.25, description: "Radar chart of the health of the partnership principles")
        }
        let bars = try workbook.addChart(.bar)
        bars.setTitle("Health by dimension (0–100)")
        try bars.addSeries(name: round.label, categories: sheet.range(rows: dimensionRows, column: 0),
                           values: sheet.range(rows: dimensionRows, column: 4), color: 0x2E75B6)
        bars.setValueAxis(min: 0, max: 100, title: model.thresholds.healthLegend, horizontal: true)
        bars.reverseCategories()
        bars.hideLegend()
        try sheet.insert(bars, row: row + 3, column: 0, xScale: 1.75, yScale: 1.45, description: "Bar chart of every dimension's health from 0 to 100")
    }
}
