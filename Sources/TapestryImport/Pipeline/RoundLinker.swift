import TapestryScoring

/// Gathers how each file identified members (``FileLinks``) and says, for each pair of
/// consecutive rounds, how many members were linked between them, or why none were
/// (``RoundLink``). Holds headings and counts only.
struct RoundLinker: Sendable {
    /// What the files of one round said.
    private struct Round: Sendable {
        /// The identifying columns of the round's files, each once.
        var columns: [LinkColumn] = []
        /// Per-submission id headings of the round's files without an identifying column.
        var submissionColumns: [String] = []
        /// Scored rows with an identifier.
        var identifiers = 0
    }

    private var rounds: [String: Round] = [:]

    /// Takes in one file's links.
    mutating func add(_ links: FileLinks) {
        for (label, count) in links.identifiers {
            var round = rounds[label] ?? Round()
            if let column = links.column {
                if !round.columns.contains(where: { $0.heading == column.heading && $0.kind == column.kind }) { round.columns.append(column) }
            } else if let submission = links.submissionColumn, !round.submissionColumns.contains(submission) {
                round.submissionColumns.append(submission)
            }
            round.identifiers += count
            rounds[label] = round
        }
    }

    /// The links between each pair of consecutive rounds of `scored` (the rounds changes are
    /// computed between), counted from their linked respondents' keys.
    func links(_ scored: [RoundResult]) -> [RoundLink] {
        zip(scored, scored.dropFirst()).map { earlier, later in
            let (small, large) = earlier.linked.count <= later.linked.count ? (earlier.linked, later.linked) : (later.linked, earlier.linked)
            let linked = small.keys.reduce(0) { $0 + (large[$1] == nil ? 0 : 1) }
            let from = rounds[earlier.label] ?? Round()
            let to = rounds[later.label] ?? Round()
            let reason: RoundLink.Reason? = if linked > 0 {
                nil
            } else if from.columns.isEmpty || to.columns.isEmpty {
                .noIdentifyingColumn
            } else if Set(from.columns.map(\.kind)).isDisjoint(with: to.columns.map(\.kind)) {
                .differentColumns
            } else if from.identifiers == 0 || to.identifiers == 0 {
                .emptyColumn
            } else {
                .noMemberInBoth
            }
            var submissions: [String] = []
            for heading in from.submissionColumns + to.submissionColumns where !submissions.contains(heading) { submissions.append(heading) }
            return RoundLink(from: earlier.label, to: later.label, linked: linked,
                             fromColumns: from.columns.map { .init(heading: $0.heading, kind: $0.kind) },
                             toColumns: to.columns.map { .init(heading: $0.heading, kind: $0.kind) },
                             fromIdentified: from.identifiers, toIdentified: to.identifiers,
                             submissionColumns: reason == .noIdentifyingColumn ? submissions : [], reason: reason)
        }
    }
}
