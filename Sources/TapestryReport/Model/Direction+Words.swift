import TapestryScoring

extension Direction {
    /// What a change's direction means in every report, in words that claim no more than its
    /// confidence interval supports.
    var words: String {
        switch self {
        case .improved: "improved"
        case .declined: "declined"
        case .unclear: "no clear change"
        }
    }
}
