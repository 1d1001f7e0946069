import Foundation
import TapestryScoring

extension ReportModel.Findings {
    /// A finding's message for readers who never run the tool (the funder's workbook): the
    /// advice on which command-line option to pass is left out, since the terminal and the
    /// JSON keep it whole. A part in brackets that names an option ("map it in a mapping file
    /// (--map)") is removed; a sentence that still names one ("Pass --include-partial to score
    /// such responses too.") is dropped; a message that would be left empty keeps its
    /// sentences with each option said as the project file's setting ("the include-partial
    /// setting").
    public static func messageWithoutOptions(_ finding: Finding) -> String {
        ReportModel.withoutOptions(finding.message)
    }
}

extension ReportModel {
    /// `text` without command-line options (see ``Findings/messageWithoutOptions(_:)``).
    static func withoutOptions(_ text: String) -> String {
        guard text.contains("--") else { return text }
        // Brackets that name an option: " (--map)", " (--format json)".
        let unbracketed = text.replacingOccurrences(of: #"\s*\([^()]*--[^()]*\)"#, with: "", options: .regularExpression)
        let sentences = sentences(of: unbracketed)
        let kept = sentences.filter { !$0.contains("--") }
        if !kept.isEmpty { return kept.joined(separator: " ") }
        return unbracketed.replacingOccurrences(of: #"--([a-z][a-z-]*)"#, with: "the $1 setting", options: .regularExpression)
            .replacingOccurrences(of: "--", with: "–")
    }

    /// The sentences of `text`: split after ". ", "? " and "! " (a full stop inside quotes or
    /// backticks does not end one).
    private static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var quote: Character?
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            if character == "\"" || character == "`" {
                quote = quote == character ? nil : (quote ?? character)
                continue
            }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if quote == nil, ".?!".contains(character), next == " " {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}
