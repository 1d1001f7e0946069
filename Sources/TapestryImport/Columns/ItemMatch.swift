/// How a column was matched to an instrument item.
public struct ItemMatch: Sendable, Equatable {
    /// How sure the match is.
    public enum Kind: Sendable, Equatable {
        /// By item id, the mapping file, or the same text once normalised.
        case exact
        /// By a text that differs slightly (a typo fixed, a cut label); reported as a finding.
        case near(text: String)
    }

    /// The item's position in ``Instrument/items``.
    public var item: Int
    /// How it was matched.
    public var kind: Kind
}
