import TapestryScoring

/// The Groups sheet: each group side by side, per round — its size, each dimension's mean
/// in its band's colour, and its agreement (rwg). Suppressed groups say so and show nothing
/// else.
enum GroupsSheet {
    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Groups")
        let options = context.assessment.options
        try sheet.setColumns(0, 0, width: 34)
        var row = 0
        let grouped = context.assessment.rounds.filter { !$0.groups.isEmpty }
        if grouped.isEmpty {
            try sheet.write(0, 0, "No groups: run with --group-by COLUMN to compare member types, workshop tables or other groups.", .note)
            return
        }
        let rule = options.isAnonymous
            ? "Groups with fewer than \(options.minimumGroupSize) respondents are suppressed (and the next smallest too, until the hidden groups together reach \(options.minimumGroupSize)), so no one's answers can be singled out."
            : "NOT ANONYMOUS: groups as small as \(options.minimumGroupSize) are shown (--min-group-size \(options.minimumGroupSize))."
        try sheet.write(row, 0, rule, options.isAnonymous ? .note : .label)
        row += 2
        var widest = 1
        for round in grouped {
            try sheet.write(row, 0, "Round \(round.label): mean score (1–5)", .heading)
            row += 1
            try sheet.write(row, 0, "Dimension", .label)
            for (index, group) in round.groups.enumerated() { try sheet.write(row, 1 + index, group.name, .label) }
            widest = max(widest, round.groups.count)
            row += 1
            try sheet.write(row, 0, "Respondents (n)", .text)
            for (index, group) in round.groups.enumerated() { try sheet.write(row, 1 + index, group.n) }
            row += 1
            for (position, dimension) in round.dimensions.enumerated() {
                let marker = dimension.polarity == .negative ? " (lower is better)" : ""
                try sheet.write(row, 0, context.title(of: dimension.id) + marker, .text)
                for (index, group) in round.groups.enumerated() {
                    if group.suppressed {
                        try sheet.write(row, 1 + index, "suppressed", .note)
                    } else {
                        let statistics = group.dimensions[position]
                        var style = WorkbookContext.style(statistics.band)
                        style.numberFormat = "0.00"
                        try sheet.write(row, 1 + index, statistics.mean, style)
                    }
                }
                row += 1
            }
            row += 1
            try sheet.write(row, 0, "Round \(round.label): agreement within the group (rwg; below 0.7, members see it differently)", .heading)
            row += 1
            for (position, dimension) in round.dimensions.enumerated() {
                try sheet.write(row, 0, context.title(of: dimension.id), .text)
                for (index, group) in round.groups.enumerated() {
                    if group.suppressed {
                        try sheet.write(row, 1 + index, "suppressed", .note)
                    } else {
                        try sheet.write(row, 1 + index, group.dimensions[position].rwg, .score)
                    }
                }
                row += 1
            }
            row += 2
        }
        try sheet.setColumns(1, widest, width: 16)
        sheet.freeze(rows: 0, columns: 1)
        try sheet.printLandscape(pagesTall: 0)
    }
}
