/// The agreement scale: integer points from ``min`` to ``max``, a label for each point, and
/// the labels that mean "don't know / not applicable" (scored as missing, never as a midpoint).
public struct Scale: Sendable, Equatable {
    /// The lowest point, e.g. 1.
    public var min: Int
    /// The highest point, e.g. 5.
    public var max: Int
    /// One label per point, lowest first.
    public var labels: [String]
    /// Labels that count as a missing answer.
    public var missing: [String]

    /// Creates a scale; ``InstrumentLoader`` checks that it is sane.
    public init(min: Int, max: Int, labels: [String], missing: [String]) {
        self.min = min
        self.max = max
        self.labels = labels
        self.missing = missing
    }

    /// How many points the scale has.
    public var pointCount: Int { max - min + 1 }

    /// The oriented mean at or above which a dimension is a strength: min + 0.75·(max − min).
    public var strengthThreshold: Double { Double(min) + 0.75 * Double(max - min) }

    /// The oriented mean below which a dimension is a concern: min + 0.5·(max − min).
    public var concernThreshold: Double { Double(min) + 0.5 * Double(max - min) }

    /// The variance of answers spread evenly over the scale, ((max − min + 1)² − 1) / 12,
    /// which rwg compares the observed variance with.
    public var uniformVariance: Double {
        let points = Double(pointCount)
        return (points * points - 1) / 12
    }

    /// Flips an answer for a reverse-keyed item: min + max − x.
    public func reversed(_ value: Int) -> Int { min + max - value }

    /// Turns a mean into its oriented form, where higher is always healthier.
    public func oriented(_ mean: Double, polarity: Polarity) -> Double {
        switch polarity {
        case .positive: mean
        case .negative: Double(min + max) - mean
        }
    }

    /// A score's health on 0–100, higher always healthier: oriented by `polarity`, then placed
    /// on 0–100.
    public func health(_ score: Double, polarity: Polarity) -> Double {
        percent(ofOriented: oriented(score, polarity: polarity))
    }

    /// Places an oriented mean on 0–100, where 0 is the scale's worst point.
    public func percent(ofOriented value: Double) -> Double {
        100 * (value - Double(min)) / Double(max - min)
    }
}
