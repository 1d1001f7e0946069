/// How many rows something was noticed on, and the first of their lines: for the findings
/// that speak of many rows at once and point at the first.
struct LineCount: Sendable, Equatable {
    private(set) var count = 0
    private(set) var firstLine: Int?

    /// Notes a row on `line`.
    mutating func add(line: Int) {
        count += 1
        if firstLine == nil { firstLine = line }
    }

    /// Adds the rows of `later`, which come after these.
    mutating func merge(_ later: LineCount) {
        count += later.count
        firstLine = firstLine ?? later.firstLine
    }
}
