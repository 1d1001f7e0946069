import TapestryScoring

/// The Summary sheet: the facts a funder reads first, a table of dimensions, the strongest
/// and weakest, a radar of the five principles and a bar chart of all dimensions, on one
/// landscape page.
enum SummarySheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook, sheetName: String = "Summary") throws {
        let sheet = try workbook.addSheet(sheetName)
        let assessment = context.assessment
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 1, width: 12)
        try sheet.setColumns(2, 6, width: 10)
        try sheet.setColumns(7, 7, width: 3)
        sheet.hideGridlines()
        try sheet.printLandscape(pagesTall: 1)

        try sheet.write(0, 0, "Partnership health", .title)
        try sheet.write(1, 0, assessment.coalition ?? "Coalition not named (use --coalition)", .label)
        var row = 3
        func fact(_ label: String, _ value: String) throws {
            try sheet.write(row, 0, label, .label)
            try sheet.write(row, 1, value, .text)
            row += 1
        }
        try fact("Instrument", "\(context.instrument.title) (\(context.instrument.id), version \(context.instrument.version))")
        try fact("Rounds", assessment.rounds.map(\.label).joined(separator: ", ")
                 + (assessment.rounds.count > 1 ? " — this page shows \(context.latest?.label ?? "")" : ""))
        guard let round = context.latest else { return }
        try fact("Responses", "\(round.rows.accepted) scored of \(round.rows.read) rows read (\(round.rows.rejected) set aside"
                 + (context.hasDetailSheets ? ", see Data quality)" : ")"))
        try sheet.write(row, 0, "Health index (0–100)", .label)
        try sheet.write(row, 1, round.healthIndex, .headline)
        row += 1
        try sheet.write(row, 0, "Balance (benefits − drawbacks)", .label)
        try sheet.write(row, 1, round.balance, .signed)
        try sheet.write(row, 2, "above 0: members gain more than it costs them", .note)
        row += 2

        let headers = ["Dimension", "Category", "Score (1–5)", "Band", "Health", "Agree", "n"]
        let tableTop = row
        for (column, header) in headers.enumerated() { try sheet.write(row, column, header, .heading) }
        row += 1
        for dimension in round.dimensions {
            let marker = dimension.polarity == .negative ? " (lower is better)" : ""
            try sheet.write(row, 0, context.title(of: dimension.id) + marker, .text)
            try sheet.write(row, 1, dimension.category, .text)
            try sheet.write(row, 2, dimension.mean, .score)
            try sheet.write(row, 3, dimension.band?.rawValue ?? "not scored", .text)
            try sheet.write(row, 4, context.health(dimension), .health)
            try sheet.write(row, 5, dimension.favorable, .percent)
            try sheet.write(row, 6, dimension.n)
            row += 1
        }
        let dimensionRows = (tableTop + 1)...(row - 1)
        try WorkbookContext.bandColours(sheet, rows: dimensionRows, column: 3)
        row += 1

        let highlights = RoundHighlights(round, scale: context.scale)
        func names(_ dimensions: [DimensionStatistics]) -> String {
            dimensions.isEmpty ? "none" : dimensions.map { context.title(of: $0.id) }.joined(separator: "; ")
        }
        for (label, list) in [("Strongest", highlights.strongest), ("Weakest", highlights.weakest),
                              ("Members see differently", highlights.disagreements)] {
            try sheet.write(row, 0, label, .label)
            try sheet.write(row, 1, names(list), .text)
            row += 1
        }
        try sheet.write(row + 1, 0, "Health: each dimension on 0–100, higher always healthier (drawbacks flipped). Agree: share of members at strength level.", .note)

        // Charts read the Health column, so they always match the table.
        let principles = round.dimensions.enumerated().filter { $0.element.category == "principle" }.map(\.offset)
        if let first = principles.first, let last = principles.last, last - first + 1 == principles.count, principles.count >= 3 {
            let radar = try workbook.addChart(.radar)
            radar.setTitle("Five principles (health 0–100)")
            try radar.addSeries(name: round.label, categories: sheet.range(rows: (tableTop + 1 + first)...(tableTop + 1 + last), column: 0),
                                values: sheet.range(rows: (tableTop + 1 + first)...(tableTop + 1 + last), column: 4), color: 0x1F4E79)
            radar.setValueAxis(min: 0, max: 100, title: "", horizontal: false)
            radar.hideLegend()
            try sheet.insert(radar, row: 0, column: 8, xScale: 1.15, yScale: 1.25, description: "Radar chart of the health of the five partnership principles")
        }
        let bars = try workbook.addChart(.bar)
        bars.setTitle("Health by dimension (0–100)")
        try bars.addSeries(name: round.label, categories: sheet.range(rows: dimensionRows, column: 0),
                           values: sheet.range(rows: dimensionRows, column: 4), color: 0x2E75B6)
        bars.setValueAxis(min: 0, max: 100, title: "50 = concern threshold, 75 = strength threshold", horizontal: true)
        bars.reverseCategories()
        bars.hideLegend()
        try sheet.insert(bars, row: row + 3, column: 0, xScale: 1.75, yScale: 1.45, description: "Bar chart of every dimension's health from 0 to 100")
    }
}
