import TapestryScoring

/// The Trend sheet: every area's score per round, a line chart per category and one for the
/// health index, the changes between consecutive rounds with their confidence intervals, and
/// how many members were linked between each pair of rounds (or why none were).
/// "No clear change" is written wherever the interval includes 0.
enum TrendSheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        guard let trend = context.model.trend else { return }
        let sheet = try workbook.addSheet("Trend")
        let rounds = trend.rounds
        // Each area's category, from a round (every round lists the areas in instrument order).
        let areas = context.model.rounds.first?.areas ?? []
        let lastColumn = 1 + rounds.count
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 1, width: 11)
        // Columns 2-3 and 9 wide enough for the tables below: "Linked members", a linking
        // column's heading ("Email Address") and "no clear change".
        try sheet.setColumns(2, 3, width: 15)
        try sheet.setColumns(4, 8, width: 11)
        try sheet.setColumns(9, 9, width: 15)
        try sheet.setColumns(10, max(lastColumn, 12), width: 11)
        try sheet.write(0, 0, "Scores per round (\(context.scaleRange); for drawbacks lower is better) and the health index (0–100). "
                        + "A change is called improved or declined only when its 95% interval excludes 0.", .note)
        let header = 2
        try sheet.write(header, 0, "Area", .heading)
        try sheet.write(header, 1, "Category", .heading)
        for (index, round) in rounds.enumerated() { try sheet.write(header, 2 + index, round, .heading) }
        var row = header + 1
        var rowOf: [Int] = []
        for (position, series) in trend.areas.enumerated() {
            try sheet.write(row, 0, series.name, .text)
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
        row += 1

        // Charts: the health index, then one per category, two to a row.
        let roundsRange = 2...lastColumn
        var chartSlot = 0
        func place(_ chart: XlsxChart, _ description: String) throws {
            try sheet.insert(chart, row: row + (chartSlot / 2) * 16, column: (chartSlot % 2) * 5, xScale: 1.0, yScale: 1.0, description: description)
            chartSlot += 1
        }
        let health = try workbook.addChart(.line)
        health.setTitle(trend.healthIndex.name)
        try health.addSeries(name: trend.healthIndex.name, categories: sheet.range(row: header, columns: roundsRange),
                             values: sheet.range(row: healthRow, columns: roundsRange), color: 0x1F4E79)
        health.setValueAxis(min: 0, max: 100, title: "0–100", horizontal: false)
        try place(health, "Line chart of the health index per round")
        let palette: [UInt32] = [0x1F4E79, 0xE08214, 0x542788, 0x7F7F7F, 0x2E75B6]
        for category in context.instrument.categories {
            let chart = try workbook.addChart(.line)
            chart.setTitle("\(ReportWords.category(category))")
            let members = areas.indices.filter { areas[$0].category == category && $0 < trend.areas.count }
            for (index, position) in members.enumerated() {
                try chart.addSeries(name: areas[position].title, categories: sheet.range(row: header, columns: roundsRange),
                                    values: sheet.range(row: rowOf[position], columns: roundsRange), color: palette[index % palette.count])
            }
            chart.setValueAxis(min: Double(context.scale.min), max: Double(context.scale.max), title: "score", horizontal: false)
            try place(chart, "Line chart of the \(category) areas' scores per round")
        }
        row += ((chartSlot + 1) / 2) * 16 + 1

        let headers = ["From", "To", "Area", "Difference", "CI low", "CI high", "Effect", "Paired", "Pairs", "What it shows", "Band before", "Band after"]
        let top = row
        row += 1
        for change in trend.changes {
            let result = change.result
            try sheet.write(row, 0, result.from, .text)
            try sheet.write(row, 1, result.to, .text)
            try sheet.write(row, 2, change.title, .text)
            // The health index's change is on 0–100: as many decimals as the model shows it with.
            let decimals = String(repeating: "0", count: change.decimals)
            try sheet.write(row, 3, result.difference, XlsxStyle(numberFormat: "+0.\(decimals);-0.\(decimals);0.\(decimals)"))
            try sheet.write(row, 4, result.ci95?.lower, XlsxStyle(numberFormat: "0.\(decimals)"))
            try sheet.write(row, 5, result.ci95?.upper, XlsxStyle(numberFormat: "0.\(decimals)"))
            try sheet.write(row, 6, result.effect, .score)
            try sheet.write(row, 7, result.paired ? "paired" : "unpaired", .text)
            try sheet.write(row, 8, result.pairs)
            try sheet.write(row, 9, change.words, .text)
            try sheet.write(row, 10, result.bandFrom?.rawValue ?? "", .text)
            try sheet.write(row, 11, result.bandTo?.rawValue ?? "", .text)
            row += 1
        }
        try sheet.addTable(name: "Changes", firstRow: top, lastRow: row - 1, headers: headers)
        if row - 1 > top {
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 9, containing: "improved", style: .strength)
            try sheet.highlight(rows: (top + 1)...(row - 1), column: 9, containing: "declined", style: .concern)
        }
        row += 1
        // How many members were linked between each pair of rounds, or why none were.
        let linksTop = row
        row += 1
        for link in context.assessment.links {
            try sheet.write(row, 0, link.from, .text)
            try sheet.write(row, 1, link.to, .text)
            try sheet.write(row, 2, link.linked)
            try sheet.write(row, 3, link.columns.joined(separator: "; "), .text)
            try sheet.write(row, 4, LinkWords.sentence(link, advice: false), .text)
            row += 1
        }
        if row - 1 > linksTop {
            try sheet.addTable(name: "Links", firstRow: linksTop, lastRow: row - 1, headers: ["From", "To", "Linked members", "Linked by", "Note"])
        }
        sheet.freeze(rows: header + 1, columns: 1)
        try sheet.printLandscape(pagesTall: 0)
    }
}
