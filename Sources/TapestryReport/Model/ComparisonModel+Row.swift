import TapestryScoring

extension ComparisonModel {
    /// One area across the side-by-side table: each shown group, then the whole room.
    public struct Row: Sendable {
        /// The area, as the whole room scored it (its title and label).
        public var area: ReportModel.Area
        /// Each shown group's cell, in the order of ``ComparisonModel/shown``.
        public var groups: [Cell]
        /// The whole room's cell (everyone who answered, hidden groups included).
        public var room: Cell
    }

    /// One score in the side-by-side table.
    public struct Cell: Sendable {
        /// The score on the answer scale; nil when not scored.
        public var mean: Double?
        /// Its band; nil when not scored.
        public var band: Band?
        /// How closely the members agree with each other (rwg); nil when it cannot be worked out.
        public var agreement: Double?
        /// For a group, how it stands against everyone else in this area; nil for the whole
        /// room, or without a score.
        public var difference: Difference?
        /// Whether the group differs from everyone else by more than chance (the table marks it).
        public var standsOut: Bool { difference?.chance == .beyondChance }

        init(_ area: ReportModel.Area, difference: Difference?) {
            mean = area.statistics.mean
            band = area.band
            agreement = area.statistics.rwg
            self.difference = difference
        }
    }
}
