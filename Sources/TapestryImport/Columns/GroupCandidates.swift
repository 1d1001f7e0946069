/// Finds the columns that look like a group (`tapestry inspect` suggests `--group-by` for
/// them; `assess` never groups by itself). A column is a likely group when, over every data
/// row of the file:
///
/// - its role is `ignored` (not an item, the respondent, the round, metadata such as a
///   timestamp or status, nor personal by its heading), or it is the canonical CSV's
///   `group` column, and it has a heading;
/// - at least ``minimumRows`` rows have a value in it, and it has ``distinctValues`` distinct
///   values (blank cells aside), each given on at least ``minimumUses`` rows: a short list
///   of categories, not free text nor an id;
/// - each value is short text (at most ``longestValue`` characters, with a letter: not a
///   number, a code or a date), does not look like personal data (an e-mail address, phone
///   number, IP address or a person's name) and is not an answer on the scale (an item
///   column that is not matched yet);
/// - it is not a multiple-choice column: no value ends with `;` (Microsoft Forms) or is a
///   list of other values of the column joined by `,` or `;` (Google Forms), and the values
///   are not only checkbox words (REDCap's Checked / Unchecked, True / False).
///
/// Columns whose heading names a kind of group ("organisation", "sector", "type", "role"…,
/// ``groupWords``) come first, then the others in column order.
///
/// Memory is bounded by the number of columns: a column is dropped as soon as it has one
/// value too many, too long or of the wrong kind.
struct GroupCandidates {
    /// How many distinct values a group column has: 2 to 12. One value groups nothing;
    /// real coalitions sort members into a handful of kinds (funders, nonprofits, public
    /// bodies…); a dozen is already more than a report can set side by side.
    static let distinctValues = 2...12
    /// Rows with a value needed before a column is taken for a group: 10. With fewer, two
    /// repeated values are as likely to be chance as categories.
    static let minimumRows = 10
    /// How often each value must be given: twice. Free text and ids are rarely repeated
    /// word for word; categories picked from a list always are.
    static let minimumUses = 2
    /// The longest value a category may have, in characters: 60, room for "Community-based
    /// or grassroots organisation"; answers to open questions are longer.
    static let longestValue = 60
    /// Words (folded) of headings that ask which kind of group a member belongs to.
    static let groupWords = ["organisation", "organization", "organización", "sector", "kind", "type", "group",
                             "role", "category", "member", "constituency", "stakeholder", "tipo", "typ"]
    /// Checkbox and yes/no-switch words that say "ticked or not", not a kind of member.
    static let checkboxWords: Set<String> = ["checked", "unchecked", "selected", "not selected", "true", "false"]

    private let answers: AnswerReader
    /// For each column still in the running, how often each value was given.
    private var tallies: [Int: [String: Int]]
    /// Plans of the columns considered, by column index.
    private let headings: [Int: ColumnPlan]

    /// Prepares to look at the ignored columns of `plans`; nothing is suggested when a column
    /// is already the group. `answers` reads cells against the scale.
    init(plans: [ColumnPlan], answers: AnswerReader) {
        self.answers = answers
        let open = plans.contains { $0.role == .group } ? [] : plans.filter { plan in
            let named = plan.role == .metadata && plan.header.names.contains { PersonalData.compact($0) == "group" }
            return (plan.role == .ignored || named) && !plan.header.display.trimmed.isEmpty
        }
        headings = Dictionary(uniqueKeysWithValues: open.map { ($0.header.index, $0) })
        tallies = Dictionary(uniqueKeysWithValues: open.map { ($0.header.index, [:]) })
    }

    /// Whether every column is out of the running (the rest of the rows need not be read).
    var isSettled: Bool { tallies.isEmpty }

    /// Counts one data row's values.
    mutating func add(_ record: CSVRecord) {
        for column in Array(tallies.keys) {
            let value = record[safe: column].trimmed
            if value.isEmpty { continue }
            if let count = tallies[column]![value] {
                tallies[column]![value] = count + 1
            } else if tallies[column]!.count < Self.distinctValues.upperBound && mayBeCategory(value) {
                tallies[column]![value] = 1
            } else {
                tallies[column] = nil
            }
        }
    }

    /// Whether a value may name a category: short text, not personal, not a scale answer.
    private func mayBeCategory(_ value: String) -> Bool {
        guard value.utf8.count <= 4 * Self.longestValue, value.count <= Self.longestValue,
              value.contains(where: \.isLetter) else { return false }
        if PersonalData.looksPersonal(value) || PersonNameScreen.looksLikeName(value) { return false }
        if case .value = answers.read(value) { return false }
        return true
    }

    /// The columns that look like a group, best first, with how many values each has.
    var suggestions: [(column: Int, values: Int)] {
        let found = tallies.compactMap { column, counts -> (column: Int, values: Int)? in
            let rows = counts.values.reduce(0, +)
            guard Self.distinctValues.contains(counts.count), rows >= Self.minimumRows,
                  counts.values.allSatisfy({ $0 >= Self.minimumUses }), !Self.isMultipleChoice(Set(counts.keys)) else { return nil }
            return (column, counts.count)
        }
        func named(_ column: Int) -> Bool {
            let words = headings[column].map { plan in
                plan.header.names.flatMap { TextFolding.fold($0).split { !$0.isLetter }.map(String.init) }
            } ?? []
            return words.contains { word in Self.groupWords.contains(word) }
        }
        return found.sorted { a, b in
            let (namedA, namedB) = (named(a.column), named(b.column))
            return namedA != namedB ? namedA : a.column < b.column
        }
    }

    /// Whether `values` are the answers of a multiple-choice question: one ends with `;`,
    /// one lists others joined by `,` or `;`, or all are checkbox words.
    static func isMultipleChoice(_ values: Set<String>) -> Bool {
        if values.allSatisfy({ checkboxWords.contains(TextFolding.fold($0)) }) { return true }
        for value in values {
            if value.hasSuffix(";") { return true }
            for separator: Character in [",", ";"] where value.contains(separator) {
                let parts = value.split(separator: separator).map { String($0).trimmed }.filter { !$0.isEmpty }
                if parts.count > 1, parts.allSatisfy(values.contains) { return true }
            }
        }
        return false
    }
}
