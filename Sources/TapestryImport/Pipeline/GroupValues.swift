/// The group values a part of a file met, in the order they first appear and with the line
/// of each one's first row: what naming them (``GroupLabels``, whose numbering follows that
/// order) needs once the part is merged in file order. A part stops noting values after
/// ``GroupLabels/maximumGroups`` + 1 of them, as the run will be refused at or before that one.
struct GroupValues: Sendable {
    private(set) var firstSeen: [(value: String, line: Int, column: String)] = []
    private var seen: Set<String> = []

    /// Notes `value` on `line`, in the group column headed `column`; false when there are
    /// more values than a run may have.
    mutating func note(_ value: String, line: Int, column: String) -> Bool {
        if seen.insert(value).inserted { firstSeen.append((value, line, column)) }
        return firstSeen.count <= GroupLabels.maximumGroups
    }
}
