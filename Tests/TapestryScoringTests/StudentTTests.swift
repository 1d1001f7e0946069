import Testing
import TapestryScoring

/// The t quantile against published table values (to the digits printed in the tables).
@Suite struct StudentTTests {
    @Test(arguments: [
        (1.0, 12.706_204_736_174_7),
        (2.0, 4.302_652_729_749_46),
        (4.0, 2.776_445_105_197_8),
        (5.0, 2.570_581_836_614_74),
        (10.0, 2.228_138_851_986_27),
        (30.0, 2.042_272_456_301_24),
        (100.0, 1.983_971_518_523_55),
        (1_000_000.0, 1.959_966_),
    ])
    func quantile975(degreesOfFreedom: Double, expected: Double) {
        #expect(close(StudentT.quantile(0.975, degreesOfFreedom: degreesOfFreedom), expected, 1e-6))
    }

    @Test func quantile95AndLowerTail() {
        #expect(close(StudentT.quantile(0.95, degreesOfFreedom: 4), 2.131_846_786, 1e-8))
        #expect(close(StudentT.quantile(0.025, degreesOfFreedom: 10), -2.228_138_852, 1e-8))
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 3) == 0)
    }

    @Test func fractionalDegreesOfFreedomLieBetweenTheirNeighbours() {
        // Welch's test gives fractional df; the quantile must fall between the integer ones.
        let value = StudentT.quantile(0.975, degreesOfFreedom: 7.5)
        #expect(value < StudentT.quantile(0.975, degreesOfFreedom: 7))
        #expect(value > StudentT.quantile(0.975, degreesOfFreedom: 8))
    }

    @Test func cdfInvertsTheQuantile() {
        for df in [1.0, 3, 12.4, 60] {
            for p in [0.6, 0.9, 0.975, 0.999] {
                #expect(close(StudentT.cdf(StudentT.quantile(p, degreesOfFreedom: df), degreesOfFreedom: df), p, 1e-12))
            }
        }
        // t = 1 with 1 df: 1/2 + atan(1)/π = 0.75 exactly.
        #expect(close(StudentT.cdf(1, degreesOfFreedom: 1), 0.75))
    }
}
