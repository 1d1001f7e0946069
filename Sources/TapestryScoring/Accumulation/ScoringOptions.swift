/// Choices that change how rounds are scored.
public struct ScoringOptions: Sendable, Equatable {
    /// The default smallest group shown; smaller groups are suppressed.
    public static let anonymousGroupSize = 5

    /// Groups with fewer accepted respondents are suppressed (default 5). Below 5 the
    /// results are not anonymous and reports say so.
    public var minimumGroupSize: Int
    /// Cronbach's alpha needs at least this many respondents who answered every item.
    public var minimumForAlpha: Int
    /// Show the network of connections even when fewer organisations responded than
    /// ``minimumGroupSize`` (`--show-network`).
    public var showNetwork: Bool

    /// Creates options; the defaults follow methodology.md.
    public init(minimumGroupSize: Int = anonymousGroupSize, minimumForAlpha: Int = 5, showNetwork: Bool = false) {
        self.minimumGroupSize = minimumGroupSize
        self.minimumForAlpha = minimumForAlpha
        self.showNetwork = showNetwork
    }

    /// Whether small groups are hidden well enough to call group results anonymous.
    public var isAnonymous: Bool { minimumGroupSize >= Self.anonymousGroupSize }
}
