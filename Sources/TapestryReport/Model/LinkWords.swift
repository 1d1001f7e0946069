import TapestryScoring

/// What every report says about linking rounds: how many members were linked between two
/// rounds and by which column, or why none were and what to do. Headings and counts only;
/// never an identifier or anything made from one.
enum LinkWords {
    /// The sentence for one pair of rounds, without naming the pair. With `advice` false (the
    /// funder's workbook), it says why no member was linked but not which option to run.
    static func sentence(_ link: RoundLink, advice: Bool = true) -> String {
        let minimum = ChangeStatistics.minimumPairs
        let by = quoted(link.columns)
        if link.linked >= minimum {
            return "\(link.linked) members linked by \(by), so each area is compared member by member "
                + "wherever at least \(minimum) of them have a score on it in both rounds."
        }
        if link.linked > 0 {
            return "\(link.linked) \(link.linked == 1 ? "member" : "members") linked by \(by), fewer than \(minimum), "
                + "so the rounds are compared as two groups."
        }
        let consequence = "No member linked, so the rounds are compared as two groups: "
        switch link.reason ?? .noMemberInBoth {
        case .noIdentifyingColumn:
            let lacking = [link.fromColumns.isEmpty ? link.from : nil, link.toColumns.isEmpty ? link.to : nil].compactMap { $0 }
            let subject = lacking.count == 2 ? "neither round has a" : "round \(lacking[0]) has no"
            let submissions = link.submissionColumns.isEmpty ? ""
                : " (\(quoted(link.submissionColumns)) \(link.submissionColumns.count == 1 ? "is" : "are") new at every submission, so it links nothing)"
            let found = consequence + "\(subject) column that identifies members across rounds\(submissions)."
            guard advice else { return found }
            return found + " Export the respondents' e-mail addresses with the answers, add a `respondent` column of member ids, "
                + "or name such a column with --link-by (`link-by:` in tapestry.yaml)."
        case .differentColumns:
            return consequence + "round \(link.from) identifies members by \(described(link.fromColumns)) and round \(link.to) by "
                + "\(described(link.toColumns)), which cannot be matched."
                + (advice ? " Use the same kind of column in every round, or name one with --link-by." : "")
        case .emptyColumn:
            let empty = link.fromIdentified == 0 ? (link.from, link.fromColumns) : (link.to, link.toColumns)
            return consequence + "\(quoted(empty.1.map(\.heading))) is empty in round \(empty.0) (no scored response has an identifier there)."
        case .noMemberInBoth:
            return consequence + "no member identified by \(by) answered both rounds."
        }
    }

    /// The sentence for one pair of rounds, naming the pair.
    static func line(_ link: RoundLink) -> String {
        line(link, advice: true)
    }

    /// The sentence for one pair of rounds, naming the pair, without the option to run when
    /// `advice` is false (as in ``sentence(_:advice:)``).
    static func line(_ link: RoundLink, advice: Bool) -> String {
        "\(link.from) → \(link.to): " + sentence(link, advice: advice)
    }

    /// An input's personal-data columns, the one that linked rounds said to be read only for
    /// that; "none" when there are none.
    static func personalColumns(_ input: InputSummary, separator: String) -> String {
        guard !input.personalColumns.isEmpty else { return "none" }
        return input.personalColumns.map { heading in
            heading == input.linkColumn ? heading + " (read only to link members between rounds, as a code that is never written)" : heading
        }.joined(separator: separator)
    }

    /// Each column's kind and heading: `e-mail addresses ("Email Address")`.
    private static func described(_ columns: [RoundLink.Column]) -> String {
        columns.map { "\($0.kind.words) (\(quoted([$0.heading])))" }.joined(separator: " and ")
    }

    /// Headings in quotes, joined with "and".
    private static func quoted(_ headings: [String]) -> String {
        let names = headings.map { "\"\($0)\"" }
        guard names.count > 1 else { return names.first ?? "no column" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
