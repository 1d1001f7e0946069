import TapestryScoring

/// What a run's command line asks for, over a project file's settings: each choice left nil
/// falls back to the project's setting, then to the default. ``SettingsFiles/request(inputs:project:choices:environment:)``
/// turns them into a request.
public struct RunChoices: Sendable, Equatable {
    /// An instrument file (`--instrument`).
    public var instrument: String?
    /// The group column (`--group-by`).
    public var groupBy: String?
    /// The smallest group shown (`--min-group-size`).
    public var minimumGroupSize: Int?
    /// A mapping file (`--map`).
    public var map: String?
    /// The link key file (`--link-key-file`).
    public var linkKeyFile: String?
    /// The column that identifies members across rounds (`--link-by`).
    public var linkBy: String?
    /// How to split one file into rounds (`--round-by`).
    public var roundBy: RoundPeriod?
    /// The coalition's name (`--coalition`).
    public var coalition: String?
    /// Score partial and test responses too (`--include-partial`).
    public var includePartial = false

    /// No choices: the project's settings, else the defaults.
    public init() {}
}
