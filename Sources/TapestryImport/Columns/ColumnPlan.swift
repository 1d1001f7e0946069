/// What the importer does with one column.
public struct ColumnPlan: Sendable, Equatable {
    /// What the header rows say about the column.
    public var header: ColumnHeader
    /// What the column is used for.
    public var role: ColumnRole
    /// How an item column was matched, for items.
    public var match: ItemMatch?

    /// Creates a plan.
    public init(header: ColumnHeader, role: ColumnRole, match: ItemMatch? = nil) {
        self.header = header
        self.role = role
        self.match = match
    }
}
