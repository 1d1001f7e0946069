import Foundation

/// Folds text for matching labels and headers.
enum TextFolding {
    /// Lower case, every run of white space (including non-breaking spaces) turned into one
    /// space, and trimmed.
    static func fold(_ text: String) -> String {
        fold(text, underscoresAsSpaces: false)
    }

    /// As ``fold(_:)``; with `underscoresAsSpaces`, underscores count as white space. ASCII
    /// text, nearly every cell and heading, is folded byte by byte; other text character by
    /// character (a character is white space when its first scalar is).
    private static func fold(_ text: String, underscoresAsSpaces: Bool) -> String {
        if let folded = foldASCII(text, underscoresAsSpaces: underscoresAsSpaces) { return folded }
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace || (underscoresAsSpaces && character == "_") {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// ``fold(_:underscoresAsSpaces:)`` for ASCII text; nil for any other.
    private static func foldASCII(_ text: String, underscoresAsSpaces: Bool) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte < 0x80 else { return nil }
                if (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 || (underscoresAsSpaces && byte == 0x5F) {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// As ``fold(_:)``, after removing HTML tags and entities, and with underscores read as
    /// spaces (`strongly_agree`): for answer labels.
    static func foldLabel(_ text: String) -> String {
        fold(stripHTML(text), underscoresAsSpaces: true)
    }

    /// A statement reduced to its words: HTML removed, folded, punctuation dropped (a cut
    /// label's `...` is kept, since it says the text was cut).
    static func normalizeStatement(_ text: String) -> String {
        var plain = fold(stripHTML(text))
        let cut = plain.hasSuffix("...") || plain.hasSuffix("…")
        var words = String.UnicodeScalarView()
        for scalar in plain.unicodeScalars {
            let isWordScalar = scalar.isASCII
                ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
                : CharacterSet.alphanumerics.contains(scalar)
            words.append(isWordScalar ? scalar : " ")
        }
        plain = String(words)
        plain = fold(plain)
        return cut ? plain + "..." : plain
    }

    /// Text without HTML tags, with the common entities decoded: each `<` up to the first `>`
    /// after it becomes a space (a `<` with no `>` after it stays), the entities below are
    /// decoded, then numeric ones (`&#8217;`) are dropped.
    ///
    /// Each step is one pass. The regular expression `<[^>]*>` it replaces read the rest of
    /// the text again from every `<` without a `>`, quadratic in a long cell.
    static func stripHTML(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
        return dropNumericEntities(decodeEntities(removeTags(Array(text.unicodeScalars))))
    }

    /// Each `<…>` replaced by a space.
    private static func removeTags(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else {
                result.append(scalars[index])
                index += 1
                continue
            }
            guard let close = scalars[(index + 1)...].firstIndex(of: ">") else {
                result.append(contentsOf: scalars[index...])
                break
            }
            result.append(" ")
            index = close + 1
        }
        return result
    }

    /// The named entities (and `&#39;`) decoded, left to right; what an entity turns into is
    /// not read again (`&amp;lt;` is `&lt;`).
    private static func decodeEntities(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        next: while index < scalars.count {
            if scalars[index] == "&", index + 1 < scalars.count {
                // Most `&`s start no entity: the second character rules out all but one or two.
                let second = scalars[index + 1]
                for (entity, character) in entityScalars where entity[1] == second && index + entity.count <= scalars.count {
                    var matched = 2
                    while matched < entity.count, scalars[index + matched] == entity[matched] { matched += 1 }
                    if matched == entity.count {
                        result.append(character)
                        index += entity.count
                        continue next
                    }
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return result
    }

    /// `&#` digits `;` removed.
    private static func dropNumericEntities(_ scalars: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", index + 1 < scalars.count, scalars[index + 1] == "#" {
                var end = index + 2
                while end < scalars.count, scalars[end].isRegexDigit { end += 1 }
                if end > index + 2, end < scalars.count, scalars[end] == ";" {
                    index = end + 1
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    private static let entityScalars = entities.map { (Array($0.0.unicodeScalars), $0.1.unicodeScalars.first!) }

    private static let entities = [
        ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
        ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ndash;", "–"), ("&mdash;", "—"), ("&amp;", "&"),
    ]
}
