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

    /// The health and band of each of `instrument`'s categories, in the instrument's order.
    /// The band compares the category's mean health with the thresholds on 0–100 (the
    /// percentages of the scale's thresholds). The health is a mean of means, so it is not
    /// known as a small fraction; a value within 1e-9 of a threshold counts as on it, so that
    /// two areas at exactly 3.0 and 5.0 on 1–5 make a borderline category, never a concern.
    public static func categories(_ dimensions: [DimensionStatistics], instrument: Instrument) -> [CategoryHealth] {
        instrument.categories.map { category in
            let health = healthIndex(dimensions.filter { $0.category == category }, scale: instrument.scale)
            return CategoryHealth(category: category, health: health, band: health.map { band(ofHealth: $0, scale: instrument.scale) })
        }
    }

    /// The band of a health value on 0–100 (a category's or the health index's): strength from
    /// the strength threshold's percentage (75), concern below the concern threshold's (50).
    public static func band(ofHealth health: Double, scale: Scale) -> Band {
        let tolerance = 1e-9
        if health >= scale.percent(ofOriented: scale.strengthThreshold) - tolerance { return .strength }
        if health < scale.percent(ofOriented: scale.concernThreshold) - tolerance { return .concern }
        return .borderline
    }
}
