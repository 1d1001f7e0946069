import Foundation
import TapestryScoring

/// What reading one file produced besides the scored responses.
public struct FileReport: Sendable {
    /// Problems found, in file order (column findings first).
    public var findings: [Finding]
    /// How the file was read.
    public var input: InputSummary
    /// The latest timestamp among accepted rows, when the file has a timestamp column.
    public var latestResponse: Date?
    /// What became of each data row.
    public var rows = RowTally()
    /// How the file identified members across rounds.
    public var links = FileLinks()
}
