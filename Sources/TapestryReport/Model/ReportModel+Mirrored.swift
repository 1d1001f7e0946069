extension ReportWords {
    /// Added to a statement in a chart whose bar is drawn the other way round, because
    /// agreeing with it is the less healthy answer (``ReportModel/Statement/agreeingIsHealthy``).
    public static let mirrored = "mirrored"
}

extension ReportModel.Round {
    /// The statements (with their areas) whose bars the statements charts draw the other way
    /// round: those where agreeing is the less healthy answer.
    public var mirroredStatements: [(area: ReportModel.Area, statement: ReportModel.Statement)] {
        areas.flatMap { area in area.statements.filter { !$0.agreeingIsHealthy }.map { (area, $0) } }
    }

    /// What the statements charts turned round, for their caption: "…the bar is mirrored, with disagreeing on the right: 2 statements
    /// worded the other way and the 4 statements of Drawbacks of membership."; nil when
    /// agreeing is the healthy answer to every statement.
    public var mirroredSentence: String? {
        let mirrored = mirroredStatements
        guard !mirrored.isEmpty else { return nil }
        let reversed = mirrored.filter { $0.area.polarity != .negative }.count
        var parts = reversed > 0 ? [ReportWords.plural(reversed, "statement") + " \(ReportWords.wordedTheOtherWay)"] : []
        var seen: [String] = []
        for (area, _) in mirrored where area.polarity == .negative && !seen.contains(area.id) {
            seen.append(area.id)
            let count = mirrored.filter { $0.area.id == area.id }.count
            let all = count == area.statements.count
            parts.append(all ? (count == 1 ? "the statement of \(area.title)" : "the \(count) statements of \(area.title)")
                : "\(ReportWords.plural(count, "statement")) of \(area.title)")
        }
        return "In the charts of the statements, healthier answers are always drawn on the right. Where agreeing is the less "
            + "healthy answer, the bar is \(ReportWords.mirrored), with disagreeing on the right: "
            + ReportWords.list(parts) + "."
    }
}
