/// One statement members rate on the instrument's scale.
public struct Item: Sendable, Equatable {
    /// A stable, short, unique identifier, e.g. `EQ1`; also the canonical CSV column name.
    public var id: String
    /// The statement as members read it.
    public var text: String
    /// Whether agreeing means the opposite of the dimension's direction; such answers are
    /// flipped (min + max − x) before any dimension statistic.
    public var reverse: Bool

    /// Creates an item.
    public init(id: String, text: String, reverse: Bool = false) {
        self.id = id
        self.text = text
        self.reverse = reverse
    }
}
