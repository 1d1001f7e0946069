import Foundation
import Testing
import TapestryImport
import TapestryReport
import TapestryScoring

/// The terminal summary: golden files, no colour unless asked, no control characters from the
/// input, and numbers only as the report model's ``ReportNumbers`` writes them.
@Suite struct TerminalRendererTests {
    /// The report model of `assessment`, as `assess` builds it.
    static func model(_ assessment: Assessment) throws -> ReportModel {
        ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: "test")
    }

    static func render(_ assessment: Assessment, colored: Bool = false) throws -> String {
        TerminalRenderer(colored: colored).render(try model(assessment))
    }

    @Test func suppressedGroupsGolden() throws {
        try Snapshot.check(try Self.render(try ReportFixtures.assessment()), named: "mini-suppressed.txt")
    }

    @Test func openWorkshopGolden() throws {
        try Snapshot.check(try Self.render(try ReportFixtures.assessment(minimumGroupSize: 1)), named: "mini-open.txt")
    }

    @Test func inputCannotInjectEscapeSequences() throws {
        let text = try Self.render(try ReportFixtures.assessment(minimumGroupSize: 1))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Groups as small as 1 are shown: this comparison is not anonymous."))
    }

    @Test func colourOnlyWhenAsked() throws {
        let colored = try Self.render(try ReportFixtures.assessment(minimumGroupSize: 1), colored: true)
        let plain = try Self.render(try ReportFixtures.assessment(minimumGroupSize: 1))
        #expect(!plain.contains("\u{1B}["))
        // Rainbow itself leaves colour out when standard output is not a terminal, as in tests.
        #expect(colored != plain || !colored.contains("\u{1B}["))
    }

    /// The areas table calls the favourable share "At strength", never "Agree" (which means the
    /// share of answers above the midpoint everywhere else).
    @Test func theAreasTableSaysAtStrengthNotAgree() throws {
        let text = try Self.render(try ReportFixtures.assessment())
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("  Area ") })
        #expect(header.contains("At strength"))
        #expect(!text.contains("Agree"))
        // Trust: 3 of the 7 members' own scores reach 4 (hand-counted from the fixture), 43%.
        let trust = try #require(text.split(separator: "\n").first { $0.hasPrefix("  Trust ") })
        #expect(trust.split(separator: " ").contains("43%"))
    }

    /// Two rounds of the same answers, each change then set to a fall too small to show: the
    /// terminal prints it as 0.00 (0.0 for the health index), never "-0.00".
    static func tinyFall() throws -> Assessment {
        let instrument = ReportFixtures.instrument
        let options = ScoringOptions(minimumGroupSize: 5)
        var builder = AssessmentBuilder(instrument: instrument)
        let reader = ExportReader(instrument: instrument, options: ImportOptions(groupBy: "team"))
        for round in ["2026-Q1", "2026-Q2"] {
            let file = try SurveyFile(data: Data(ReportFixtures.csv.utf8), path: "\(round).csv", instrument: instrument)
            _ = try reader.read(file, defaultRound: round, into: &builder)
        }
        var assessment = Assessment(instrument: instrument, coalition: nil, options: options,
                                    rounds: builder.results(options: options), findings: [])
        assessment.changes = assessment.changes.map { change in
            var change = change
            let isIndex = change.dimension == ChangeResult.healthIndex
            change.difference = change.difference.map { _ in isIndex ? -0.04 : -0.004 }
            change.ci95 = change.difference.map { _ in ConfidenceInterval(lower: -0.3, upper: isIndex ? -0.04 : -0.004) }
            change.direction = .unclear
            return change
        }
        return assessment
    }

    @Test func aChangeThatRoundsToZeroHasNoMinus() throws {
        let assessment = try Self.tinyFall()
        #expect(assessment.changes.filter { $0.difference != nil }.count >= 3)
        let text = try Self.render(assessment)
        #expect(!text.contains("-0.0") && !text.contains("−0.0"), "\(text)")
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0 == "Change" })
        let rows = lines[start...].map { $0.split(separator: " ").map(String.init) }
        let index = try #require(rows.first { $0.starts(with: ["since", "2026-Q1,", "the", "previous", "round"]) })
        #expect(index[5...] == ["0.0", "−0.3", "to", "0.0", "no", "clear", "change"])
        let trust = try #require(rows.first { $0.first == "Trust" })
        #expect(trust[1...] == ["0.00", "−0.30", "to", "0.00", "no", "clear", "change"])
    }

    /// The summary opens with the headline's sentences as the model words them, each starting a
    /// line, wrapped only at spaces (further lines indented), right under the title.
    @Test func theHeadlineComesFirst() throws {
        let model = try Self.model(try Self.tinyFall())
        let lines = TerminalRenderer(colored: false, width: 80).render(model).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Partnership health check")
        var sentences: [String] = []
        for line in lines.dropFirst().prefix(while: { !$0.isEmpty }) {
            if line.hasPrefix(" ") { sentences[sentences.count - 1] += " " + line.trimmingCharacters(in: .whitespaces) } else { sentences.append(line) }
        }
        #expect(model.headline.sentences.count >= 3)
        #expect(sentences == model.headline.sentences)
        #expect(sentences[1] == "Since 2026-Q1: 0.0 (no clear change).")
    }

    /// The change table has a band column only when some area crossed a threshold, and the
    /// health index's row is not repeated among the areas.
    @Test func theChangeTableHasNoEmptyColumn() throws {
        let assessment = try Self.tinyFall()
        let plain = try Self.render(assessment)
        let header = try #require(plain.split(separator: "\n").first { $0.hasPrefix("  Area ") && $0.contains("Change") })
        #expect(header.split(separator: " ") == ["Area", "Change", "95%", "CI", "What", "it", "shows"])
        #expect(!plain.split(separator: "\n").contains { $0.hasPrefix("  Health index ") && $0.contains("−0.3") })
        var crossed = assessment
        crossed.changes = crossed.changes.map { change in
            var change = change
            if change.dimension == "trust" { change.bandFrom = .concern; change.bandTo = .borderline }
            return change
        }
        let lines = try Self.render(crossed).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.split(separator: " ") == ["Area", "Change", "95%", "CI", "What", "it", "shows", "Band"] })
        let trust = try #require(lines.first { $0.hasPrefix("  Trust ") && $0.contains("→") })
        #expect(trust.hasSuffix("no clear change  concern → borderline"))
    }

    /// Many groups with long names, at 80 columns: the groups table splits into blocks of
    /// groups, every group is shown, no line is longer than 80 characters, and a name with a
    /// word too long for its column is cut with "…" rather than breaking the layout.
    @Test func manyGroupsSplitIntoBlocksThatFit() throws {
        let names = (1...9).map { "Neighbourhood association \($0)" } + [String(repeating: "W", count: 60)]
        var csv = "respondent,team,T1,T2,G1,G2,C1,C2,U1\n"
        for (index, name) in names.enumerated() {
            csv += "\(index * 2 + 1),\(name),4,2,5,4,2,1,\n\(index * 2 + 2),\(name),3,3,4,4,3,2,\n"
        }
        let instrument = ReportFixtures.instrument
        let options = ScoringOptions(minimumGroupSize: 1)
        var builder = AssessmentBuilder(instrument: instrument)
        let file = try SurveyFile(data: Data(csv.utf8), path: "many.csv", instrument: instrument)
        _ = try ExportReader(instrument: instrument, options: ImportOptions(groupBy: "team")).read(file, defaultRound: "2026-Q1", into: &builder)
        let assessment = Assessment(instrument: instrument, coalition: nil, options: options,
                                    rounds: builder.results(options: options), findings: [])
        let text = TerminalRenderer(colored: false, width: 80).render(try Self.model(assessment))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        let groups = try #require(lines.firstIndex { $0.hasPrefix("  Groups") })
        let blocks = lines[groups...].filter { $0.hasPrefix("  Area ") }.count
        #expect(blocks >= 2)
        let section = lines[groups...].joined(separator: "\n")
        for number in 1...9 { #expect(section.contains(" \(number)")) }
        #expect(section.components(separatedBy: "association").count - 1 == 9)
        #expect(section.contains("WWW…"))
        // At 200 columns the same table is one block.
        let wide = TerminalRenderer(colored: false, width: 200).render(try Self.model(assessment)).split(separator: "\n")
        #expect(wide.filter { $0.hasPrefix("  Area ") && $0.contains("Neighbourhood") }.count == 1)
        #expect(wide.allSatisfy { $0.count <= 200 })
    }

    /// Narrower than 80 is laid out at 80; paragraphs stop at 100 however wide the terminal.
    @Test func widthIsNeverBelowEighty() throws {
        let model = try Self.model(try ReportFixtures.assessment(minimumGroupSize: 1))
        let narrow = TerminalRenderer(colored: false, width: 20).render(model)
        #expect(narrow == TerminalRenderer(colored: false, width: 80).render(model))
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let wide = TerminalRenderer(colored: false, width: 300).render(model).split(separator: "\n")
        #expect(wide.allSatisfy { $0.count <= 100 } && wide.contains { $0.count > 90 })
    }
}

/// The plain-text table: fitted to a width by wrapping its first column at spaces (indenting
/// further lines) and wrapping headings, never a number.
@Suite struct TextTableTests {
    @Test func aTableWiderThanTheWidthWrapsItsFirstColumnAndHeadings() {
        var table = TextTable(alignments: [.left, .right, .right])
        table.rows = [["Area", "Score", "At strength"],
                      ["Drawbacks of membership (lower is better)", "2.77", "10%"],
                      ["Trust", "3.14", "43%"]]
        #expect(table.lines() == [
            "Area                                       Score  At strength",
            "Drawbacks of membership (lower is better)   2.77          10%",
            "Trust                                       3.14          43%",
        ])
        // 40 columns: the heading "At strength" wraps first (to its longest word, 8), then the
        // names take what is left (23), wrapped at a space with the further line indented.
        #expect(table.lines(width: 40) == [
            "Area                     Score        At",
            "                                strength",
            "Drawbacks of membership   2.77       10%",
            "  (lower is better)",
            "Trust                     3.14       43%",
        ])
        #expect(table.lines(width: 40).allSatisfy { $0.count <= 40 })
        #expect(table.fits(width: 40) && !table.fits(width: 10))
        // Narrower than any word: the words are cut, the numbers never.
        let cut = table.lines(width: 25)
        #expect(cut.allSatisfy { $0.count <= 25 }, "\(cut)")
        #expect(cut.contains { $0.contains("2.77") && $0.contains("10%") })
        #expect(cut.contains { $0.contains("…") })
    }
}
