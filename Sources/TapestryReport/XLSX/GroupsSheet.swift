import TapestryScoring

/// The Groups sheet: each group side by side, per round — its size, each dimension's mean
/// in its band's colour, and its agreement (rwg). Hidden groups say so and show nothing
/// else.
enum GroupsSheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Groups")
        try sheet.setColumns(0, 0, width: 36)
        var row = 0
        let grouped = context.model.rounds.compactMap { round in round.groups.map { (round, $0) } }
        guard let first = grouped.first?.1 else {
            try sheet.write(0, 0, "No groups were compared. Member types, workshop tables or other groups can be compared side by side "
                            + "when the coordinator names the column that holds them (group-by in the project file).", .note)
            return
        }
        let shown = grouped.map { $0.1.columns.count }.max() ?? 1
        try sheet.writeMerged(row, 0...max(4, shown), first.rule, first.anonymous ? .note : .label, width: 36 + 12 * Double(max(4, shown)))
        row += 2
        var widest = 1
        for (round, groups) in grouped {
            let columns = groups.columns
            try sheet.write(row, 0, "Round \(round.label): mean score (\(context.scaleRange))", .heading)
            row += 1
            try sheet.write(row, 0, "Dimension", .label)
            for (index, group) in columns.enumerated() {
                try sheet.write(row, 1 + index, group.name, XlsxStyle(bold: true, wrap: true, alignTop: true, alignRight: true, numberFormat: "@"))
            }
            widest = max(widest, columns.count)
            try sheet.setRowHeight(row, 30)
            row += 1
            try sheet.write(row, 0, "Respondents (n)", .text)
            for (index, group) in columns.enumerated() { try sheet.write(row, 1 + index, group.n) }
            row += 1
            for (position, area) in round.areas.enumerated() {
                try sheet.write(row, 0, area.label, .text)
                for (index, group) in columns.enumerated() {
                    if group.suppressed {
                        try sheet.write(row, 1 + index, "suppressed", XlsxStyle(italic: true, fontColor: 0x595959, alignRight: true, numberFormat: "@"))
                    } else {
                        let groupArea = group.areas[position]
                        var style = WorkbookContext.style(groupArea.band)
                        style.numberFormat = "0.00"
                        try sheet.write(row, 1 + index, groupArea.statistics.mean, style)
                    }
                }
                row += 1
            }
            if let hidden = groups.hiddenSentence {
                try sheet.write(row, 0, hidden, .note)
                row += 1
            }
            row += 1
            try sheet.write(row, 0, "Round \(round.label): agreement within the group (rwg; below 0.7, members see it differently)", .heading)
            row += 1
            for (position, area) in round.areas.enumerated() {
                try sheet.write(row, 0, area.title, .text)
                for (index, group) in columns.enumerated() {
                    if group.suppressed {
                        try sheet.write(row, 1 + index, "suppressed", XlsxStyle(italic: true, fontColor: 0x595959, alignRight: true, numberFormat: "@"))
                    } else {
                        try sheet.write(row, 1 + index, group.areas[position].statistics.rwg, .score)
                    }
                }
                row += 1
            }
            row += 2
        }
        try sheet.setColumns(1, widest, width: 12)
        sheet.freeze(rows: 0, columns: 1)
        // Many groups run over pages across, the dimension names repeated on each.
        try sheet.printLandscape(repeatColumns: 0...0)
    }
}
