/// The Connections sheet: the latest round's map of connections as tables that sort — the
/// figures, every organisation (name, type, whether it answered, ties in and out,
/// betweenness, and whether it holds the coalition together or has no ties), every tie (from,
/// to, returned?) and the organisations members suggest. Network figures only: never an
/// organisation's answers or scores. Without a map (too few organisations answered) the sheet
/// says why.
enum ConnectionsSheet {
    static let memberHeaders = ["Organisation", "Type", "Answered", "Ties in", "Ties out", "Betweenness", "Note", "Listed"]
    static let tieHeaders = ["From (named)", "To (was named)", "Returned"]
    static let suggestionHeaders = ["Suggested to bring in", "Named by"]
    /// Column widths: names first and wide, numbers narrow.
    static let widths: [Double] = [30, 12, 9, 8, 8, 12, 27, 8, 2, 28, 28, 9]
    /// The first column of the tie list, right of the organisations.
    static let tieColumn = 9
    static var textWidth: Double { widths.prefix(8).reduce(0, +) } // layout, not a statistic

    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let model = context.model
        guard model.network != nil || model.networkNote != nil else { return }
        let sheet = try workbook.addSheet("Connections")
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        guard let network = model.network else {
            try sheet.write(0, 0, "Connections", .title)
            try sheet.writeMerged(2, 0...7, model.networkNote ?? "", .text, width: textWidth)
            try sheet.printLandscape(fitWidth: true)
            return
        }
        try sheet.write(0, 0, "Connections, round \(network.round)", .title)
        var row = 2
        for sentence in network.sentences + (network.change.map { [$0] } ?? []) {
            try sheet.writeMerged(row, 0...7, sentence, .text, width: textWidth)
            row += 1
        }
        row += 1

        // The figures, as numbers with formats; the label spans the first three columns.
        let summary = network.summary
        let labelWidth = widths.prefix(3).reduce(0, +) // layout, not a statistic
        try sheet.writeMerged(row, 0...2, "Figure", .heading, width: labelWidth)
        try sheet.write(row, 3, "Value", .numberHeading)
        row += 1
        var figures: [(String, Double?, XlsxStyle)] = [
            ("Organisations on the map", Double(summary.members), .integer),
            ("Answered the connection questions", Double(summary.responding), .integer),
            ("Ties named", Double(summary.ties), .integer),
            ("Density (share of possible ties)", summary.density, .percent),
            ("Ties returned (both named each other)", summary.reciprocity, .percent),
            ("Separate parts (a member with no ties is one)", Double(summary.components), .integer),
        ]
        if let change = network.densityChange, let previous = network.previousRound {
            figures.append(("Change in density since \(previous) (percentage points)", change, XlsxStyle(numberFormat: "+0;-0;0")))
        }
        if let change = network.isolatesChange, let previous = network.previousRound {
            figures.append(("Change in members with no ties since \(previous)", Double(change), XlsxStyle(numberFormat: "+0;-0;0")))
        }
        for (label, value, style) in figures {
            try sheet.writeMerged(row, 0...2, label, .text, width: labelWidth)
            try sheet.write(row, 3, value, style)
            row += 1
        }
        row += 1
        try sheet.writeMerged(row, 0...7, "Ties in: how many organisations named it; ties out: how many it named. "
            + "Betweenness (0 to 1): how much of the coalition's linking runs through it. Listed: on the member list.", .note, width: textWidth)
        row += 2

        // Every organisation (left) and every tie (right), side by side under one header row,
        // so that both sort on their own and the header repeats on every printed page.
        try sheet.write(row, 0, "Organisations", .heading)
        try sheet.write(row, tieColumn, "Ties", .heading)
        row += 1
        let membersTop = row
        row += 1
        for member in network.members {
            try sheet.write(row, 0, member.name, .wrapped)
            try sheet.write(row, 1, member.typeWord, .text)
            try sheet.write(row, 2, member.answeredWord, .text)
            try sheet.write(row, 3, member.inDegree)
            try sheet.write(row, 4, member.outDegree)
            // Two digits of space after the number, so the note beside it does not touch it.
            try sheet.write(row, 5, member.betweenness, XlsxStyle(numberFormat: "0.00_0_0"))
            try sheet.write(row, 6, member.role, .text)
            try sheet.write(row, 7, member.listedWord, .text)
            row += 1
        }
        try sheet.addTable(name: "Organisations", firstRow: membersTop, lastRow: row - 1, headers: memberHeaders, numberColumns: [3, 4, 5])
        var tieRow = membersTop
        if network.ties.isEmpty {
            try sheet.write(tieRow, tieColumn, "No ties were named.", .note)
        } else {
            tieRow += 1
            for tie in network.ties {
                try sheet.write(tieRow, tieColumn, tie.from, .wrapped)
                try sheet.write(tieRow, tieColumn + 1, tie.to, .wrapped)
                try sheet.write(tieRow, tieColumn + 2, tie.returnedWord, .text)
                tieRow += 1
            }
            try sheet.addTable(name: "Ties", firstRow: membersTop, lastRow: tieRow - 1, firstColumn: tieColumn, headers: tieHeaders)
        }
        row += 1

        // The suggestions, under the organisations.
        if !network.suggestions.isEmpty {
            row += 1
            let top = row
            row += 1
            for suggestion in network.suggestions {
                try sheet.write(row, 0, suggestion.name, .wrapped)
                try sheet.write(row, 1, suggestion.mentions)
                row += 1
            }
            try sheet.addTable(name: "Suggestions", firstRow: top, lastRow: row - 1, headers: suggestionHeaders, numberColumns: [1])
        }
        try sheet.setRowHeight(membersTop, 30)
        // Landscape, one page wide; the tables' header row repeats on every page.
        try sheet.printLandscape(repeatRows: membersTop...membersTop, fitWidth: true)
    }
}
