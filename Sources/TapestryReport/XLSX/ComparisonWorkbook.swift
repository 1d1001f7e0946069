import Foundation
import TapestryScoring

/// The workshop comparison as a workbook (`compare --format xlsx`): `comparison.xlsx`, one
/// sheet laid out from the ``ComparisonModel`` — each shown group and the whole room side by
/// side (scores as numbers in their band's colour, `*` by number format where a group differs
/// from the rest of the room by more than chance), agreement within each group, the groups not
/// shown with their size and reason only, each group's largest gap with its 95 % range, and the
/// statements that split the groups. Landscape, one page wide, for printing.
public struct ComparisonWorkbook: Sendable {
    /// The file it writes into an `--output` folder.
    public static let fileName = "comparison.xlsx"

    /// Creates the renderer.
    public init() {}

    /// The workbook's bytes (written to a temporary file, read back and removed).
    public func render(_ model: ComparisonModel) throws -> Data {
        try ScratchFolder.bytes(of: Self.fileName) { try render(model, to: $0) }
    }

    /// Writes the workbook at `path`, a file that does not exist yet.
    public func render(_ model: ComparisonModel, to path: String) throws {
        do {
            let workbook = try XlsxWorkbook(path: path)
            try workbook.setProperties(title: model.title, subject: model.report.assessment.instrument.title,
                                       created: model.report.assessment.latestResponse ?? XLSXRenderer.fixedDate)
            try write(model, into: workbook)
            try workbook.close()
            try WorkbookCheck.verify(path)
        } catch let error as XlsxError {
            throw ReportError.workbook(error.description)
        }
    }

    private func write(_ model: ComparisonModel, into workbook: XlsxWorkbook) throws {
        let sheet = try workbook.addSheet("Comparison")
        let columns = model.shown.map(\.name) + [model.roomLabel]
        let last = max(columns.count, 3)
        try sheet.setColumns(0, 0, width: 44)
        try sheet.setColumns(1, last, width: 13)
        try sheet.write(0, 0, model.title, .title)
        try sheet.write(1, 0, model.roundLine, .text)
        var row = 2
        if let groups = model.groups {
            try sheet.write(row, 0, groups.rule, groups.anonymous ? .note : .label)
            row += 1
        }
        row += 1
        guard model.round != nil, !model.shown.isEmpty else {
            try sheet.write(row, 0, model.nothingShown, .label)
            try writeHidden(model, sheet: sheet, row: row + 2)
            try sheet.printLandscape(fitWidth: true)
            return
        }
        // The side-by-side table: scores in their band's colour, the whole room last.
        try sheet.write(row, 0, "Area", .heading)
        for (index, name) in columns.enumerated() { try sheet.write(row, 1 + index, name, Self.columnHeading) }
        row += 1
        try sheet.write(row, 0, "Respondents", .text)
        for (index, group) in model.shown.enumerated() { try sheet.write(row, 1 + index, group.n, .countLeft) }
        try sheet.write(row, columns.count, model.round?.respondents ?? 0, .countLeft)
        row += 1
        for area in model.rows {
            try sheet.write(row, 0, area.area.label, .text)
            for (index, cell) in (area.groups + [area.room]).enumerated() {
                var style = WorkbookContext.style(cell.band)
                style.alignLeft = true
                style.numberFormat = cell.standsOut ? "0.00\"*\"" : "0.00\" \""
                try sheet.write(row, 1 + index, cell.mean, style)
            }
            row += 1
        }
        for note in [model.tableNote, model.bandLegend] + (model.rows.contains { $0.groups.contains(where: \.standsOut) } ? [model.markNote] : []) {
            try sheet.write(row, 0, note, .note)
            row += 1
        }
        row += 1
        try sheet.write(row, 0, "Agreement within each group", .heading)
        for (index, name) in columns.enumerated() { try sheet.write(row, 1 + index, name, Self.columnHeading) }
        row += 1
        for area in model.rows {
            try sheet.write(row, 0, area.area.label, .text)
            for (index, cell) in (area.groups + [area.room]).enumerated() {
                try sheet.write(row, 1 + index, cell.agreement, Self.score)
            }
            row += 1
        }
        try sheet.write(row, 0, "Agreement: " + model.agreementNote, .note)
        row += 2
        row = try writeHidden(model, sheet: sheet, row: row)
        if !model.differences.isEmpty {
            try sheet.write(row, 0, "Where each group differs most from the rest of the room", .heading)
            row += 1
            let headings = ["Group and area", "Group", "Everyone else", "Gap", "Likely from", "Likely to", "Chance"]
            for (index, heading) in headings.enumerated() { try sheet.write(row, index, heading, index == 0 ? .label : Self.columnHeading) }
            row += 1
            for difference in model.differences {
                try sheet.write(row, 0, "\(difference.group): \(difference.area.label)", .text)
                try sheet.write(row, 1, difference.groupMean, Self.score)
                try sheet.write(row, 2, difference.restMean, Self.score)
                try sheet.write(row, 3, difference.gap, Self.signed)
                try sheet.write(row, 4, difference.ci95?.lower, Self.signed)
                try sheet.write(row, 5, difference.ci95?.upper, Self.signed)
                try sheet.write(row, 6, difference.chance.rawValue, Self.chanceStyle(difference.chance))
                row += 1
            }
            if let note = model.chanceNote {
                row = try writeLines(note, sheet: sheet, row: row)
            }
            row += 1
        }
        if !model.spreads.isEmpty {
            try sheet.write(row, 0, "Statements that split the groups most", .heading)
            for (index, name) in (columns + ["Range"]).enumerated() { try sheet.write(row, 1 + index, name, Self.columnHeading) }
            row += 1
            for spread in model.spreads {
                let text = "\(spread.item): \(spread.text)"
                try sheet.write(row, 0, text, .wrapped)
                // Neither libxlsxwriter nor LibreOffice fits a wrapped row's height: about 48
                // characters a line in a column 44 wide, 15 points a line.
                try sheet.setRowHeight(row, 15 * Double((text.count + 47) / 48))  // layout, not a statistic
                for (index, mean) in (spread.groupMeans + [spread.roomMean]).enumerated() {
                    try sheet.write(row, 1 + index, mean, Self.topScore)
                }
                try sheet.write(row, columns.count + 1, spread.range, Self.topScore)
                row += 1
            }
        }
        try sheet.printLandscape(fitWidth: true)
    }

    /// The groups not shown: name, size and reason, nothing else. Returns the next free row.
    @discardableResult
    private func writeHidden(_ model: ComparisonModel, sheet: XlsxSheet, row start: Int) throws -> Int {
        let hidden = model.groups?.hidden ?? []
        guard !hidden.isEmpty else { return start }
        var row = start
        try sheet.write(row, 0, "Groups not shown", .heading)
        try sheet.write(row, 1, "Respondents", Self.columnHeading)
        try sheet.write(row, 2, "Why it is not shown", .heading)
        row += 1
        for group in hidden {
            try sheet.write(row, 0, group.name, .text)
            try sheet.write(row, 1, group.n, .countLeft)
            try sheet.write(row, 2, group.hiddenReason ?? "", .text)
            row += 1
        }
        return row + 1
    }

    /// A long note written a sentence a row, so that it prints inside the page's width.
    private func writeLines(_ text: String, sheet: XlsxSheet, row start: Int) throws -> Int {
        var row = start
        for sentence in text.split(separator: ". ", omittingEmptySubsequences: true) {
            let line = sentence.hasSuffix(".") ? String(sentence) : sentence + "."
            try sheet.write(row, 0, line, .note)
            row += 1
        }
        return row
    }

    // Numbers are left-aligned, under their left-aligned headings.
    /// A column heading over numbers.
    static let columnHeading = XlsxStyle.heading
    /// A score or agreement.
    static let score = XlsxStyle(alignLeft: true, numberFormat: "0.00")
    /// A gap, always signed.
    static let signed = XlsxStyle(alignLeft: true, numberFormat: "+0.00;-0.00;0.00")
    /// A score at the top of a tall (wrapped) row.
    static let topScore = XlsxStyle(alignTop: true, alignLeft: true, numberFormat: "0.00")

    static func chanceStyle(_ chance: ComparisonModel.Chance) -> XlsxStyle {
        chance == .beyondChance ? .label : .text
    }
}
