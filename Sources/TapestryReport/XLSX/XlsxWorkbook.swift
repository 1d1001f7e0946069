import CXlsxWriter
import Foundation

/// The one wrapper over libxlsxwriter 1.1.4 (Debian's libxlsxwriter-dev): the only Swift file
/// that imports `CXlsxWriter`.
///
/// It closes the workbook exactly once, creates each format once, and turns every `lxw_error`
/// and NULL return into an ``XlsxError`` that names what failed. Inputs are checked before
/// they reach C, since the library accepts silently what makes Excel "repair" a file: sheet
/// names (length, characters, duplicates), table headers (duplicates), text longer than a
/// cell holds, and chart or title names starting with `=` (which it reads as references).
final class XlsxWorkbook {
    /// The most characters a cell holds.
    static let maximumCellLength = 32_767

    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [XlsxStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheetNames: Set<String> = []
    private var tableNames: Set<String> = []
    /// Cells whose text was cut to ``maximumCellLength``, as "Sheet!A1".
    private(set) var truncatedCells: [String] = []

    /// Starts a workbook that will be written to `path` when closed.
    init(path: String) throws {
        guard let workbook = workbook_new(path) else { throw XlsxError.failed("create the workbook at \(path)") }
        self.workbook = workbook
    }

    deinit {
        // A workbook never closed (an error on the way) is discarded without writing.
        if let workbook { lxw_workbook_free(workbook) }
    }

    /// Sets the document properties; `created` fixes the date inside the file, so that the
    /// same input gives the same bytes.
    func setProperties(title: String, subject: String, created: Date) throws {
        try check("set the document properties") {
            title.withCString { title in
                subject.withCString { subject in
                    "tapestry".withCString { author in
                        var properties = lxw_doc_properties()
                        properties.title = UnsafeMutablePointer(mutating: title)
                        properties.subject = UnsafeMutablePointer(mutating: subject)
                        properties.author = UnsafeMutablePointer(mutating: author)
                        properties.created = time_t(created.timeIntervalSince1970)
                        return workbook_set_properties(try! open(), &properties)
                    }
                }
            }
        }
    }

    /// Adds a worksheet, checking its name first.
    func addSheet(_ name: String) throws -> XlsxSheet {
        let name = Self.sheetName(name)
        guard sheetNames.insert(name.lowercased()).inserted else { throw XlsxError.invalid("sheet name \"\(name)\" is used twice") }
        guard let sheet = workbook_add_worksheet(try open(), name) else { throw XlsxError.failed("add the sheet \"\(name)\"") }
        return XlsxSheet(pointer: sheet, name: name, workbook: self)
    }

    /// A sheet name made from `text` that no sheet has yet ("Name", "Name (2)", …).
    func freeSheetName(_ text: String) -> String {
        let base = String(Self.sheetName(text).prefix(26))
        var name = base
        var number = 2
        while sheetNames.contains(name.lowercased()) {
            name = "\(base) (\(number))"
            number += 1
        }
        return name
    }

    /// Adds a chart to be inserted into a sheet.
    func addChart(_ type: XlsxChartType) throws -> XlsxChart {
        let kind: lxw_chart_type
        switch type {
        case .radar: kind = lxw_chart_type(UInt32(LXW_CHART_RADAR_WITH_MARKERS.rawValue))
        case .bar: kind = lxw_chart_type(UInt32(LXW_CHART_BAR.rawValue))
        case .line: kind = lxw_chart_type(UInt32(LXW_CHART_LINE.rawValue))
        }
        guard let chart = workbook_add_chart(try open(), UInt8(kind.rawValue)) else { throw XlsxError.failed("add a chart") }
        return XlsxChart(pointer: chart)
    }

    /// The format for a style, created on first use and reused after.
    func format(_ style: XlsxStyle) throws -> UnsafeMutablePointer<lxw_format> {
        if let existing = formats[style] { return existing }
        guard let format = workbook_add_format(try open()) else { throw XlsxError.failed("add a cell format") }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.wrap { format_set_text_wrap(format) }
        if let size = style.size { format_set_font_size(format, size) }
        if let color = style.fontColor { format_set_font_color(format, color) }
        if let color = style.background { format_set_bg_color(format, color) }
        if style.bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if style.alignLeft { format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue)) }
        if style.alignRight { format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
        if style.alignTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if let number = style.numberFormat { format_set_num_format(format, number) }
        formats[style] = format
        return format
    }

    /// Writes the file. Call once; the workbook cannot be used after.
    func close() throws {
        guard let workbook else { throw XlsxError.invalid("the workbook is already closed") }
        self.workbook = nil
        let error = workbook_close(workbook)
        if error != LXW_NO_ERROR { throw XlsxError.library("write the workbook", String(cString: lxw_strerror(error))) }
    }

    func open() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let workbook else { throw XlsxError.invalid("the workbook is already closed") }
        return workbook
    }

    /// Claims a table name: letters, digits and `_`, unique in the workbook.
    func claimTableName(_ name: String) throws -> String {
        let clean = String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        guard let first = clean.first, first.isLetter, tableNames.insert(clean.lowercased()).inserted else {
            throw XlsxError.invalid("table name \"\(name)\" is not usable")
        }
        return clean
    }

    func noteTruncated(_ cell: String) { truncatedCells.append(cell) }

    func check(_ what: String, _ call: () throws -> lxw_error) throws {
        let error = try call()
        if error != LXW_NO_ERROR { throw XlsxError.library(what, String(cString: lxw_strerror(error))) }
    }

    /// A valid sheet name: at most 31 characters, none of `[ ] : * ? / \`, not starting or
    /// ending with an apostrophe, not blank.
    static func sheetName(_ name: String) -> String {
        var clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        clean = clean.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        if clean.isEmpty { clean = "Sheet" }
        return String(clean.prefix(31))
    }
}

/// One worksheet of an ``XlsxWorkbook``.
struct XlsxSheet {
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    unowned let workbook: XlsxWorkbook

    /// Writes text as text, never as a formula, cut to what a cell holds.
    func write(_ row: Int, _ column: Int, _ text: String, _ style: XlsxStyle = .text) throws {
        var text = text
        if text.utf16.count > XlsxWorkbook.maximumCellLength {
            text = String(text.utf16.prefix(XlsxWorkbook.maximumCellLength - 1)) ?? String(text.prefix(XlsxWorkbook.maximumCellLength / 2))
            workbook.noteTruncated("\(name)!\(XlsxSheet.reference(row, column))")
        }
        let format = try workbook.format(style)
        try workbook.check("write text to \(name)!\(Self.reference(row, column))") {
            worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), text, format)
        }
    }

    /// Writes a number; nil (a statistic that cannot be computed) leaves the cell blank.
    func write(_ row: Int, _ column: Int, _ number: Double?, _ style: XlsxStyle) throws {
        let format = try workbook.format(style)
        guard let number, number.isFinite else {
            try workbook.check("write a blank to \(name)!\(Self.reference(row, column))") {
                worksheet_write_blank(pointer, lxw_row_t(row), lxw_col_t(column), format)
            }
            return
        }
        try workbook.check("write a number to \(name)!\(Self.reference(row, column))") {
            worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), number, format)
        }
    }

    /// Writes an integer.
    func write(_ row: Int, _ column: Int, _ number: Int, _ style: XlsxStyle = .integer) throws {
        try write(row, column, Double(number), style)
    }

    func setColumns(_ first: Int, _ last: Int, width: Double, _ style: XlsxStyle? = nil) throws {
        let format = try style.map(workbook.format)
        try workbook.check("set column widths on \(name)") {
            worksheet_set_column(pointer, lxw_col_t(first), lxw_col_t(last), width, format)
        }
    }

    func setRowHeight(_ row: Int, _ height: Double) throws {
        try workbook.check("set a row height on \(name)") {
            worksheet_set_row(pointer, lxw_row_t(row), height, nil)
        }
    }

    func freeze(rows: Int, columns: Int = 0) {
        worksheet_freeze_panes(pointer, lxw_row_t(rows), lxw_col_t(columns))
    }

    /// Landscape with narrow margins, printed at 100 % (never shrunk): a sheet whose columns
    /// are wider than a page runs over pages across, repeating `repeatColumns` on each, and
    /// `repeatRows` repeat at the top of every page. `fitWidth` fits a sheet one page wide
    /// instead, only for sheets whose content is known to be a little wider than the page
    /// (Excel then ignores manual page breaks).
    func printLandscape(repeatRows: ClosedRange<Int>? = nil, repeatColumns: ClosedRange<Int>? = nil, fitWidth: Bool = false) throws {
        worksheet_set_landscape(pointer)
        if fitWidth { worksheet_fit_to_pages(pointer, 1, 0) }
        worksheet_set_margins(pointer, 0.4, 0.4, 0.5, 0.5)
        if let repeatRows {
            try workbook.check("repeat header rows on \(name)") {
                worksheet_repeat_rows(pointer, lxw_row_t(repeatRows.lowerBound), lxw_row_t(repeatRows.upperBound))
            }
        }
        if let repeatColumns {
            try workbook.check("repeat first columns on \(name)") {
                worksheet_repeat_columns(pointer, lxw_col_t(repeatColumns.lowerBound), lxw_col_t(repeatColumns.upperBound))
            }
        }
    }

    /// Hides a row (a chart's helper data).
    func hideRow(_ row: Int) throws {
        var options = lxw_row_col_options()
        options.hidden = 1
        try workbook.check("hide a row on \(name)") {
            worksheet_set_row_opt(pointer, lxw_row_t(row), LXW_DEF_ROW_HEIGHT, nil, &options)
        }
    }

    /// Starts a new printed page at each of `rows`.
    func breakPages(before rows: [Int]) throws {
        let breaks = rows.filter { $0 > 0 }.sorted()
        guard !breaks.isEmpty else { return }
        var list = breaks.map { lxw_row_t($0) } + [0]
        try workbook.check("set page breaks on \(name)") { worksheet_set_h_pagebreaks(pointer, &list) }
    }

    /// Hides columns (a chart's helper data; charts still read it, see ``XlsxChart/showHiddenData()``).
    func hideColumns(_ first: Int, _ last: Int, width: Double = 12) throws {
        var options = lxw_row_col_options()
        options.hidden = 1
        try workbook.check("hide columns on \(name)") {
            worksheet_set_column_opt(pointer, lxw_col_t(first), lxw_col_t(last), width, nil, &options)
        }
    }

    /// Writes `text` across the merged cells `columns` of `row`, wrapped, and makes the row
    /// tall enough for it (the library cannot fit a row to its text): `width` is the merged
    /// cells' width in characters.
    func writeMerged(_ row: Int, _ columns: ClosedRange<Int>, _ text: String, _ style: XlsxStyle, width: Double,
                     minimumHeight: Double = 0) throws {
        var style = style
        style.wrap = true
        style.alignTop = true
        let format = try workbook.format(style)
        let text = String(text.prefix(XlsxWorkbook.maximumCellLength - 1))
        if columns.count == 1 {
            // The library refuses to merge a single cell.
            try workbook.check("write text to \(name)!\(Self.reference(row, columns.lowerBound))") {
                worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(columns.lowerBound), text, format)
            }
        } else {
            try workbook.check("merge cells on \(name)") {
                worksheet_merge_range(pointer, lxw_row_t(row), lxw_col_t(columns.lowerBound), lxw_row_t(row),
                                      lxw_col_t(columns.upperBound), text, format)
            }
        }
        // About one character of body text per unit of column width (Calibri fits more, the
        // wider fonts LibreOffice falls back to about one); larger fonts take more.
        let size = style.size ?? 11
        let perLine = max(1, Int(width * 11 / size))
        let lines = XlsxSheet.lineCount(text, perLine: perLine)
        try setRowHeight(row, max(Double(lines) * 15 * size / 11 + (lines > 1 ? 2 : 0), minimumHeight))
    }

    /// How many lines `text` takes wrapped at `perLine` characters, breaking between words.
    static func lineCount(_ text: String, perLine: Int) -> Int {
        var lines = 1
        var length = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let count = word.count
            if length == 0 {
                length = count
            } else if length + 1 + count <= perLine {
                length += 1 + count
            } else {
                lines += 1
                length = count
            }
            while length > perLine {
                lines += 1
                length -= perLine
            }
        }
        return lines
    }

    func hideGridlines() {
        worksheet_gridlines(pointer, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    /// A fill colour for cells in the range whose text contains `text`.
    func highlight(rows: ClosedRange<Int>, column: Int, containing text: String, style: XlsxStyle) throws {
        let format = try workbook.format(style)
        try text.withCString { value in
            var rule = lxw_conditional_format()
            rule.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
            rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
            rule.value_string = UnsafeMutablePointer(mutating: value)
            rule.format = format
            try workbook.check("add a conditional format to \(name)") {
                worksheet_conditional_format_range(pointer, lxw_row_t(rows.lowerBound), lxw_col_t(column),
                                                   lxw_row_t(rows.upperBound), lxw_col_t(column), &rule)
            }
        }
    }

    /// A fill colour for numbers in the range below `threshold`.
    func highlight(rows: ClosedRange<Int>, column: Int, below threshold: Double, style: XlsxStyle) throws {
        let format = try workbook.format(style)
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_LESS_THAN.rawValue)
        rule.value = threshold
        rule.format = format
        try workbook.check("add a conditional format to \(name)") {
            worksheet_conditional_format_range(pointer, lxw_row_t(rows.lowerBound), lxw_col_t(column),
                                               lxw_row_t(rows.upperBound), lxw_col_t(column), &rule)
        }
    }

    /// Data bars across the range, scaled from 0 to 1 (for shares).
    func dataBars(rows: ClosedRange<Int>, columns: ClosedRange<Int>, color: UInt32) throws {
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_DATA_BAR.rawValue)
        rule.bar_color = color
        rule.bar_solid = 1
        rule.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.min_value = 0
        rule.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        rule.max_value = 1
        try workbook.check("add data bars to \(name)") {
            worksheet_conditional_format_range(pointer, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                                               lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound), &rule)
        }
    }

    /// An Excel table with filters over `rows` (the first is the header row, written by the
    /// table from `headers`, which must be unique).
    /// Headers of number columns (`numberColumns`, positions in `headers`) are right-aligned
    /// like their numbers; every header wraps, so a narrow column can carry a long heading.
    func addTable(name tableName: String, firstRow: Int, lastRow: Int, firstColumn: Int = 0, headers: [String],
                  numberColumns: Set<Int> = []) throws {
        let folded = headers.map { $0.lowercased() }
        guard Set(folded).count == headers.count else { throw XlsxError.invalid("table \(tableName) has two columns of the same name") }
        guard lastRow > firstRow else { return }
        let name = try workbook.claimTableName(tableName)
        let cells = headers.map { strdup(String($0.prefix(255))) }
        defer { cells.forEach { free($0) } }
        let columns = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: headers.count)
        defer { columns.deallocate() }
        let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_table_column>?>.allocate(capacity: headers.count + 1)
        defer { list.deallocate() }
        let textHeader = try workbook.format(XlsxStyle(bold: true, wrap: true, alignTop: true))
        let numberHeader = try workbook.format(XlsxStyle(bold: true, wrap: true, alignTop: true, alignRight: true))
        for index in headers.indices {
            columns[index] = lxw_table_column()
            columns[index].header = cells[index]
            columns[index].header_format = numberColumns.contains(index) ? numberHeader : textHeader
            list[index] = columns + index
        }
        list[headers.count] = nil
        try name.withCString { cName in
            var options = lxw_table_options()
            options.name = UnsafeMutablePointer(mutating: cName)
            options.columns = list
            options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue)
            options.style_type_number = 9
            try workbook.check("add the table \(tableName) to \(self.name)") {
                worksheet_add_table(pointer, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                                    lxw_col_t(firstColumn + headers.count - 1), &options)
            }
        }
    }

    /// Places a chart with its top left corner in a cell, scaled.
    func insert(_ chart: XlsxChart, row: Int, column: Int, xOffset: Int = 0, xScale: Double = 1, yScale: Double = 1, description: String) throws {
        try description.withCString { text in
            var options = lxw_chart_options()
            options.x_offset = Int32(xOffset)
            options.x_scale = xScale
            options.y_scale = yScale
            options.description = UnsafeMutablePointer(mutating: text)
            try workbook.check("insert a chart into \(name)") {
                worksheet_insert_chart_opt(pointer, lxw_row_t(row), lxw_col_t(column), chart.pointer, &options)
            }
        }
    }

    /// A range reference for charts: `'Sheet name'!$A$2:$A$9`.
    func range(rows: ClosedRange<Int>, column: Int) -> String {
        let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        return "=\(quoted)!$\(Self.columnLetters(column))$\(rows.lowerBound + 1):$\(Self.columnLetters(column))$\(rows.upperBound + 1)"
    }

    /// A range along one row, for charts whose categories run across columns.
    func range(row: Int, columns: ClosedRange<Int>) -> String {
        let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        return "=\(quoted)!$\(Self.columnLetters(columns.lowerBound))$\(row + 1):$\(Self.columnLetters(columns.upperBound))$\(row + 1)"
    }

    /// `A1`-style reference of a cell.
    static func reference(_ row: Int, _ column: Int) -> String { "\(columnLetters(column))\(row + 1)" }

    static func columnLetters(_ column: Int) -> String {
        var number = column + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}

/// A chart of an ``XlsxWorkbook``.
struct XlsxChart {
    let pointer: UnsafeMutablePointer<lxw_chart>

    /// How a line series is drawn.
    enum Stroke {
        case solid, dashed, dotted
    }

    /// Adds a series from cell ranges (see ``XlsxSheet/range(rows:column:)``).
    @discardableResult
    func addSeries(name: String, categories: String, values: String, color: UInt32) throws -> UnsafeMutablePointer<lxw_chart_series> {
        guard let series = chart_add_series(pointer, categories, values) else { throw XlsxError.failed("add a chart series") }
        // A leading "=" would make the name a cell reference.
        chart_series_set_name(series, Self.literal(name))
        var fill = lxw_chart_fill()
        fill.color = color
        chart_series_set_fill(series, &fill)
        var line = lxw_chart_line()
        line.color = color
        line.width = 2
        chart_series_set_line(series, &line)
        return series
    }

    /// Adds a series of a line chart drawn as bars of one colour, from the axis up to each
    /// value: neither line nor markers, and an error bar of 100 % downwards as wide as a bar.
    /// libxlsxwriter 1.1.4 cannot combine a bar chart with a line chart, so a chart that shows
    /// bars coloured by band (one such series per band, blank where another band's bar
    /// stands) and threshold lines is a line chart; Excel and LibreOffice draw it alike.
    func addBarSeries(name: String, categories: String, values: String, color: UInt32, width: Float) throws {
        guard let series = chart_add_series(pointer, categories, values) else { throw XlsxError.failed("add a chart series") }
        chart_series_set_name(series, Self.literal(name))
        var none = lxw_chart_line()
        none.none = 1
        chart_series_set_line(series, &none)
        chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        let bars = series.pointee.y_error_bars
        chart_series_set_error_bars(bars, UInt8(LXW_CHART_ERROR_BAR_TYPE_PERCENTAGE.rawValue), 100)
        chart_series_set_error_bars_direction(bars, UInt8(LXW_CHART_ERROR_BAR_DIR_MINUS.rawValue))
        chart_series_set_error_bars_endcap(bars, UInt8(LXW_CHART_ERROR_BAR_NO_CAP.rawValue))
        var line = lxw_chart_line()
        line.color = color
        line.width = width
        chart_series_set_error_bars_line(bars, &line)
    }

    /// Adds a line series: `stroke`, a marker when `marker` is set, and the series' name written
    /// beside its last point when `labelLastPoint` holds the number of points.
    func addLineSeries(name: String, categories: String, values: String, color: UInt32, width: Float = 2.25,
                       stroke: Stroke = .solid, marker: XlsxMarker? = nil, labelLastPoint points: Int? = nil) throws {
        let series = try addSeries(name: name, categories: categories, values: values, color: color)
        var line = lxw_chart_line()
        line.color = color
        line.width = width
        switch stroke {
        case .solid: break
        case .dashed: line.dash_type = UInt8(LXW_CHART_LINE_DASH_DASH.rawValue)
        case .dotted: line.dash_type = UInt8(LXW_CHART_LINE_DASH_ROUND_DOT.rawValue)
        }
        chart_series_set_line(series, &line)
        if let marker {
            chart_series_set_marker_type(series, marker.type)
            chart_series_set_marker_size(series, 6)
            var fill = lxw_chart_fill()
            fill.color = color
            chart_series_set_marker_fill(series, &fill)
            var border = lxw_chart_line()
            border.color = color
            chart_series_set_marker_line(series, &border)
        } else {
            chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_NONE.rawValue))
        }
        guard let points, points > 0 else { return }
        chart_series_set_labels(series)
        chart_series_set_labels_options(series, 1, 0, 0)
        chart_series_set_labels_position(series, UInt8(LXW_CHART_LABEL_POSITION_RIGHT.rawValue))
        var font = lxw_chart_font()
        font.color = color
        font.bold = 1
        font.size = 8
        chart_series_set_labels_font(series, &font)
        // Every point's label hidden but the last one's.
        let labels = UnsafeMutablePointer<lxw_chart_data_label>.allocate(capacity: points)
        defer { labels.deallocate() }
        let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_chart_data_label>?>.allocate(capacity: points + 1)
        defer { list.deallocate() }
        for index in 0..<points {
            labels[index] = lxw_chart_data_label()
            labels[index].hide = index < points - 1 ? 1 : 0
            list[index] = labels + index
        }
        list[points] = nil
        let error = chart_series_set_labels_custom(series, list)
        if error != LXW_NO_ERROR { throw XlsxError.library("label a chart series", String(cString: lxw_strerror(error))) }
    }

    /// Draws `series` as markers only (black diamonds), no line.
    func markersOnly(_ series: UnsafeMutablePointer<lxw_chart_series>) {
        var none = lxw_chart_line()
        none.none = 1
        chart_series_set_line(series, &none)
        chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_DIAMOND.rawValue))
        chart_series_set_marker_size(series, 8)
        var fill = lxw_chart_fill()
        fill.color = 0x222222
        chart_series_set_marker_fill(series, &fill)
        var border = lxw_chart_line()
        border.color = 0xFFFFFF
        chart_series_set_marker_line(series, &border)
    }

    /// Removes the series at `indices` (counted from 0 in the order added) from the legend.
    func hideFromLegend(_ indices: [Int]) throws {
        var list = indices.map { Int16($0) } + [-1]
        let error = chart_legend_delete_series(pointer, &list)
        if error != LXW_NO_ERROR { throw XlsxError.library("edit a chart legend", String(cString: lxw_strerror(error))) }
    }

    func legendAtBottom() {
        chart_legend_set_position(pointer, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    }

    /// Draws data from hidden rows and columns (a chart's helper data, kept out of print).
    func showHiddenData() {
        chart_show_hidden_data(pointer)
    }

    /// Leaves a gap where a value is blank (no point, so no bar of a band series).
    func showBlanksAsGaps() {
        chart_show_blanks_as(pointer, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))
    }

    func setTitle(_ title: String) {
        chart_title_set_name(pointer, Self.literal(title))
    }

    /// Fixes the value axis (the y axis, or x for horizontal bars) from `min` to `max`, with
    /// gridlines every `step` when given.
    func setValueAxis(min: Double, max: Double, title: String, horizontal: Bool, step: Double? = nil) {
        let axis = horizontal ? pointer.pointee.x_axis : pointer.pointee.y_axis
        chart_axis_set_min(axis, min)
        chart_axis_set_max(axis, max)
        chart_axis_set_name(axis, Self.literal(title))
        if let step { chart_axis_set_major_unit(axis, step) }
    }

    /// Names the category axis (the x axis of a line chart).
    func setCategoryAxis(title: String) {
        chart_axis_set_name(pointer.pointee.x_axis, Self.literal(title))
    }

    /// Lists categories from the top down in a horizontal bar chart.
    func reverseCategories() {
        chart_axis_set_reverse(pointer.pointee.y_axis)
    }

    func hideLegend() {
        chart_legend_set_position(pointer, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
    }

    private static func literal(_ text: String) -> String {
        text.hasPrefix("=") ? "\u{2009}" + text : text
    }
}

/// The markers of line series, so lines differ in black and white too.
enum XlsxMarker: CaseIterable {
    case circle, square, triangle, diamond, x, star, plus

    var type: UInt8 {
        switch self {
        case .circle: UInt8(LXW_CHART_MARKER_CIRCLE.rawValue)
        case .square: UInt8(LXW_CHART_MARKER_SQUARE.rawValue)
        case .triangle: UInt8(LXW_CHART_MARKER_TRIANGLE.rawValue)
        case .diamond: UInt8(LXW_CHART_MARKER_DIAMOND.rawValue)
        case .x: UInt8(LXW_CHART_MARKER_X.rawValue)
        case .star: UInt8(LXW_CHART_MARKER_STAR.rawValue)
        case .plus: UInt8(LXW_CHART_MARKER_PLUS.rawValue)
        }
    }
}

/// The kinds of chart the reports use.
enum XlsxChartType {
    case radar, bar, line
}

/// Why a workbook could not be written.
enum XlsxError: Error, CustomStringConvertible {
    /// The library returned NULL.
    case failed(String)
    /// The library returned an error.
    case library(String, String)
    /// A value was refused before it reached the library.
    case invalid(String)

    var description: String {
        switch self {
        case let .failed(what): "could not \(what)"
        case let .library(what, why): "could not \(what): \(why)"
        case let .invalid(what): what
        }
    }
}
