import Foundation

/// A complete assessment: every round's results, the changes between rounds, and what was
/// found in the input. Renderers turn it into terminal text, JSON, Markdown or XLSX.
public struct Assessment: Sendable, Equatable {
    /// The round reports are about: the latest with responses (a round of set-aside rows only,
    /// such as rows --round-by could not date, is not it), else the last.
    public var latestRound: RoundResult? {
        scoredRounds.last ?? rounds.last
    }

    /// The rounds with at least one scored response (not, say, a round of rows --round-by
    /// could not date): the ones changes and trends are about.
    public var scoredRounds: [RoundResult] {
        rounds.filter { $0.respondents > 0 }
    }

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
    /// The changes between consecutive rounds that have responses.
    public var changes: [ChangeResult]
    /// For each pair of consecutive rounds that have responses (as ``changes``), how many
    /// members were linked, or why none were; empty when nothing says how rounds were read
    /// (the import fills it in).
    public var links: [RoundLink] = []
    /// Problems found in the input, in the order found.
    public var findings: [Finding]
    /// The findings most serious first (``Finding/mostSeriousFirst(_:)``), as reports for
    /// people list them.
    public var findingsBySeverity: [Finding] { Finding.mostSeriousFirst(findings) }
    /// How each input file was read.
    public var inputs: [InputSummary]
    /// The latest response's timestamp, when the inputs have one; reports use it as their
    /// date, so that the same input always gives the same file.
    public var latestResponse: Date?

    /// Creates an assessment.
    public init(instrument: Instrument, coalition: String?, options: ScoringOptions,
                rounds: [RoundResult], findings: [Finding], inputs: [InputSummary] = [], latestResponse: Date? = nil) {
        self.instrument = instrument
        self.coalition = coalition
        self.options = options
        self.rounds = rounds
        self.changes = []
        self.findings = findings
        self.inputs = inputs
        self.latestResponse = latestResponse
        changes = ChangeCalculator.changes(scoredRounds, instrument: instrument)
    }
}
