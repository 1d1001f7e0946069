import Foundation

/// Everything the header rows say about one column.
public struct ColumnHeader: Sendable, Equatable {
    /// The column's position, from 0.
    public var index: Int
    /// The first header row's cell: a Qualtrics id (`Q2_1`), a variable name, or the heading.
    public var name: String
    /// The second header row's cell where there is one: Qualtrics' question text,
    /// SurveyMonkey's sub-label, Kobo's HXL tag.
    public var label: String?
    /// Qualtrics' ImportId (`QID2_1`, `ipAddress`), from the third header row.
    public var importId: String?
    /// SurveyMonkey's question text, carried from the first column of the question.
    public var question: String?

    /// Creates a column header.
    public init(index: Int, name: String, label: String? = nil, importId: String? = nil, question: String? = nil) {
        self.index = index
        self.name = name
        self.label = label
        self.importId = importId
        self.question = question
    }

    /// The heading to show people: the name, or for Qualtrics' legacy `V1…` columns and
    /// SurveyMonkey's sub-columns the text that says what they are.
    public var display: String {
        if let question {
            guard let label, !label.isEmpty, !Self.surveyMonkeyPlainLabels.contains(label.lowercased()) else { return question }
            return "\(question) [\(label)]"
        }
        if Self.isLegacyQualtricsName(name), let label, !label.isEmpty { return label }
        return name.isEmpty ? (label ?? "") : name
    }

    /// Whether `name` is `V` and digits, as `^V\d+$` reads it: digits of any script, and one
    /// line break allowed at the end (ICU's `$`). A scan instead of the expression, which was
    /// compiled again (through a cache keyed by its description) on every call: with
    /// ``display`` read several times a column, it was most of the time a wide header took.
    static func isLegacyQualtricsName(_ name: String) -> Bool {
        var scalars = Substring(name).unicodeScalars
        guard scalars.first == "V" else { return false }
        scalars.removeFirst()
        if scalars.last == "\n", scalars.dropLast().last == "\r" {
            scalars.removeLast(2)
        } else if let last = scalars.last, ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(last) {
            scalars.removeLast()
        }
        return !scalars.isEmpty && scalars.allSatisfy(\.isRegexDigit)
    }

    /// Every name the column goes by, for matching `--group-by`, mapping files and metadata.
    public var names: [String] {
        [name, label, importId, question, display].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// The texts that may hold an item's statement, most specific first: the sub-label, the
    /// part in brackets of `Question [Statement]`, the part after ` - ` in
    /// `Question - Statement`, the last part of a Kobo path `group/field`, then the whole.
    public var statementCandidates: [String] {
        var texts: [String] = []
        func add(_ text: String?) {
            guard let text = text?.trimmed, !text.isEmpty, !texts.contains(text) else { return }
            texts.append(text)
        }
        for text in [label, name].compactMap({ $0 }) {
            if let open = text.lastIndex(of: "["), text.hasSuffix("]") {
                add(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
            }
            if let dash = text.range(of: " - ", options: .backwards) { add(String(text[dash.upperBound...])) }
            if let dash = text.range(of: " - ") { add(String(text[dash.upperBound...])) }
            if let slash = text.lastIndex(of: "/"), !text.contains(" ") { add(String(text[text.index(after: slash)...])) }
        }
        if let question, let label { add(label); add("\(question) \(label)") }
        add(label)
        add(name)
        // Legacy Qualtrics writes `Question-Statement` without spaces.
        if let label, let dash = label.lastIndex(of: "-") { add(String(label[label.index(after: dash)...])) }
        return texts
    }

    static let surveyMonkeyPlainLabels: Set<String> = ["response", "open-ended response"]
}
