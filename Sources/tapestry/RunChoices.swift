import TapestryImport
import TapestryReport

/// What a run's command line asks for, over a project file's settings: each choice left nil
/// (or empty) falls back to the project's setting, then to the default. ``RunSettings`` turns
/// them into a request.
struct RunChoices: Sendable, Equatable {
    /// An instrument file (`--instrument`).
    var instrument: String?
    /// The group column (`--group-by`).
    var groupBy: String?
    /// The smallest group shown (`--min-group-size`).
    var minimumGroupSize: Int?
    /// A mapping file (`--map`).
    var map: String?
    /// The link key file (`--link-key-file`).
    var linkKeyFile: String?
    /// The column that identifies members across rounds (`--link-by`).
    var linkBy: String?
    /// How to split one file into rounds (`--round-by`).
    var roundBy: RoundPeriod?
    /// The coalition's name (`--coalition`).
    var coalition: String?
    /// Score partial and test responses too (`--include-partial`).
    var includePartial = false
    /// The formats to write (`--format`), in the order given.
    var formats: [OutputFormat] = []
    /// The reports' folder (`--output`).
    var output: String?
    /// List each respondent's answers in the workbook (`--include-responses`, or
    /// `--no-include-responses` over a project's `include-responses: true`).
    var includeResponses: Bool?
    /// The member list, a CSV file (`--members`).
    var members: String?
    /// The column of the respondent's organisation (`--organisation-column`).
    var organisationColumn: String?
    /// Show the network below the minimum group size (`--show-network`).
    var showNetwork: Bool?
}
