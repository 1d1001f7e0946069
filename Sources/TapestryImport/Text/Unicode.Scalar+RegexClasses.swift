extension Unicode.Scalar {
    /// ICU's `\d`, as the regular expressions this replaces read it: a decimal digit of any
    /// script (general category Nd), not only 0–9.
    var isRegexDigit: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.generalCategory == .decimalNumber
    }

    /// ICU's `\s`: tab, line feed, form feed, carriage return, or a separator (general
    /// category Z: spaces, line and paragraph separators).
    var isRegexSpace: Bool {
        switch value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        case 0..<0x80: return false
        default:
            switch properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
