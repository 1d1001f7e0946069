/// How many members were linked between two consecutive rounds, and by which columns, or why
/// none were. A member is linked when the same identifier (e-mail address, member id, or the
/// `--link-by` column) has a scored response in both rounds; identifiers are compared only as
/// keyed hashes, in memory, and neither they nor their hashes are part of this summary.
public struct RoundLink: Sendable, Equatable {
    /// Why no member was linked between two rounds.
    public enum Reason: String, Sendable {
        /// A round has no column that identifies members across rounds (no e-mail or member-id
        /// column, and no `--link-by`); a platform's response id differs at every submission.
        case noIdentifyingColumn
        /// The rounds identify members by different kinds of columns (e-mail in one, a member
        /// id in the other), which cannot be matched.
        case differentColumns
        /// A round's identifying column holds no identifier in any scored row.
        case emptyColumn
        /// Both rounds have identifiers, but no member answered both.
        case noMemberInBoth
    }

    /// A column that identified members in a round's files.
    public struct Column: Sendable, Equatable {
        /// The column's heading.
        public var heading: String
        /// What it holds.
        public var kind: IdentifierKind

        /// Creates a column.
        public init(heading: String, kind: IdentifierKind) {
            self.heading = heading
            self.kind = kind
        }
    }

    /// The earlier round's label.
    public var from: String
    /// The later round's label.
    public var to: String
    /// Members with a scored response in both rounds.
    public var linked: Int
    /// The columns that identified members in the earlier round's files.
    public var fromColumns: [Column]
    /// The columns that identified members in the later round's files.
    public var toColumns: [Column]
    /// Scored responses of the earlier round that carried an identifier.
    public var fromIdentified: Int
    /// Scored responses of the later round that carried an identifier.
    public var toIdentified: Int
    /// Headings of per-submission ids (a platform's response id) in files of either round that
    /// have no identifying column: named when saying why they link nothing.
    public var submissionColumns: [String]
    /// Why no member was linked; nil when at least one was.
    public var reason: Reason?

    /// Creates a summary.
    public init(from: String, to: String, linked: Int, fromColumns: [Column], toColumns: [Column],
                fromIdentified: Int, toIdentified: Int, submissionColumns: [String] = [], reason: Reason?) {
        self.from = from
        self.to = to
        self.linked = linked
        self.fromColumns = fromColumns
        self.toColumns = toColumns
        self.fromIdentified = fromIdentified
        self.toIdentified = toIdentified
        self.submissionColumns = submissionColumns
        self.reason = reason
    }

    /// The headings that identified members in either round, each once, earlier round first.
    public var columns: [String] {
        var seen: [String] = []
        for column in fromColumns + toColumns where !seen.contains(column.heading) { seen.append(column.heading) }
        return seen
    }
}
