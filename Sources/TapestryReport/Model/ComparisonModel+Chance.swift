extension ComparisonModel {
    /// What a group's gap to the rest of the room can tell, given how few people answered:
    /// decided by the gap's 95 % confidence interval (``GroupComparison/Difference/ci95``).
    public enum Chance: String, Sendable {
        /// The interval leaves out 0: larger than chance alone would likely give.
        case beyondChance = "more than chance"
        /// The interval includes 0: the gap may be chance alone.
        case withinChance = "within chance"
        /// No interval (one respondent on a side, or nobody varies): it cannot be told.
        case tooFewToTell = "too few to tell"
    }
}
