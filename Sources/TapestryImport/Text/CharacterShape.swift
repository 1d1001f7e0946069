/// What a character read from a byte 0x80–0xFF is, as far as telling Windows-1252 from Mac
/// OS Roman goes (see ``DecodedText/looksLikeMacRoman(_:)``): a letter of the languages
/// tapestry reads (the Latin-1 letters À–ÿ and Œ œ), typographic punctuation, or anything
/// else.
enum CharacterShape: Sendable, Equatable {
    /// A lower-case letter: ß–ÿ (not ÷), œ.
    case lowercase
    /// A capital letter: À–Þ (not ×), Œ.
    case capital
    /// Quotes and apostrophes (‘ ’ ‚ “ ” „ ‹ › « » ´ `), dashes (– —), the ellipsis, the
    /// bullet, the middle dot, the no-break space and Spanish ¿ ¡: at home anywhere in text.
    case punctuation
    /// Any other symbol (€ † ‡ ˆ ‰ ™ ≠ ∞ π √ …), a letter rare in these languages (Š š Ž ž Ÿ
    /// ƒ ı ﬁ ﬂ), or a byte the code page leaves undefined: not expected beside a letter.
    case other

    /// The punctuation above, as scalars.
    static let punctuationScalars: Set<Unicode.Scalar> = [
        "\u{2018}", "\u{2019}", "\u{201A}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{2039}", "\u{203A}",
        "\u{00AB}", "\u{00BB}", "\u{00B4}", "`", "\u{2013}", "\u{2014}", "\u{2026}", "\u{2022}", "\u{00B7}",
        "\u{00A0}", "\u{00BF}", "\u{00A1}",
    ]

    /// The shape of `scalar`.
    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0xDF...0xFF where scalar.value != 0xF7, 0x153: self = .lowercase
        case 0xC0...0xDE where scalar.value != 0xD7, 0x152: self = .capital
        default: self = Self.punctuationScalars.contains(scalar) ? .punctuation : .other
        }
    }

    /// Whether a character of this shape reads naturally between `before` and `after`, the
    /// bytes beside it (a byte 0x80 or above, or the file's edge, counts as no letter):
    ///
    /// - a lower-case letter after a letter, or before a lower-case letter ("café", "élan");
    /// - a capital neither after a lower-case letter nor between a capital and a lower-case
    ///   letter ("École", "MÜNSTER", "CAFÉ"; not "CafŽ", "MŸnster");
    /// - punctuation anywhere ("don’t", "Science’s", "“Yes”");
    /// - anything else nowhere.
    func fits(after before: UInt8?, before after: UInt8?) -> Bool {
        switch self {
        case .lowercase:
            return Self.isLetter(before) || Self.isLowercase(after)
        case .capital:
            return !Self.isLowercase(before) && !(Self.isCapital(before) && Self.isLowercase(after))
        case .punctuation:
            return true
        case .other:
            return false
        }
    }

    /// Whether `byte` is an ASCII letter.
    static func isLetter(_ byte: UInt8?) -> Bool {
        isLowercase(byte) || isCapital(byte)
    }

    private static func isLowercase(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    private static func isCapital(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }
}
