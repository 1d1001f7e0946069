import TapestryScoring

extension BandThresholds {
    /// "strength from 75": the name of the strength threshold's line in a 0–100 chart.
    public var strengthLineName: String { "strength from \(ReportNumbers.plain(strengthHealth))" }
    /// "concern below 50": the name of the concern threshold's line in a 0–100 chart.
    public var concernLineName: String { "concern below \(ReportNumbers.plain(concernHealth))" }
}

extension BandThresholds {
    /// Each band with its range on 0–100: strength "75 or more", borderline "50 to under 75",
    /// concern "under 50" — for legends of band columns.
    public var healthRanges: [(band: Band, range: String)] {
        [(.strength, "\(ReportNumbers.plain(strengthHealth)) or more"),
         (.borderline, "\(ReportNumbers.plain(concernHealth)) to under \(ReportNumbers.plain(strengthHealth))"),
         (.concern, "under \(ReportNumbers.plain(concernHealth))")]
    }

    /// "strength: health 75 or more of 100; borderline: 50 to under 75; concern: under 50." —
    /// what a column of band words means.
    public var bandLegend: String {
        healthRanges.enumerated().map { index, entry in
            "\(ReportWords.band(entry.band)): \(index == 0 ? "health " : "")\(entry.range)\(index == 0 ? " of 100" : "")"
        }.joined(separator: "; ") + "."
    }
}
