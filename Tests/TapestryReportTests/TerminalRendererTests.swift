import Testing
import TapestryReport

/// The terminal summary: golden files, no colour unless asked, and no control characters from
/// the input.
@Suite struct TerminalRendererTests {
    @Test func suppressedGroupsGolden() throws {
        try Snapshot.check(TerminalRenderer(colored: false).render(try ReportFixtures.assessment()), named: "mini-suppressed.txt")
    }

    @Test func openWorkshopGolden() throws {
        try Snapshot.check(TerminalRenderer(colored: false).render(try ReportFixtures.assessment(minimumGroupSize: 1)), named: "mini-open.txt")
    }

    @Test func inputCannotInjectEscapeSequences() throws {
        let text = TerminalRenderer(colored: false).render(try ReportFixtures.assessment(minimumGroupSize: 1))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Not anonymous"))
    }

    @Test func colourOnlyWhenAsked() throws {
        let colored = TerminalRenderer(colored: true).render(try ReportFixtures.assessment(minimumGroupSize: 1))
        let plain = TerminalRenderer(colored: false).render(try ReportFixtures.assessment(minimumGroupSize: 1))
        #expect(colored != plain || !colored.contains("\u{1B}["))
    }
}
