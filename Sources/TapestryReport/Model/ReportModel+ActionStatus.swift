extension ReportModel {
    /// An action plan entry's band and health in words, on the same 0–100 scale as the
    /// priorities' reasons ("borderline, health 56 of 100, and members disagree"), so that one
    /// page never gives one area's standing on two scales; the entry's own
    /// ``ActionPlan/Entry/status`` (on the answer scale) when its area is not in the latest round.
    public func status(of entry: ActionPlan.Entry) -> String {
        guard let area = latest?.areas.first(where: { $0.id == entry.dimension }), let health = area.health else { return entry.status }
        var status = "\(area.bandWord), health \(ReportNumbers.health(health)) of 100"
        if entry.disagreement { status += area.band == .strength ? ", but members disagree" : ", and members disagree" }
        return status
    }
}
