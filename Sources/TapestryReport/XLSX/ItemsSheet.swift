import TapestryScoring

/// The Items sheet: every statement with its answers — n, mean, sd, how many chose each
/// point and what share that is (with data bars), and the share who agreed.
enum ItemsSheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Items")
        let scale = context.scale
        let points = Array(scale.min...scale.max)
        let headers = ["Round", "Item", "Statement", "Dimension", "Reverse-keyed", "n", "Mean", "SD", "Missing"]
            + points.map { "\($0) (n)" } + points.map { "\($0) (%)" } + ["Agree (top two)"]
        try sheet.write(0, 0, "Answers as given (reverse-keyed statements not flipped). Shares are of valid answers; "
                        + "\"Don't know\" and blanks count as missing. Points: "
                        + points.enumerated().map { "\($1) = \(scale.labels[$0])" }.joined(separator: ", ") + ".", .note)
        let top = 2
        var row = top + 1
        let texts = Dictionary(uniqueKeysWithValues: context.instrument.items.map { ($0.id, $0.text) })
        for round in context.assessment.rounds {
            for dimension in round.dimensions {
                for item in dimension.items {
                    try sheet.write(row, 0, round.label, .text)
                    try sheet.write(row, 1, item.id, .text)
                    try sheet.write(row, 2, texts[item.id] ?? "", .text)
                    try sheet.write(row, 3, context.title(of: dimension.id), .text)
                    try sheet.write(row, 4, item.reverse ? "yes" : "", .text)
                    try sheet.write(row, 5, item.n)
                    try sheet.write(row, 6, item.mean, .score)
                    try sheet.write(row, 7, item.sd, .score)
                    try sheet.write(row, 8, item.missing)
                    for (offset, count) in item.counts.enumerated() {
                        try sheet.write(row, 9 + offset, count)
                        try sheet.write(row, 9 + points.count + offset, item.n > 0 ? Double(count) / Double(item.n) : nil, .percent)
                    }
                    let agreeing = item.counts.suffix(2).reduce(0, +)
                    try sheet.write(row, 9 + 2 * points.count, item.n > 0 ? Double(agreeing) / Double(item.n) : nil, .percent)
                    row += 1
                }
            }
        }
        try sheet.addTable(name: "Items", firstRow: top, lastRow: row - 1, headers: headers)
        if row - 1 > top {
            try sheet.dataBars(rows: (top + 1)...(row - 1), columns: (9 + points.count)...(9 + 2 * points.count), color: 0x5B9BD5)
        }
        sheet.freeze(rows: top + 1, columns: 3)
        try sheet.setColumns(0, 1, width: 10)
        try sheet.setColumns(2, 2, width: 60)
        try sheet.setColumns(3, 3, width: 26)
        try sheet.setColumns(4, 8, width: 9)
        try sheet.setColumns(9, 9 + 2 * points.count - 1, width: 7)
        try sheet.setColumns(9 + 2 * points.count, 9 + 2 * points.count, width: 10)
        try sheet.printLandscape(pagesTall: 0, repeatRows: top)
    }
}
