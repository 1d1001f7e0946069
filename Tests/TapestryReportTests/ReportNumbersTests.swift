import Testing
import TapestryReport

/// How every report writes numbers: halves away from zero (as Excel shows them), never a
/// negative zero, a typographic minus on signed differences.
@Suite struct ReportNumbersTests {
    @Test(arguments: [
        (0.725, "73%"), (0.125, "13%"), (0.5, "50%"), (0.0049, "0%"), (1.0, "100%"), (2.0 / 3, "67%"),
    ])
    func percentsRoundHalvesUp(share: Double, text: String) {
        #expect(ReportNumbers.percent(share) == text)
    }

    @Test func scoresAndHealth() {
        #expect(ReportNumbers.score(3.125) == "3.13")
        #expect(ReportNumbers.score(3.0) == "3.00")
        #expect(ReportNumbers.health(62.5) == "63")
        #expect(ReportNumbers.health(nil) == "–")
        // Never rounded up onto a band threshold it is below.
        #expect(ReportNumbers.health(74.75) == "74.7")
        #expect(ReportNumbers.health(74.5) == "74.5")
        #expect(ReportNumbers.health(49.96) == "49.9")
        #expect(ReportNumbers.health(75.0) == "75")
        #expect(ReportNumbers.health(74.4) == "74")
    }

    @Test func noNegativeZero() {
        #expect(ReportNumbers.score(-0.001) == "0.00")
        #expect(ReportNumbers.health(-0.4) == "0")
        #expect(ReportNumbers.signed(-0.004) == "0.00")
        #expect(ReportNumbers.signed(-0.04, decimals: 1) == "0.0")
        #expect(ReportNumbers.interval(-0.001, 0.3) == "0.00–0.30")
    }

    @Test func signedAndIntervals() {
        #expect(ReportNumbers.signed(0.4) == "+0.40")
        #expect(ReportNumbers.signed(-1.2) == "−1.20")
        #expect(ReportNumbers.signed(-2.55, decimals: 1) == "−2.6")
        #expect(ReportNumbers.interval(2.9, 3.6) == "2.90–3.60")
        #expect(ReportNumbers.interval(-0.2, 0.4) == "−0.20 to 0.40")
    }
}
