import TapestryScoring

/// What to assess: the input files (one round each, unless a file has a `round` column),
/// how to read them, and how to score.
public struct AssessmentRequest: Sendable {
    /// One input file and the label of its round.
    public struct Input: Sendable, Equatable {
        /// The path as the user gave it; findings name it this way.
        public var path: String
        /// The round label for rows without their own `round` value.
        public var round: String

        /// Creates an input.
        public init(path: String, round: String) {
            self.path = path
            self.round = round
        }
    }

    /// The inputs, in the order given.
    public var inputs: [Input]
    /// The coalition's name for reports.
    public var coalition: String?
    /// How to read the inputs.
    public var importing: ImportOptions
    /// How to score.
    public var scoring: ScoringOptions
    /// Keep the accepted responses for reports that list them (the workbook's Responses
    /// sheet, only with `--include-responses`). Off by default: nothing per respondent is
    /// held in memory then.
    public var keepResponses = false
    /// With ``keepResponses``, the most responses kept per round: a report lists no more, so
    /// no more are held.
    public var maximumKeptResponses = Int.max

    /// Creates a request.
    public init(inputs: [Input], coalition: String? = nil, importing: ImportOptions = ImportOptions(),
                scoring: ScoringOptions = ScoringOptions()) {
        self.inputs = inputs
        self.coalition = coalition
        self.importing = importing
        self.scoring = scoring
    }
}
