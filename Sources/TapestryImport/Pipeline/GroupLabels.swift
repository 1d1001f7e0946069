import TapestryScoring

/// The names groups are reported under, for one run. A group value that looks like personal
/// data (an e-mail address, IP address or phone number: ``PersonalData/looksPersonal(_:)``;
/// a person's name: ``PersonNameScreen``) is reported as "Group 1", "Group 2"… instead,
/// numbered in the order such values first appear in the run; the same value keeps its label
/// for the whole run. A neutral label never takes the name of a real group: if a real group
/// of that name turns up later, the neutral one moves to the next free number. The values
/// themselves stay in memory for the run only and reach no report or finding.
public struct GroupLabels: Sendable {
    /// The most distinct group values a run may have: 5 000. Real groups (member types,
    /// workshop tables, organisations) number in the tens or hundreds; thousands mean the
    /// group column holds something else (an id, a comment), where every group would be
    /// suppressed anyway, and each group costs memory and time (5 000 groups of the default
    /// instrument: about 60 MB and 2 s in a debug build).
    public static let maximumGroups = 5_000

    /// Each group value seen, and the name it is reported under.
    private var reported: [String: String] = [:]
    /// Names reported so far: real groups and neutral labels.
    private var taken: Set<String> = []
    /// The personal value behind each neutral label in use.
    private var neutral: [String: String] = [:]
    private var lastNumber = 0

    /// How many distinct group values were seen (blank cells are not counted).
    var count: Int { reported.count }

    /// A fresh set of labels, for one run.
    public init() {}

    /// The name to report for a group `value`, and whether it stands in for a personal one.
    /// `builder` is told when a neutral label must make room for a real group of its name.
    mutating func name(for value: String, builder: inout AssessmentBuilder) -> (name: String, replaced: Bool) {
        if let name = reported[value] { return (name, neutral[name] != nil) }
        if PersonalData.looksPersonal(value) || PersonNameScreen.looksLikeName(value) {
            let label = nextLabel()
            reported[value] = label
            neutral[label] = value
            return (label, true)
        }
        if let personal = neutral.removeValue(forKey: value) {
            let label = nextLabel()
            builder.renameGroup(value, to: label)
            reported[personal] = label
            neutral[label] = personal
        }
        reported[value] = value
        taken.insert(value)
        return (value, false)
    }

    /// The name `value` is reported under now, if it was seen (a neutral label can still move
    /// when a real group of its name turns up).
    func reportedName(of value: String) -> String? {
        reported[value]
    }

    private mutating func nextLabel() -> String {
        var label: String
        repeat {
            lastNumber += 1
            label = "Group \(lastNumber)"
        } while taken.contains(label) || reported[label] != nil
        taken.insert(label)
        return label
    }
}
