import TapestryScoring

extension ReportModel {
    /// One category of areas in one round: its heading, health and band.
    public struct Category: Sendable {
        /// The category as the instrument names it.
        public var id: String
        /// Its heading ("Principles").
        public var title: String
        /// Mean health of its scored areas on 0–100; nil when none is scored.
        public var health: Double?
        /// The band of that health.
        public var band: Band?
        /// The band's word.
        public var bandWord: String

        init(_ category: CategoryHealth) {
            id = category.category
            title = ReportWords.category(category.category)
            health = category.health
            band = category.band
            bandWord = ReportWords.band(category.band)
        }
    }
}
