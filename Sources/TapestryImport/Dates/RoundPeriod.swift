import Foundation

/// How `--round-by` splits a file into rounds by its timestamps.
public enum RoundPeriod: String, Sendable, CaseIterable {
    case month, quarter, year

    /// The label rows are given when no date can be read from them.
    public static let undated = "undated"

    /// The round label of a moment (UTC): `2026-03`, `2026-Q1` or `2026`.
    public func label(for date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        let year = parts.year!, month = parts.month!
        switch self {
        case .month: return String(format: "%04d-%02d", year, month)
        case .quarter: return "\(year)-Q\((month - 1) / 3 + 1)"
        case .year: return String(year)
        }
    }
}
