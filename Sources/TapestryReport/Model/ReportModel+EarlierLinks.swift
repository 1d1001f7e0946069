extension ReportModel {
    /// The ``links`` lines of the pairs of rounds before the latest ("A → B: …"): the latest
    /// pair's is already the trend's ``Trend/pairing``. Empty without a trend.
    public var earlierLinks: [String] {
        guard let trend else { return [] }
        return zip(assessment.links, links).filter { $0.0.to != trend.to }.map(\.1)
    }
}
