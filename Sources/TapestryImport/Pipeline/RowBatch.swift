import Foundation
import TapestryScoring

/// What a run of consecutive rows of one file gave: their scores (in a part of the run's
/// ``AssessmentBuilder``), what became of each row, the findings about them. A file is read
/// in parts, each into its own batch (on both cores), and the batches are merged in file
/// order into one that holds the run's builder; every field merges so that the result is
/// exactly that of reading the rows one by one. A new kind of tally is one more field and
/// one more line in ``merge(_:groupNames:)``.
struct RowBatch {
    var builder: AssessmentBuilder
    var tally = RowTally()
    var findings: RowFindings
    /// The latest date among the accepted rows.
    var latest: Date?
    /// Each round given scored rows, and how many of them had an identifier to link.
    var identifiers: [String: Int] = [:]
    /// Rows whose `round` value looked like personal data.
    var personalRounds = LineCount()
    /// Rows whose `round` value is too long to name a round.
    var longRounds = LineCount()
    /// The group values met, for naming them when merged (a part's only; its builder's
    /// groups go by these values until then).
    var groups = GroupValues()
    /// Whether the part stopped early, having met more group values than a run may have.
    var stopped = false
    /// The connection answers' reader and what it has gathered (names, findings); a file with
    /// connection columns is read in one part, so at most one batch of a file has one.
    var connections: ConnectionReader?

    /// An empty batch for rows of `file`, scoring into `builder`.
    init(builder: AssessmentBuilder, file: String) {
        self.builder = builder
        findings = RowFindings(file: file)
    }

    /// Adds `later`, the batch of the rows after these, its groups named by `groupNames`.
    mutating func merge(_ later: RowBatch, groupNames: [String: String]) {
        builder.merge(later.builder, groupNames: groupNames)
        tally.merge(later.tally)
        findings.merge(later.findings)
        if let date = later.latest, date > (latest ?? .distantPast) { latest = date }
        identifiers.merge(later.identifiers, uniquingKeysWith: +)
        personalRounds.merge(later.personalRounds)
        longRounds.merge(later.longRounds)
        if let reader = later.connections {
            precondition(connections == nil, "a file with connection columns is read in one part")
            connections = reader
        }
    }
}
