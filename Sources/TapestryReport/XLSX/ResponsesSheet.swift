import TapestryScoring

/// The Responses sheet: the scored answers, one row per respondent with a number (never an
/// identifier), items as columns, in an Excel table with filters. A suppressed group's name
/// is not shown here either, so its members cannot be singled out. Written only with
/// `--include-responses`.
///
/// Memory: libxlsxwriter holds every cell until the file is closed (about 110 bytes each).
/// Its constant-memory mode, which writes rows out as they come, cannot be used: it applies
/// to the whole workbook and refuses Excel tables, and every sheet's statistics (and this
/// sheet's filters) are tables. So the cap bounds memory instead: at most
/// ``WorkbookContext/maximumListedResponses`` rows, and the import keeps no more responses
/// than that per round (`AssessmentRequest.maximumKeptResponses`).
enum ResponsesSheet {
    static let suppressedGroup = "(small group, not shown)"

    static func write(_ context: WorkbookContext, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Responses")
        let items = context.instrument.items
        let grouped = context.assessment.rounds.contains { !$0.groups.isEmpty }
        let headers = ["Respondent", "Round"] + (grouped ? ["Group"] : []) + items.map(\.id)
        try sheet.write(0, 0, "The scored answers as given (\(context.scaleRange), reverse-keyed statements not flipped); blank: no valid answer. "
                        + "Respondents are numbered; no names, e-mail addresses or other columns that name a member.", .note)
        let top = 2
        var row = top + 1
        var number = 0
        // Every accepted response, not only the ones kept for listing.
        let total = context.assessment.rounds.reduce(0) { $0 + $1.rows.accepted }
        let maximumRows = context.maximumListedResponses
        if total > maximumRows {
            try sheet.write(1, 0, "Only the first \(maximumRows) of \(total) responses are listed here; every sheet's statistics use all of them.", .label)
        }
        rounds: for round in context.assessment.rounds {
            let hidden = Set(round.groups.filter(\.suppressed).map(\.name))
            for response in round.responses {
                if number == maximumRows { break rounds }
                number += 1
                try sheet.write(row, 0, number)
                try sheet.write(row, 1, round.label, .text)
                var column = 2
                if grouped {
                    let group = response.group.map { hidden.contains($0) ? suppressedGroup : $0 } ?? ""
                    try sheet.write(row, column, group, .text)
                    column += 1
                }
                for answer in response.answers {
                    try sheet.write(row, column, answer.map(Double.init), .integer)
                    column += 1
                }
                row += 1
            }
        }
        try sheet.addTable(name: "Responses", firstRow: top, lastRow: row - 1, headers: headers)
        sheet.freeze(rows: top + 1, columns: 1)
        try sheet.setColumns(0, 1, width: 10)
        if grouped { try sheet.setColumns(2, 2, width: 18) }
        try sheet.setColumns(grouped ? 3 : 2, headers.count - 1, width: 5.5)
        try sheet.printLandscape(repeatRows: top...top, repeatColumns: 0...1)
    }
}
