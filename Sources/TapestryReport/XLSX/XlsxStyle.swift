/// A cell style: each distinct one becomes one format in the workbook, created once.
struct XlsxStyle: Hashable, Sendable {
    var bold = false
    var italic = false
    var wrap = false
    var size: Double?
    var fontColor: UInt32?
    var background: UInt32?
    var bottomBorder = false
    var alignTop = false
    var alignLeft = false
    var alignRight = false
    var numberFormat: String?

    /// Free text: the Text number format (`@`), so Excel never reads it as a formula or date.
    static let text = XlsxStyle(numberFormat: "@")
    /// Wrapped free text, aligned to the top.
    static let wrapped = XlsxStyle(wrap: true, alignTop: true, numberFormat: "@")
    /// A table or section heading.
    static let heading = XlsxStyle(bold: true, bottomBorder: true, numberFormat: "@")
    /// The heading of a column of numbers, right-aligned over them.
    static let numberHeading = XlsxStyle(bold: true, bottomBorder: true, alignRight: true, numberFormat: "@")
    /// A sentence of the headline, larger than body text.
    static let headlineText = XlsxStyle(size: 12, numberFormat: "@")
    /// The sheet's title.
    static let title = XlsxStyle(bold: true, size: 16, numberFormat: "@")
    /// A note in grey italics.
    static let note = XlsxStyle(italic: true, fontColor: 0x595959, numberFormat: "@")
    /// A label in bold, at the top of its row (beside a value that wraps over two lines).
    static let label = XlsxStyle(bold: true, alignTop: true, numberFormat: "@")
    /// Whole numbers, left-aligned under a wide column's heading.
    static let countLeft = XlsxStyle(alignLeft: true, numberFormat: "0")
    /// Whole numbers.
    static let integer = XlsxStyle(numberFormat: "0")
    /// Scores and other statistics, two decimals.
    static let score = XlsxStyle(numberFormat: "0.00")
    /// Shares, as percentages.
    static let percent = XlsxStyle(numberFormat: "0%")
    /// The health index, one decimal.
    static let health = XlsxStyle(numberFormat: "0.0")
    /// A large health index for the summary.
    static let headline = XlsxStyle(bold: true, size: 14, numberFormat: "0")
    /// A difference, always signed.
    static let signed = XlsxStyle(numberFormat: "+0.00;-0.00;0.00")

    /// Band fills, readable in black and white by their text and for colour-blind readers
    /// by their lightness (light green, light amber, light red-orange).
    static let strength = XlsxStyle(fontColor: 0x1E5631, background: 0xC6EFCE)
    static let borderline = XlsxStyle(fontColor: 0x7F6000, background: 0xFFEB9C)
    static let concern = XlsxStyle(fontColor: 0x9C0006, background: 0xFFC7CE)
}
