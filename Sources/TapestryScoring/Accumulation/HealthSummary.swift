/// The two numbers that summarise a round or group.
public enum HealthSummary {
    /// Mean over scored dimensions of 100·(m′ − min)/(max − min), m′ the oriented mean;
    /// nil when no dimension has a score.
    public static func healthIndex(_ dimensions: [DimensionStatistics], scale: Scale) -> Double? {
        let percents = dimensions.compactMap { dimension in
            dimension.mean.map { scale.health($0, polarity: dimension.polarity) }
        }
        guard !percents.isEmpty else { return nil }
        return percents.reduce(0, +) / Double(percents.count)
    }

    /// The mean of the `benefit` dimensions' means minus the mean of the `drawback`
    /// dimensions' means, on the answer scale; nil when either side has no score.
    public static func balance(_ dimensions: [DimensionStatistics]) -> Double? {
        func meanOfMeans(_ category: String) -> Double? {
            let means = dimensions.filter { $0.category == category }.compactMap(\.mean)
            return means.isEmpty ? nil : means.reduce(0, +) / Double(means.count)
        }
        guard let benefits = meanOfMeans("benefit"), let drawbacks = meanOfMeans("drawback") else { return nil }
        return benefits - drawbacks
    }
}
