import TapestryScoring

/// What to assess: the input files (one round each, unless a file has a `round` column),
/// how to group, and how to score.
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
    /// The header of the group column, if grouping.
    public var groupBy: String?
    /// The coalition's name for reports.
    public var coalition: String?
    /// Scoring options.
    public var options: ScoringOptions

    /// Creates a request.
    public init(inputs: [Input], groupBy: String? = nil, coalition: String? = nil, options: ScoringOptions = ScoringOptions()) {
        self.inputs = inputs
        self.groupBy = groupBy
        self.coalition = coalition
        self.options = options
    }
}
