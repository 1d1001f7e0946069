extension ReportModel.Groups {
    /// ``hiddenSentence`` naming at most `limit` hidden groups and counting the rest ("…; and
    /// 4980 more groups."), for a layout with little room; nil when every group is shown.
    public func hiddenSentence(naming limit: Int) -> String? {
        Self.hiddenSentence(hidden, naming: limit)
    }

    /// "Not shown: A (1 respondent, fewer than 5 respondents); B (6 respondents, hidden too, …)."
    /// naming at most `limit` of `hidden`; nil when `hidden` is empty.
    static func hiddenSentence(_ hidden: [ReportModel.GroupColumn], naming limit: Int) -> String? {
        guard !hidden.isEmpty else { return nil }
        let named = hidden.prefix(limit).map { "\($0.name) (\(ReportWords.plural($0.n, "respondent")), \($0.hiddenReason ?? ""))" }
        let rest = hidden.count - named.count
        return "Not shown: " + named.joined(separator: "; ") + (rest > 0 ? "; and \(ReportWords.plural(rest, "more group"))" : "") + "."
    }
}
