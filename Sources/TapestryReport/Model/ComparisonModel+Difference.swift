import TapestryScoring

extension ComparisonModel {
    /// How one shown group's score in one area stands against everyone else in the room.
    public struct Difference: Sendable {
        /// The group's name.
        public var group: String
        /// The area (its title and label).
        public var area: ReportModel.Area
        /// The group's score in that area.
        public var groupMean: Double
        /// Everyone else's score in that area.
        public var restMean: Double
        /// The group's score minus everyone else's.
        public var gap: Double
        /// Everyone else's respondents (hidden groups included).
        public var restN: Int
        /// The 95 % confidence interval of the gap; nil when it cannot be worked out.
        public var ci95: ConfidenceInterval?
        /// Whether the gap could be chance alone.
        public var chance: Chance
        /// "Transparency 2.22 against 3.49 for everyone else (−1.28)".
        public var sentence: String
        /// "within chance: with this few people the gap could be anywhere from −2.52 to +0.12, so it
        /// may be no gap at all".
        public var chanceSentence: String

        init(_ difference: GroupComparison.Difference, area: ReportModel.Area) {
            group = difference.group
            self.area = area
            groupMean = difference.groupMean
            restMean = difference.restMean
            gap = difference.gap
            restN = difference.restN
            ci95 = difference.ci95
            chance = difference.ci95 == nil ? .tooFewToTell : difference.withinChance ? .withinChance : .beyondChance
            sentence = "\(area.label) \(ReportNumbers.score(groupMean)) against \(ReportNumbers.score(restMean)) for everyone else (\(ReportNumbers.signed(gap)))"
            let (low, high) = (ReportNumbers.signed(ci95?.lower), ReportNumbers.signed(ci95?.upper))
            switch chance {
            case .beyondChance: chanceSentence = "more than chance alone would likely give (the gap likely lies between \(low) and \(high))"
            case .withinChance: chanceSentence = "within chance: with this few people the gap could be anywhere from \(low) to \(high), so it may be no gap at all"
            case .tooFewToTell: chanceSentence = "too few people to tell it from chance"
            }
        }
    }
}
