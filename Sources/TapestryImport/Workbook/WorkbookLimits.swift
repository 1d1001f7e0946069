/// How much of a workbook the xlsx reader takes before it stops with
/// ``ImportError/workbookLimit(file:place:problem:)``, so that no file — damaged or built to
/// harm — makes it crash, hang or exhaust memory. Each limit is far above any survey export:
/// a Microsoft Forms export of 1,000 respondents (58 columns) has 58,000 cells in a 3.3 MB
/// sheet part, compressed 12 to 1.
///
/// ``standard`` holds the limits `tapestry` uses; tests build smaller ones to check each edge.
struct WorkbookLimits: Sendable {
    /// Columns: 16,384 (A to XFD), Excel's own maximum, so no workbook Excel or any survey
    /// platform writes has a cell beyond it.
    static let maxColumns = 16_384
    /// Rows: 1,048,576, Excel's own maximum (the row number and the number of rows).
    static let maxRows = 1_048_576
    /// Cells in the sheet, counting the empty cells before the last one of each row (they are
    /// kept, to place every cell in its column): 4,194,304 (2²²), 72 times the 1,000-respondent
    /// export above; held as text, that is about 64 MB.
    static let maxCells = 4_194_304
    /// The text of one cell or shared string: 262,144 bytes of UTF-8 (256 KiB). Excel's cells
    /// hold at most 32,767 characters, which is at most 131,068 bytes.
    static let maxCellBytes = 262_144
    /// Shared strings (distinct texts): 1,048,576, one per row of a full Excel sheet.
    static let maxSharedStrings = 1_048_576
    /// Number formats and cell formats in `xl/styles.xml`: 65,536 each; Excel allows 64,000.
    static let maxStyles = 65_536
    /// Nesting of XML elements: 100 levels. A worksheet nests 7 (worksheet, sheetData, row,
    /// c, is, r, t), its extensions about 10.
    static let maxDepth = 100
    /// Parts (files) in the zip archive: 10,000. A workbook has one per sheet, drawing, image
    /// and style part, a few dozen in all.
    static let maxEntries = 10_000
    /// The inflated size of one part: 32 MiB, ten times the 1,000-respondent sheet above. It
    /// also bounds the time a part can take: 32 MiB of the smallest elements (`<ab/>`, 5.6
    /// million of them) parse in about 4 s in a debug build.
    static let maxPartBytes = 32 << 20
    /// The inflated size of all the parts read (workbook, relationships, styles, shared
    /// strings, sheet): 64 MiB.
    static let maxWorkbookBytes = 64 << 20
    /// Compression: a part may inflate to at most 200 times the compressed bytes it has used
    /// so far, once it is past ``ratioGraceBytes``. Spreadsheet XML compresses 10 to 30 to 1
    /// (the sample above 12, an openpyxl sheet of 1.2 million identical answers 16); deflate's
    /// ceiling, 1,032, is reached only by data built for it — a zip bomb stops after 8 MiB.
    static let maxCompressionRatio = 200
    /// The inflated bytes a part may produce before its compression ratio is checked: 8 MiB.
    /// Smaller parts may compress far better: a styles part bloated to Excel's 64,000 identical
    /// cell formats is about 4.5 MB of repeated markup.
    static let ratioGraceBytes = 8 << 20

    var columns = maxColumns
    var rows = maxRows
    var cells = maxCells
    var cellBytes = maxCellBytes
    var sharedStrings = maxSharedStrings
    var styles = maxStyles
    var depth = maxDepth
    var entries = maxEntries
    var partBytes = maxPartBytes
    var workbookBytes = maxWorkbookBytes
    var compressionRatio = maxCompressionRatio
    var ratioGrace = ratioGraceBytes

    /// The limits `tapestry` uses.
    static let standard = WorkbookLimits()
}
