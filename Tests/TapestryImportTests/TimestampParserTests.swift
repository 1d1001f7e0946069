import Foundation
import Testing
import TapestryImport

/// The timestamps platforms write, read as UTC moments.
@Suite struct TimestampParserTests {
    static func iso(_ date: Date?) -> String? {
        guard let date else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    @Test(arguments: [
        ("2026-09-08 14:28:27", "2026-09-08T14:28:27Z"),
        ("2026-09-08T14:28:27.000-05:00", "2026-09-08T19:28:27Z"),
        ("9/8/2026 14:28:27", "2026-09-08T14:28:27Z"),
        ("09/08/2026 02:28:27 PM", "2026-09-08T14:28:27Z"),
        ("09/08/2026 12:05:00 AM", "2026-09-08T00:05:00Z"),
        ("1/15/24 10:20", "2024-01-15T10:20:00Z"),
        ("08.09.2026 14:28", "2026-09-08T14:28:00Z"),
        ("2026-09-08", "2026-09-08T00:00:00Z"),
    ])
    func monthFirst(text: String, expected: String) {
        #expect(Self.iso(TimestampParser(sample: []).parse(text)) == expected)
    }

    @Test func aDayAbove12MakesTheColumnDayFirst() {
        let parser = TimestampParser(sample: ["15/01/2024 10:23:45", "03/02/2024 09:00:00"])
        #expect(parser.dayFirst)
        #expect(Self.iso(parser.parse("03/02/2024 09:00:00")) == "2024-02-03T09:00:00Z")
    }

    @Test(arguments: ["", "[not completed]", "13/13/2026 10:00", "yesterday", "2026-02-30 10:00"])
    func notTimestamps(text: String) {
        #expect(TimestampParser(sample: []).parse(text) == nil)
    }
}
