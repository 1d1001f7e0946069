/// A complete assessment: every round's results, the changes between rounds, and what was
/// found in the input. Renderers turn it into terminal text, JSON, Markdown or XLSX.
public struct Assessment: Sendable, Equatable {
    /// The JSON schema this assessment follows.
    public static let schema = "tapestry.assessment/1"

    /// The instrument used.
    public var instrument: Instrument
    /// The coalition's name, when given.
    public var coalition: String?
    /// The scoring options in force (group size, and so whether groups are anonymous).
    public var options: ScoringOptions
    /// The rounds, oldest first.
    public var rounds: [RoundResult]
    /// Problems found in the input, in the order found.
    public var findings: [Finding]

    /// Creates an assessment.
    public init(instrument: Instrument, coalition: String?, options: ScoringOptions,
                rounds: [RoundResult], findings: [Finding]) {
        self.instrument = instrument
        self.coalition = coalition
        self.options = options
        self.rounds = rounds
        self.findings = findings
    }
}
