import TapestryScoring

/// The Items sheet: every statement with its answers — the shares that agreed and disagreed
/// (as answered) and which of the two is the healthy answer, n, mean, sd, how many chose each
/// point and what share that is (with data bars), then its dimension. Printed landscape at
/// 100 %: the round, item and statement repeat on every page, the counts and shares follow on
/// the next page across.
enum ItemsSheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Items")
        let scale = context.scale
        let points = Array(scale.min...scale.max)
        // Columns: Round, Item, Statement, Agree, Disagree, Healthy answer, n, Mean, SD, Missing,
        // the counts, the shares, Dimension, Reverse-keyed.
        let agree = 3
        let healthy = 5
        let counts = 10
        let shares = counts + points.count
        let dimension = shares + points.count
        let headers = ["Round", "Item", "Statement", "Agree", "Disagree", "Healthy answer", "n", "Mean", "SD", "Missing"]
            + points.map { "\($0) (n)" } + points.map { "\($0) (%)" } + ["Dimension", "Reverse-keyed"]
        let numberColumns = Set([agree, agree + 1, 6, 7, 8, 9] + Array(counts..<dimension))
        let widths: [Double] = [8, 6, 40, 7, 8, 20, 5, 6, 6, 7]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.setColumns(counts, dimension - 1, width: 5.5)
        try sheet.setColumns(dimension, dimension, width: 26)
        try sheet.setColumns(dimension + 1, dimension + 1, width: 9)
        let noteWidth = widths.prefix(6).reduce(0, +) // layout, not a statistic
        try sheet.writeMerged(0, 0...5, "Answers as given (reverse-keyed statements not flipped). Shares are of valid answers; "
                              + "\"Don't know\" and blanks count as missing. Points: "
                              + points.enumerated().map { "\($1) = \(scale.labels[$0])" }.joined(separator: ", ") + ".", .note, width: noteWidth)
        try sheet.writeMerged(1, 0...5, "Agree: the share of valid answers above the middle of the \(context.scaleRange) scale; Disagree: below it; both as answered. "
                              + "Healthy answer: which of the two is healthy — disagreeing, for a statement \(ReportWords.wordedTheOtherWay) or where \(ReportWords.agreeingIsACost).",
                              .note, width: noteWidth)
        let top = 3
        var row = top + 1
        // Wrapped, aligned at the bottom like the numbers on the same row.
        let wrapped = XlsxStyle(wrap: true, numberFormat: "@")
        for round in context.model.rounds {
            for area in round.areas {
                for statement in area.statements {
                    let statistics = statement.statistics
                    try sheet.write(row, 0, round.label, .text)
                    try sheet.write(row, 1, statement.id, .text)
                    try sheet.write(row, 2, statement.text, wrapped)
                    try sheet.write(row, agree, statistics.agree, .percent)
                    try sheet.write(row, agree + 1, statistics.disagree, .percent)
                    let side = statement.agreeingIsHealthy ? "agree" : "disagree"
                    let healthyText = side + (statement.orientationNote.map { " (\($0))" } ?? "")
                    try sheet.write(row, healthy, healthyText, wrapped)
                    try sheet.write(row, 6, statistics.n)
                    try sheet.write(row, 7, statistics.mean, .score)
                    try sheet.write(row, 8, statistics.sd, .score)
                    try sheet.write(row, 9, statistics.missing)
                    for (offset, count) in statistics.counts.enumerated() {
                        try sheet.write(row, counts + offset, count)
                        try sheet.write(row, shares + offset, statistics.shares?[offset], .percent)
                    }
                    try sheet.write(row, dimension, area.title, .text)
                    try sheet.write(row, dimension + 1, statement.reverse ? "yes" : "", .text)
                    // Tall enough for the wrapped statement and healthy answer.
                    let lines = max(XlsxSheet.lineCount(statement.text, perLine: Int(widths[2])),
                                    XlsxSheet.lineCount(healthyText, perLine: Int(widths[healthy])))
                    if lines > 1 { try sheet.setRowHeight(row, Double(lines) * 15) }
                    row += 1
                }
            }
        }
        try sheet.addTable(name: "Items", firstRow: top, lastRow: row - 1, headers: headers, numberColumns: numberColumns)
        try sheet.setRowHeight(top, 30)
        if row - 1 > top {
            try sheet.dataBars(rows: (top + 1)...(row - 1), columns: shares...(dimension - 1), color: 0x5B9BD5)
            try sheet.dataBars(rows: (top + 1)...(row - 1), columns: agree...(agree + 1), color: 0x5B9BD5)
        }
        sheet.freeze(rows: top + 1, columns: 3)
        try sheet.printLandscape(repeatRows: top...top, repeatColumns: 0...1)
    }
}
