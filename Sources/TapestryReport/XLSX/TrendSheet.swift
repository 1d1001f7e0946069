import TapestryScoring

/// The Trend sheet: every area's score per round, a line chart per category and one for the
/// health index, the changes between consecutive rounds with their confidence intervals, and
/// how many members were linked between each pair of rounds (or why none were).
/// "No clear change" is written wherever the interval includes 0.
enum TrendSheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Trend")
        let rounds = context.assessment.scoredRounds
        let instrument = context.instrument
        let lastColumn = 1 + rounds.count
        try sheet.setColumns(0, 0, width: 34)
        try sheet.setColumns(1, 1, width: 11)
        // Columns 2-3 and 9 wide enough for the tables below: "Linked members", a linking
        // column's heading ("Email Address") and "no clear change".
        try sheet.setColumns(2, 3, width: 15)
        try sheet.setColumns(4, 8, width: 11)
        try sheet.setColumns(9, 9, width: 15)
        try sheet.setColumns(10, max(lastColumn, 12), width: 11)
        try sheet.write(0, 0, "Scores per round (1–5; for drawbacks lower is better) and the health index (0–100). "
                        + "A change is called improved or declined only when its 95% interval excludes 0.", .note)
        let header = 2
        try sheet.write(header, 0, "Area", .heading)
        try sheet.write(header, 1, "Category", .heading)
        for (index, round) in rounds.enumerated() { try sheet.write(header, 2 + index, round.label, .heading) }
        var row = header + 1
        var rowOf: [String: Int] = [:]
        for (position, dimension) in instrument.dimensions.enumerated() {
            try sheet.write(row, 0, dimension.title + (dimension.polarity == .negative ? " (lower is better)" : ""), .text)
            try sheet.write(row, 1, dimension.category, .text)
            for (index, round) in rounds.enumerated() { try sheet.write(row, 2 + index, round.dimensions[position].mean, .score) }
            rowOf[dimension.id] = row
            row += 1
        }
        let healthRow = row
        try sheet.write(row, 0, "Health index (0–100)", .label)
        for (index, round) in rounds.enumerated() { try sheet.write(row, 2 + index, round.healthIndex, .health) }
        row += 2

        // Charts: the health index, then one per category, two to a row.
        let roundsRange = 2...lastColumn
        var chartSlot = 0
        func place(_ chart: XlsxChart, _ description: String) throws {
            try sheet.insert(chart, row: row + (chartSlot / 2) * 16, column: (chartSlot % 2) * 5, xScale: 1.0, yScale: 1.0, description: description)
            chartSlot += 1
        }
        let health = try workbook.addChart(.line)
        health.setTitle("Health index")
        try health.addSeries(name: "Health index", categories: sheet.range(row: header, columns: roundsRange),
                             values: sheet.range(row: healthRow, columns: roundsRange), color: 0x1F4E79)
        health.setValueAxis(min: 0, max: 100, title: "0–100", horizontal: false)
        try place(health, "Line chart of the health index per round")
        let palette: [UInt32] = [0x1F4E79, 0xE08214, 0x542788, 0x7F7F7F, 0x2E75B6]
        for category in instrument.categories {
            let chart = try workbook.addChart(.line)
            chart.setTitle("\(category.capitalized) areas")
            for (index, dimension) in instrument.dimensions.filter({ $0.category == category }).enumerated() {
                try chart.addSeries(name: dimension.title, categories: sheet.range(row: header, columns: roundsRange),
                                    values: sheet.range(row: rowOf[dimension.id]!, columns: roundsRange), color: palette[index % palette.count])
            }
            chart.setValueAxis(min: Double(context.scale.min), max: Double(context.scale.max), title: "score", horizontal: false)
            try place(chart, "Line chart of the \(category) areas' scores per round")
        }
        row += ((chartSlot + 1) / 2) * 16 + 1

        let headers = ["From", "To", "Area", "Difference", "CI low", "CI high", "Effect", "Paired", "Pairs", "What it shows", "Band before", "Band after"]
        let top = row
        row += 1
        let titles = Dictionary(uniqueKeysWithValues: instrument.dimensions.map { ($0.id, $0.title) })
        for change in context.assessment.changes {
            try sheet.write(row, 0, change.from, .text)
            try sheet.write(row, 1, change.to, .text)
            try sheet.write(row, 2, change.dimension == ChangeResult.healthIndex ? "Health index" : titles[change.dimension] ?? change.dimension, .text)
            try sheet.write(row, 3, change.difference, .signed)
            try sheet.write(row, 4, change.ci95?.lower, .score)
            try sheet.write(row, 5, change.ci95?.upper, .score)
            try sheet.write(row, 6, change.effect, .score)
            try sheet.write(row, 7, change.paired ? "paired" : "unpaired", .text)
            try sheet.write(row, 8, change.pairs)
            try sheet.write(row, 9, change.direction.words, .text)
            try sheet.write(row, 10, change.bandFrom?.rawValue ?? "", .text)
            try sheet.write(row, 11, change.bandTo?.rawValue ?? "", .text)
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
