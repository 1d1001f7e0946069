/// The inflated bytes of every part read from one workbook so far, against
/// ``WorkbookLimits/workbookBytes``: shared by the part streams of one workbook.
final class InflationBudget {
    /// The most bytes all parts may inflate to.
    let limit: Int
    /// The bytes inflated so far.
    private(set) var used = 0

    init(limit: Int) { self.limit = limit }

    /// How many more bytes may be inflated.
    var remaining: Int { max(0, limit - used) }

    /// Counts `bytes` more; false once the total is past the limit.
    func spend(_ bytes: Int) -> Bool {
        used += bytes
        return used <= limit
    }
}
