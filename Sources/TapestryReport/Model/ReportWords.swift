import TapestryScoring

/// The words every report uses for the same thing: one place to change them.
public enum ReportWords {
    /// Added to the title of a dimension where agreeing means worse (a drawback).
    public static let lowerIsBetter = " (lower is better)"
    /// Shown for a dimension or statistic with too few answers.
    public static let notScored = "not scored"
    /// A statement worded the other way (reverse-keyed): disagreeing with it is healthy.
    public static let wordedTheOtherWay = "worded the other way"
    /// A statement of a drawback: agreeing with it means a cost to members.
    public static let agreeingIsACost = "agreeing means a cost to members"
    /// Said of a round in which no area could be scored.
    public static let nothingScored = "No area could be scored: too few members answered enough statements."

    /// The band's word ("strength", "borderline", "concern"), or ``notScored``.
    public static func band(_ band: Band?) -> String { band?.rawValue ?? notScored }

    /// "borderline → strength" when a change moved a dimension across a threshold, else nil.
    public static func bandChange(from: Band?, to: Band?) -> String? {
        guard let from, let to, from != to else { return nil }
        return "\(from.rawValue) → \(to.rawValue)"
    }

    /// A category's heading: "Principles", "Norms", "Benefits", "Drawbacks"; a custom category
    /// capitalised as it is.
    public static func category(_ category: String) -> String {
        switch category {
        case "principle": "Principles"
        case "norm": "Norms"
        case "benefit": "Benefits"
        case "drawback": "Drawbacks"
        default: category.prefix(1).uppercased() + category.dropFirst()
        }
    }

    /// "A", "A and B", "A, B and C".
    public static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// "1 note", "2 notes", "0 notes".
    public static func plural(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// "1 is a strength", "3 are strengths", "none is of concern".
    public static func count(_ number: Int, _ one: String, _ many: String) -> String {
        number == 0 ? "none \(one.replacingOccurrences(of: " a ", with: " "))" : "\(number) \(number == 1 ? one : many)"
    }
}
