import Foundation

/// Folds text for matching: the one function through which answer labels, missing words,
/// mapping keys (headings and labels), `--group-by` names and statement texts are compared,
/// so that what looks the same to a reader matches.
enum TextFolding {
    /// Lower case, every run of white space turned into one space, and trimmed; besides, for
    /// text that is not all ASCII:
    ///
    /// - Unicode normalisation: compatibility forms become what they stand for (NFKC's
    ///   mappings, ``CompatibilityMapping``: ligatures "ﬀ", full-width "Ａ", superscripts), and
    ///   composed and decomposed accents ("é" and "e" + U+0301) match, as Swift compares
    ///   strings by canonical equivalence (NFC);
    /// - typographic apostrophes and single quotes (‘ ’ ‚ ‛ ′ ´ ʼ) read as `'`, double quotes
    ///   (“ ” „ ‟ ″ « ») as `"`, dashes and minus signs (‐ ‑ ‒ – — ― − ⁃) as `-`;
    /// - every Unicode space (no-break, thin, ideographic…) is white space, and invisible
    ///   characters (zero-width space and joiners, word joiner, soft hyphen, a stray
    ///   byte-order mark) are dropped.
    ///
    /// So "Don’t know" matches "Don't know", and "5 – Strongly agree" matches "5 - Strongly
    /// agree".
    static func fold(_ text: String) -> String {
        fold(text, underscoresAsSpaces: false)
    }

    /// As ``fold(_:)``; with `underscoresAsSpaces`, underscores count as white space. ASCII
    /// text, nearly every cell and heading, is folded byte by byte (ASCII needs no
    /// normalisation); other text scalar by scalar, in time proportional to its length.
    private static func fold(_ text: String, underscoresAsSpaces: Bool) -> String {
        if let folded = foldASCII(text, underscoresAsSpaces: underscoresAsSpaces) { return folded }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in plainText(text).lowercased().unicodeScalars {
            if isWhitespace(scalar) || (underscoresAsSpaces && scalar == "_") {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` with typographic characters made ASCII, invisible ones dropped and compatibility
    /// forms replaced; `text` itself when none is there (most text: accented letters), found
    /// in a first pass that builds nothing. Typographic characters go first, as NFKC turns ´
    /// into a space and a combining accent; then the forms, whose results may be typographic
    /// (﹘ is —).
    private static func plainText(_ text: String) -> String {
        func compatible(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
            scalar.value < 0xA0 || (0xC0...0xFF).contains(scalar.value) ? nil : CompatibilityMapping.table[scalar.value]
        }
        guard text.unicodeScalars.contains(where: { plainScalar($0) != $0 || compatible($0) != nil }) else { return text }
        var plain: [Unicode.Scalar] = []
        plain.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let scalar = plainScalar(scalar) else { continue }
            if let mapped = compatible(scalar) {
                plain += mapped.compactMap(plainScalar)
            } else {
                plain.append(scalar)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: plain)
        return String(view)
    }

    /// `scalar` as ASCII when it is a typographic quote or dash, nil when it is invisible,
    /// else itself. A switch on the few code points concerned, so that other text (accented
    /// letters) costs no look-up.
    private static func plainScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xAB, 0xAD, 0xB4, 0xBB, 0x2B9, 0x2BC, 0x200B...0x2060, 0x2212, 0xFE58, 0xFE63, 0xFEFF, 0xFF0D:
            if invisible.contains(scalar) { return nil }
            return typographic[scalar] ?? scalar
        default:
            return scalar
        }
    }

    /// Unicode's White_Space property, with ASCII and Latin-1 decided without a look-up.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: true
        case 0...0xFF: false
        default: scalar.properties.isWhitespace
        }
    }

    /// Typographic characters and the ASCII character each stands for.
    static let typographic: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for scalar in "\u{2018}\u{2019}\u{201A}\u{201B}\u{2032}\u{00B4}\u{02BC}\u{02B9}".unicodeScalars { table[scalar] = "'" }
        for scalar in "\u{201C}\u{201D}\u{201E}\u{201F}\u{2033}\u{00AB}\u{00BB}".unicodeScalars { table[scalar] = "\"" }
        for scalar in "\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2015}\u{2212}\u{2043}\u{FE58}\u{FE63}\u{FF0D}".unicodeScalars {
            table[scalar] = "-"
        }
        return table
    }()

    /// Characters that cannot be seen and are dropped: zero-width space, non-joiner and
    /// joiner, word joiner, soft hyphen, byte-order mark (zero-width no-break space).
    static let invisible: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{FEFF}"]

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
