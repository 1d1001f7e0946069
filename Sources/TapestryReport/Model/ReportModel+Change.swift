import TapestryScoring

extension ReportModel {
    /// One area's (or the health index's) change between two rounds, with its words.
    public struct Change: Sendable {
        /// The change as computed (difference, ci95, effect, paired, pairs, direction, bands).
        public var result: ChangeResult
        /// "Health index" or the area's label.
        public var title: String
        /// Whether this is the health index's change (on 0–100) rather than an area's (on the
        /// answer scale).
        public var isHealthIndex: Bool
        /// What the interval supports: "improved", "declined" or "no clear change".
        public var words: String
        /// "borderline → strength" when the area crossed a threshold; nil otherwise.
        public var bandChange: String?

        /// Decimals its difference is shown with: one on 0–100, two on the answer scale.
        public var decimals: Int { isHealthIndex ? 1 : 2 }
        /// The difference as shown ("+0.40", "−2.6").
        public var differenceText: String { ReportNumbers.signed(result.difference, decimals: decimals) }
        /// The interval as shown.
        public var intervalText: String { ReportNumbers.interval(result.ci95?.lower, result.ci95?.upper, decimals: decimals) }
    }
}
