import Foundation

/// Folds text for matching labels and headers.
enum TextFolding {
    /// Lower case, every run of white space (including non-breaking spaces) turned into one
    /// space, and trimmed.
    static func fold(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// As ``fold(_:)``, after removing HTML tags and entities, and with underscores read as
    /// spaces (`strongly_agree`): for answer labels.
    static func foldLabel(_ text: String) -> String {
        fold(stripHTML(text).replacingOccurrences(of: "_", with: " "))
    }

    /// A statement reduced to its words: HTML removed, folded, punctuation dropped (a cut
    /// label's `...` is kept, since it says the text was cut).
    static func normalizeStatement(_ text: String) -> String {
        var plain = fold(stripHTML(text))
        let cut = plain.hasSuffix("...") || plain.hasSuffix("…")
        plain = String(plain.unicodeScalars.map { scalar in
            CharacterSet.alphanumerics.contains(scalar) ? Character(scalar) : " "
        })
        plain = fold(plain)
        return cut ? plain + "..." : plain
    }

    /// Text without HTML tags, with the common entities decoded.
    static func stripHTML(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
        var result = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        for (entity, character) in entities { result = result.replacingOccurrences(of: entity, with: character) }
        result = result.replacingOccurrences(of: #"&#(\d+);"#, with: "", options: .regularExpression)
        return result
    }

    private static let entities = [
        ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
        ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ndash;", "–"), ("&mdash;", "—"), ("&amp;", "&"),
    ]
}
