import TapestryScoring

extension ReportModel {
    /// One round as every report shows it.
    public struct Round: Sendable {
        /// The round's label.
        public var label: String
        /// Rows read, scored and set aside.
        public var rows: RowCounts
        /// Accepted respondents.
        public var respondents: Int
        /// The health index (0–100); nil when nothing was scored.
        public var healthIndex: Double?
        /// The band of the health index.
        public var healthBand: Band?
        /// Benefits minus drawbacks on the answer scale.
        public var balance: Double?
        /// Every area, in instrument order.
        public var areas: [Area]
        /// Every category, in instrument order.
        public var categories: [Category]
        /// Up to three strongest areas, strongest first.
        public var strongest: [Area]
        /// Up to three weakest areas, weakest first.
        public var weakest: [Area]
        /// Areas where members see things differently (rwg < 0.7).
        public var divided: [Area]
        /// Areas whose statements may not measure one thing (alpha < 0.7).
        public var unreliable: [Area]
        /// The groups side by side; nil without grouping.
        public var groups: Groups?

        /// The areas of one category.
        public func areas(in category: String) -> [Area] { areas.filter { $0.category == category } }
        /// How many areas are in `band`.
        public func count(_ band: Band) -> Int { areas.filter { $0.band == band }.count }
    }
}
