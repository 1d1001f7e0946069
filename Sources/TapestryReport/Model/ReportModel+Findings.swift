import TapestryScoring

extension ReportModel {
    /// What import noticed, most serious first, and a sentence that counts it.
    public struct Findings: Sendable {
        /// Every finding, most serious first.
        public var all: [Finding]
        /// "3 findings: 2 warnings, 1 note." or "No findings: every value was read as expected."
        public var summary: String
        /// How many of each severity, as "2 warnings, 1 note" (errors first).
        public var counts: String

        /// "… and 12 more, listed in the JSON (--format json)." when only `shown` are listed.
        public func more(afterShowing shown: Int) -> String? {
            all.count > shown ? "… and \(all.count - shown) more, listed in the JSON (--format json)." : nil
        }

        /// The word for a finding's severity in reports ("note" for info).
        public static func severity(_ finding: Finding) -> String {
            finding.severity == .info ? "note" : finding.severity.rawValue
        }
    }
}
