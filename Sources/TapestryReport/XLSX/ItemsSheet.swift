import TapestryScoring

/// The Items sheet: every statement with its answers — n, mean, sd, how many chose each
/// point and what share that is (with data bars), the shares that agreed and disagreed (as
/// answered), and which of the two is the healthy answer.
enum ItemsSheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Items")
        let scale = context.scale
        let points = Array(scale.min...scale.max)
        let shares = 9 + points.count
        let healthy = 9 + 2 * points.count
        let agree = healthy + 1
        let headers = ["Round", "Item", "Statement", "Dimension", "Reverse-keyed", "n", "Mean", "SD", "Missing"]
            + points.map { "\($0) (n)" } + points.map { "\($0) (%)" } + ["Healthy answer", "Agree", "Disagree"]
        try sheet.write(0, 0, "Answers as given (reverse-keyed statements not flipped). Shares are of valid answers; "
                        + "\"Don't know\" and blanks count as missing. Points: "
                        + points.enumerated().map { "\($1) = \(scale.labels[$0])" }.joined(separator: ", ") + ".", .note)
        try sheet.write(1, 0, "Agree: the share of valid answers above the middle of the \(context.scaleRange) scale; Disagree: below it; both as answered. "
                        + "Healthy answer: which of the two is healthy — disagreeing, for a statement \(ReportWords.wordedTheOtherWay) or where \(ReportWords.agreeingIsACost).", .note)
        let top = 3
        var row = top + 1
        for round in context.model.rounds {
            for area in round.areas {
                for statement in area.statements {
                    let statistics = statement.statistics
                    try sheet.write(row, 0, round.label, .text)
                    try sheet.write(row, 1, statement.id, .text)
                    try sheet.write(row, 2, statement.text, .text)
                    try sheet.write(row, 3, area.title, .text)
                    try sheet.write(row, 4, statement.reverse ? "yes" : "", .text)
                    try sheet.write(row, 5, statistics.n)
                    try sheet.write(row, 6, statistics.mean, .score)
                    try sheet.write(row, 7, statistics.sd, .score)
                    try sheet.write(row, 8, statistics.missing)
                    for (offset, count) in statistics.counts.enumerated() {
                        try sheet.write(row, 9 + offset, count)
                        try sheet.write(row, shares + offset, statistics.shares?[offset], .percent)
                    }
                    let side = statement.agreeingIsHealthy ? "agree" : "disagree"
                    try sheet.write(row, healthy, side + (statement.orientationNote.map { " (\($0))" } ?? ""), .text)
                    try sheet.write(row, agree, statistics.agree, .percent)
                    try sheet.write(row, agree + 1, statistics.disagree, .percent)
                    row += 1
                }
            }
        }
        try sheet.addTable(name: "Items", firstRow: top, lastRow: row - 1, headers: headers)
        if row - 1 > top {
            try sheet.dataBars(rows: (top + 1)...(row - 1), columns: shares...(healthy - 1), color: 0x5B9BD5)
            try sheet.dataBars(rows: (top + 1)...(row - 1), columns: agree...(agree + 1), color: 0x5B9BD5)
        }
        sheet.freeze(rows: top + 1, columns: 3)
        try sheet.setColumns(0, 1, width: 10)
        try sheet.setColumns(2, 2, width: 60)
        try sheet.setColumns(3, 3, width: 26)
        try sheet.setColumns(4, 8, width: 9)
        try sheet.setColumns(9, healthy - 1, width: 7)
        try sheet.setColumns(healthy, healthy, width: 38)
        try sheet.setColumns(agree, agree + 1, width: 10)
        try sheet.printLandscape(pagesTall: 0, repeatRows: top)
    }
}
