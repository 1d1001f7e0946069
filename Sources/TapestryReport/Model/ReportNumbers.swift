import Foundation

/// How every report writes a number as text: the decimals, the percent sign, the minus sign.
/// One place, so that the terminal, Markdown, HTML and the charts print the same digits, and
/// none of them prints a negative zero ("-0.00" for a change of −0.001).
public enum ReportNumbers {
    /// A score on the answer scale: two decimals ("3.40"); "–" for nil.
    public static func score(_ value: Double?) -> String { fixed(value, decimals: 2) }

    /// A health value on 0–100, whole ("62"); "–" for nil. A value just below a band threshold
    /// is never rounded up onto it (74.8 beside "borderline" would read as 75, the strength
    /// line): it keeps one decimal, cut rather than rounded ("74.8", "49.9").
    public static func health(_ value: Double?) -> String {
        guard let value else { return "–" }
        let whole = fixed(value, decimals: 0)
        for threshold in BandThresholds.onHealthScale where value < threshold && (Double(whole) ?? 0) >= threshold {
            return fixed((value * 10).rounded(.down) / 10, decimals: 1)
        }
        return whole
    }

    /// A share as a whole percentage ("45%"); "–" for nil.
    public static func percent(_ value: Double?) -> String {
        value.map { fixed($0 * 100, decimals: 0) + "%" } ?? "–"
    }

    /// A signed difference with a typographic minus ("+0.40", "−1.20"): two decimals on the
    /// answer scale, one for the health index; "–" for nil. Zero after rounding is "0.00".
    public static func signed(_ value: Double?, decimals: Int = 2) -> String {
        guard let value else { return "–" }
        let digits = fixed(abs(value), decimals: decimals)
        if Double(digits) == 0 { return digits }
        return (value > 0 ? "+" : "−") + digits
    }

    /// A confidence interval, "2.90–3.60" (with "to" when a bound is negative: "−0.20 to 0.40").
    public static func interval(_ lower: Double?, _ upper: Double?, decimals: Int = 2) -> String {
        guard let lower, let upper else { return "–" }
        let low = fixed(lower, decimals: decimals), high = fixed(upper, decimals: decimals)
        return low.hasPrefix("-") || high.hasPrefix("-") ? "\(minus(low)) to \(minus(high))" : "\(low)–\(high)"
    }

    /// `value` with `decimals` decimals, never "-0" or "-0.00"; "–" for nil. Halves round away
    /// from zero, as Excel's number formats do (72.5% → "73%"), so that the workbook and the
    /// text reports show the same digits; the value is first rounded to nine decimals of the
    /// unit shown, so that a share stored as 72.49999999999999 counts as the half it is.
    public static func fixed(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return "–" }
        let unit = pow(10.0, Double(decimals))
        let snapped = ((value * unit) * 1e9).rounded() / 1e9
        let rounded = snapped.rounded(.toNearestOrAwayFromZero) / unit
        let text = String(format: "%.\(decimals)f", rounded)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// A threshold or scale point as written in sentences: "3" for 3.0, "3.5" for 3.5.
    public static func plain(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : fixed(value, decimals: 2).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
    }

    private static func minus(_ text: String) -> String {
        text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}
