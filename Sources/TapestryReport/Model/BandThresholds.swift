import TapestryScoring

/// The two band thresholds of an instrument's scale, on the answer scale and on 0–100, for
/// every chart line, legend and sentence that names them. Derived from ``Scale`` (which
/// decides bands), never written as literals.
public struct BandThresholds: Sendable, Equatable {
    /// The oriented score at or above which an area is a strength (4 on 1–5).
    public var strengthScore: Double
    /// The oriented score below which an area is of concern (3 on 1–5).
    public var concernScore: Double
    /// ``strengthScore`` on 0–100 (75).
    public var strengthHealth: Double
    /// ``concernScore`` on 0–100 (50).
    public var concernHealth: Double

    /// The thresholds on 0–100, which are the same for every scale (the strength and concern
    /// thresholds are fixed shares of the scale's range): worked out from a scale, not written.
    public static let onHealthScale: [Double] = {
        let thresholds = BandThresholds(Scale(min: 0, max: 4, labels: [], missing: []))
        return [thresholds.concernHealth, thresholds.strengthHealth]
    }()

    /// The thresholds of `scale`.
    public init(_ scale: Scale) {
        strengthScore = scale.strengthThreshold
        concernScore = scale.concernThreshold
        strengthHealth = scale.percent(ofOriented: scale.strengthThreshold)
        concernHealth = scale.percent(ofOriented: scale.concernThreshold)
    }

    /// "concern below 50, strength from 75" — the legend of every 0–100 chart.
    public var healthLegend: String {
        "concern below \(ReportNumbers.plain(concernHealth)), strength from \(ReportNumbers.plain(strengthHealth))"
    }
}
