/// A group of items scored together, such as one partnership principle.
public struct Dimension: Sendable, Equatable {
    /// A short, stable identifier, e.g. `equality`.
    public var id: String
    /// The title shown in reports.
    public var title: String
    /// The part of the framework it belongs to: `principle`, `norm`, `benefit`, `drawback`,
    /// `practice`, `groundwork`, or another word a custom instrument chooses.
    public var category: String
    /// Whether agreeing is healthy (`positive`) or a sign of trouble (`negative`).
    public var polarity: Polarity
    /// The items, in the order members see them.
    public var items: [Item]

    /// Creates a dimension.
    public init(id: String, title: String, category: String, polarity: Polarity, items: [Item]) {
        self.id = id
        self.title = title
        self.category = category
        self.polarity = polarity
        self.items = items
    }

    /// How many answered items a respondent needs for a dimension score: ceil(k / 2).
    public var minimumAnswered: Int { (items.count + 1) / 2 }
}
