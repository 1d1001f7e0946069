extension ReportModel {
    /// One line of the trend: a name and a value per scored round (nil where not scored).
    public struct Series: Sendable {
        /// What the line is ("Health index", "Principles", an area's label).
        public var name: String
        /// One value per scored round, oldest first.
        public var values: [Double?]
    }
}
