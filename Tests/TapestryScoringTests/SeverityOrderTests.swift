import Testing
import TapestryScoring

/// The one order reports list findings in: most serious first, stable within a severity.
@Suite struct SeverityOrderTests {
    @Test func mostSeriousFirstKeepsFileOrderWithinASeverity() {
        let findings = [
            Finding(severity: .info, file: "a", line: 1, message: "n1"),
            Finding(severity: .warning, file: "a", line: 2, message: "w1"),
            Finding(severity: .info, file: "a", line: 3, message: "n2"),
            Finding(severity: .error, file: "a", line: 4, message: "e1"),
            Finding(severity: .warning, file: "b", line: 1, message: "w2"),
            Finding(severity: .info, file: "b", line: 2, message: "n3"),
        ]
        #expect(Finding.mostSeriousFirst(findings).map(\.message) == ["e1", "w1", "w2", "n1", "n2", "n3"])
        #expect(Finding.mostSeriousFirst([Finding]()).isEmpty)
    }
}
