extension ReportModel.Round {
    /// How the round's rows were counted, in the words of the opening sentence: "8 rows read,
    /// 7 scored, 1 set aside (1 of them answered only "don't know" or "not applicable")".
    public var rowsLine: String {
        let onlyMissing = rows.onlyMissing > 0
            ? " (\(rows.onlyMissing) of them answered only \"don't know\" or \"not applicable\")" : ""
        return "\(ReportWords.plural(rows.read, "row")) read, \(rows.accepted) scored, \(rows.rejected) set aside\(onlyMissing)"
    }
}
