import TapestryScoring

/// Colours for the report's charts. The diverging scale is ColorBrewer's PuOr (safe for the
/// common kinds of colour blindness), and neighbouring colours differ in lightness, so charts
/// still read in black and white; bands are also written out in words.
enum ChartPalette {
    static let ink = "#222222"
    static let grid = "#cccccc"
    static let principle = "#2c3e8f"

    /// Band colours: dark purple, pale grey and orange, with a hatch on concern (`hatch`, the
    /// fill of the chart's hatch pattern in ``concernBase``).
    static func band(_ band: Band?, hatch: String) -> String {
        switch band {
        case .strength: "#542788"
        case .borderline: "#b2abd2"
        case .concern: hatch
        case nil: "#eeeeee"
        }
    }

    static let concernBase = "#e08214"

    /// Colours for lines that must be told apart (the trend's): the Okabe–Ito palette, safe
    /// for the common kinds of colour blindness, black first (for the health index), without
    /// its yellow, which is too pale on white.
    static let lines = ["#000000", "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"]

    /// Five answer colours from "strongly disagree" to "strongly agree".
    static let answers = ["#b35806", "#f1a340", "#d9d9d9", "#998ec3", "#542788"]
}
