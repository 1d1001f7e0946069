import Foundation

/// Reads the timestamps platforms write: ISO (`2026-09-08 14:28:27`, `2026-09-08T14:28:27.000-05:00`),
/// slashed dates month first or day first (`9/8/2026 14:28:27`, `09/08/2026 02:28:27 PM`,
/// `1/15/24 10:20`), and dotted dates day first (`08.09.2026 14:28`). A column is read day
/// first when any of its slashed dates has a first part above 12. Times are taken as UTC,
/// or by their offset when one is written.
public struct TimestampParser: Sendable {
    /// Whether slashed dates put the day first.
    public var dayFirst: Bool

    /// A parser for a column whose sample values are `sample`.
    public init(sample: [String]) {
        dayFirst = sample.contains { value in
            guard let match = Self.slashed.firstMatch(in: value) else { return false }
            return Int(match[0]).map { $0 > 12 } ?? false
        }
    }

    /// The moment `text` names, or nil if it is not a timestamp.
    public func parse(_ text: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        var offset = 0
        var rest = ""
        if let match = Self.iso.firstMatch(in: text) {
            (year, month, day) = (Int(match[0]) ?? 0, Int(match[1]) ?? 0, Int(match[2]) ?? 0)
            rest = match[3]
        } else if let match = Self.slashed.firstMatch(in: text) {
            let first = Int(match[0]) ?? 0, second = Int(match[1]) ?? 0
            (month, day) = dayFirst ? (second, first) : (first, second)
            year = Int(match[2]) ?? 0
            rest = match[3]
        } else if let match = Self.dotted.firstMatch(in: text) {
            (day, month, year) = (Int(match[0]) ?? 0, Int(match[1]) ?? 0, Int(match[2]) ?? 0)
            rest = match[3]
        } else {
            return nil
        }
        if year < 100 { year += 2000 }
        if let time = Self.time.firstMatch(in: rest) {
            hour = Int(time[0]) ?? 0
            minute = Int(time[1]) ?? 0
            second = Int(time[2]) ?? 0
            let meridiem = time[3].uppercased()
            if meridiem == "PM" && hour < 12 { hour += 12 }
            if meridiem == "AM" && hour == 12 { hour = 0 }
            if let zone = Self.zone.firstMatch(in: time[4]) {
                let sign = zone[0] == "-" ? -1 : 1
                offset = sign * ((Int(zone[1]) ?? 0) * 3600 + (Int(zone[2]) ?? 0) * 60)
            }
        }
        guard (1...12).contains(month), (1...31).contains(day), (1900...2200).contains(year),
              hour < 24, minute < 60, second < 61 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        // Calendar rolls impossible dates over (30 February becomes 2 March): refuse those.
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month else { return nil }
        return date.addingTimeInterval(TimeInterval(-offset))
    }

    private static let iso = Pattern(#"^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$"#)
    private static let slashed = Pattern(#"^(\d{1,2})/(\d{1,2})/(\d{2,4})(.*)$"#)
    private static let dotted = Pattern(#"^(\d{1,2})\.(\d{1,2})\.(\d{2,4})(.*)$"#)
    private static let time = Pattern(#"^[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AaPp][Mm])?(.*)$"#)
    private static let zone = Pattern(#"^\s*(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})"#)
}

/// A compiled regular expression that returns its capture groups as strings ("" when a group
/// did not take part).
struct Pattern: @unchecked Sendable {
    private let expression: NSRegularExpression

    init(_ pattern: String) {
        expression = try! NSRegularExpression(pattern: pattern)
    }

    func firstMatch(in text: String) -> [String]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range) else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
