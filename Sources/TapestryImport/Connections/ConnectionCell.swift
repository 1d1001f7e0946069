/// Splits a connection answer into the names it holds, as platforms export multi-select
/// questions: one cell joined by `, ` (Google Forms), `;` (Microsoft Forms, and tapestry's
/// canonical CSV) or line breaks, choice names separated by spaces (KoboToolbox), or numeric
/// codes (Qualtrics), which a mapping file's `choices:` turn into names.
enum ConnectionCell {
    /// The names in `cell`: codes replaced by their `choices`, blanks dropped.
    static func names(_ cell: String, matcher: MemberMatcher, choices: [String: String]) -> [String] {
        let text = cell.trimmed
        if text.isEmpty { return [] }
        if let name = choices[text] { return [name] }
        if matcher.isExactly(text) { return [text] }
        var parts: [String]
        if text.contains(";") {
            parts = text.split(separator: ";").map(String.init)
        } else if text.contains(where: \.isNewline) {
            parts = text.split(whereSeparator: \.isNewline).map(String.init)
        } else if text.contains(",") {
            parts = rejoined(text.split(separator: ",").map { String($0).trimmed }, matcher: matcher)
        } else if text.contains(" "), let tokens = choiceNames(text, matcher: matcher, choices: choices) {
            parts = tokens
        } else {
            parts = [text]
        }
        return parts.map(\.trimmed).filter { !$0.isEmpty }.map { choices[$0] ?? $0 }
    }

    /// Kobo's space-separated choice names (`riverside_food_bank st_marys`): every token a
    /// code of `choices` or a member's name, or every token an identifier (lower-case letters,
    /// digits, `_`) and one at least with an `_`; nil when the text reads as one name.
    private static func choiceNames(_ text: String, matcher: MemberMatcher, choices: [String: String]) -> [String]? {
        let tokens = text.split(separator: " ").map(String.init)
        guard tokens.count > 1 else { return nil }
        if tokens.allSatisfy({ choices[$0] != nil || matcher.isExactly($0) }) { return tokens }
        let identifiers = tokens.allSatisfy { token in
            token.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        }
        return identifiers && tokens.contains(where: { $0.contains("_") }) ? tokens : nil
    }

    /// Google Forms joins choices with `, `, so a member named "Smith, Jones and Co" is cut in
    /// two: neighbouring parts that together are a member's name are put back together.
    private static func rejoined(_ parts: [String], matcher: MemberMatcher) -> [String] {
        var result: [String] = []
        var start = 0
        while start < parts.count {
            var end = start
            for candidate in stride(from: min(parts.count - 1, start + 5), to: start, by: -1)
            where matcher.isExactly(parts[start...candidate].joined(separator: ", ")) {
                end = candidate
                break
            }
            result.append(parts[start...end].joined(separator: ", "))
            start = end + 1
        }
        return result
    }

    /// Whether a one-column-per-choice cell says the choice was ticked: SurveyMonkey writes the
    /// choice's text, LimeSurvey `Y` or `Yes`, Kobo `1` or `True`; blank, `0`, `False`, `No`,
    /// `N` and "Not selected" mean not ticked.
    static func isTicked(_ cell: String) -> Bool {
        let folded = TextFolding.foldLabel(cell)
        return !folded.isEmpty && !["0", "false", "no", "n", "not selected", "unchecked", "-99"].contains(folded)
    }
}
