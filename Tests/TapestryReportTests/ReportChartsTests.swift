import Foundation
import Testing
@testable import TapestryReport
import TapestryScoring

/// The charts draw what the report model says: its thresholds, its words, its shares; and
/// every point of any scale gets a colour of its own.
@Suite struct ReportChartsTests {
    static func model() throws -> ReportModel {
        try MarkdownFixtures.model(try MarkdownReportTests.cases()[2].assessment)
    }

    /// The `<rect>`s and `<text>`s of a drawing, in order, with their attributes.
    static func elements(_ svg: String, _ name: String) -> [(attributes: [String: String], text: String)] {
        let pattern = name == "text" ? #/<text ([^>]*)>([^<]*)</text>/# : #/<rect ([^>]*?)/?>()/#
        return svg.matches(of: pattern).map { match in
            var attributes: [String: String] = [:]
            for pair in String(match.output.1).matches(of: #/([a-z-]+)="([^"]*)"/#) { attributes[String(pair.output.1)] = String(pair.output.2) }
            return (attributes, String(match.output.2))
        }
    }

    @Test func thresholdsAreTheModels() throws {
        var model = try Self.model()
        model.thresholds.concernHealth = 40
        model.thresholds.strengthHealth = 80
        let charts = ReportCharts(model, round: try #require(model.latest))
        let bars = charts.areas.document.rendered()
        #expect(bars.contains(">concern below 40</text>") && bars.contains(">strength from 80</text>"))
        #expect(bars.contains("dashed lines: concern below 40, strength from 80</text>"))
        #expect(!bars.contains("below 50") && !bars.contains("from 75"))
        // Dashed lines at 40 and 80 on a 360-wide plot that starts at 300: x = 444 and 588,
        // from just above the first bar (96 − 10) to just below the last (96 + 5 × 26 + 6).
        for x in ["444", "588"] {
            #expect(bars.contains("<line x1=\"\(x)\" y1=\"86\" x2=\"\(x)\" y2=\"232\" stroke=\"#222222\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"), "\(x)")
        }
        #expect(!bars.contains("<line x1=\"480\" y1=\"86\""), "no line at the default 50")
        let radar = try #require(charts.radar).document.rendered()
        #expect(radar.contains("dashed rings: 40 = concern, 80 = strength"))
        let view = ReportViewModel(model, round: try #require(model.latest), charts: charts, jsonLink: false)
        #expect(view.barChart.alt.contains("with the concern (40) and strength (80) thresholds"))
        // The trend's dashed lines, on a 300-high plot from 70: 40 at 250, 80 at 130.
        var trendModel = try PriorityTests.model()
        trendModel.thresholds.concernHealth = 40
        trendModel.thresholds.strengthHealth = 80
        let latest = try #require(trendModel.latest)
        let trend = try #require(ReportCharts(trendModel, round: latest).trend).document.rendered()
        for y in ["250", "130"] {
            #expect(trend.contains("<line x1=\"60\" y1=\"\(y)\" x2=\"580\" y2=\"\(y)\" stroke=\"#888888\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>"), "\(y)")
        }
    }

    @Test func barsAreColouredByTheirBand() throws {
        let model = try Self.model()
        let round = try #require(model.latest)
        let svg = ReportCharts(model, round: round).areas.document.rendered()
        // The bars are the rects that start at the plot's left edge (300), one per area, in order.
        let bars = Self.elements(svg, "rect").filter { $0.attributes["x"] == "300" }
        #expect(bars.count == round.areas.count)
        let expected: [Band?: String] = [.strength: "#542788", .borderline: "#b2abd2", .concern: "url(#dimensions-concern)"]
        #expect(Set(round.areas.map(\.band)).count >= 2, "the fixture shows more than one band")
        for (bar, area) in zip(bars, round.areas) {
            #expect(bar.attributes["fill"] == expected[area.band], "\(area.title): \(bar.attributes)")
            // Its length is its health on the 360-wide plot.
            let health = try #require(area.health)
            #expect(abs((Double(bar.attributes["width"] ?? "") ?? -1) - 3.6 * health) <= 0.05, "\(area.title)")
        }
        // The legend shows each band's colour beside its word.
        let texts = Self.elements(svg, "text").map(\.text)
        for word in ["strength", "borderline", "concern"] { #expect(texts.contains(word), "\(word)") }
        let swatches = Self.elements(svg, "rect").filter { $0.attributes["y"] == "58" }.map { $0.attributes["fill"] ?? "" }
        #expect(swatches == ["#542788", "#b2abd2", "url(#dimensions-concern)"])
    }

    @Test func statementsAreLabelledInTheModelsWords() throws {
        let model = try Self.model()
        let charts = ReportCharts(model, round: try #require(model.latest))
        let statements = charts.statements.document.rendered()
        #expect(statements.contains(">A few decide for all. (worded the other way; mirrored)</text>"))
        #expect(statements.contains(">It costs too much time. (mirrored)</text>"))
        #expect(statements.contains(">Drawbacks — agreeing means a cost to members</text>"))
        #expect(statements.contains(">Every voice counts.</text>"))
        // The legend says which way mirrored bars are read.
        #expect(statements.contains(">Mirrored:</text>") && statements.contains(">As answered:</text>"))
        // A chart of only mirrored bars (the drawbacks') has only the mirrored row; one
        // without any has the answers' labels alone.
        let drawbacks = charts.statementsByArea[4].rendered(), benefits = charts.statementsByArea[3].rendered()
        #expect(drawbacks.contains(">Mirrored:</text>") && !drawbacks.contains(">As answered:</text>"))
        #expect(!benefits.contains(">Mirrored:</text>") && !benefits.contains(">As answered:</text>") && benefits.contains(">Strongly agree</text>"))
        // One compact chart per area, in the round's order, each with its own ids.
        #expect(charts.statementsByArea.count == model.latest?.areas.count)
        #expect(charts.statementsByArea.map(\.id) == ["statements-1", "statements-2", "statements-3", "statements-4", "statements-5"])
        // The caption says what was turned round.
        #expect(model.latest?.mirroredSentence?.hasSuffix("mirrored, with disagreeing on the right: 1 statement worded the other way and the 2 statements of Drawbacks.") == true)
    }

    @Test func aLongStatementIsWrittenWholeOverSeveralLines() throws {
        let text = (1...29).map { "wordy\($0 % 10)" }.joined(separator: " ")
        #expect(text.count >= 200 && text.count < 260)
        let statement = ReportModel.Statement(Item(id: "X", text: text, reverse: true),
                                              statistics: ItemStatistics(id: "X", reverse: true, n: 2, mean: 2, sd: 1, counts: [1, 0, 1, 0, 0], missing: 0),
                                              polarity: .positive)
        let label = ReportCharts.label(statement)
        #expect(label == text + " (worded the other way; mirrored)")
        for title: String? in ["All", nil] {
            let svg = AgreementChartSVG.render(id: "t", title: title, labels: MarkdownFixtures.scale.labels, sections: [
                AgreementChartSVG.Section(title: "s", note: nil, statements: [AgreementChartSVG.Statement(label: label, statistics: statement.statistics, mirrored: true)]),
            ]).rendered()
            let texts = Self.elements(svg, "text").map(\.text)
            let first = try #require(texts.firstIndex { label.hasPrefix($0 + " ") })
            var lines = [texts[first]]
            while lines.joined(separator: " ").count < label.count { lines.append(texts[first + lines.count]) }
            #expect(lines.joined(separator: " ") == label, "\(String(describing: title))")
            #expect(lines.count >= 4 && lines.allSatisfy { $0.count <= 70 }, "\(lines)")
            // The row is tall enough for its lines: the chart's height grows with them.
            let height = try #require(svg.firstMatch(of: #/<svg [^>]*height="([0-9.]+)"/#)).output.1
            #expect((Double(height) ?? 0) > Double(lines.count) * 13)
        }
    }

    @Test func aStatementWhereAgreeingIsLessHealthyIsMirrored() throws {
        let model = try MarkdownFixtures.model(try MarkdownReportTests.cases()[2].assessment)
        let equality = try #require(model.latest?.areas.first)
        let drawbacks = try #require(model.latest?.areas.last)
        // The mirrored ones are exactly those where agreeing is the less healthy answer.
        #expect(ReportCharts.section(equality).statements.map(\.mirrored) == [false, true])
        #expect(ReportCharts.section(drawbacks).statements.map(\.mirrored) == [true, true])
        // Three of four disagree strongly, one disagrees: healthy for a statement worded the
        // other way. Mirrored, the 75% of "strongly disagree" is drawn right of the centre
        // (630), after the 25% of "disagree" (210 × 0.25 = 52.5 wide), in the healthiest
        // colour; as answered it would be drawn left, in the least healthy one.
        let statistics = ItemStatistics(id: "X", reverse: true, n: 4, mean: 1.25, sd: 0.5, counts: [3, 1, 0, 0, 0], missing: 0)
        func bars(mirrored: Bool) -> [[String: String]] {
            let svg = AgreementChartSVG.render(id: "t", title: "t", labels: MarkdownFixtures.scale.labels, sections: [
                AgreementChartSVG.Section(title: "s", note: nil, statements: [AgreementChartSVG.Statement(label: "x", statistics: statistics, mirrored: mirrored)]),
            ]).rendered()
            return Self.elements(svg, "rect").map(\.attributes).filter { ($0["width"] ?? "0") != "0" && $0["height"] == "14" }
        }
        let healthy = ChartPalette.answers.last!, unhealthy = ChartPalette.answers.first!
        let mirrored = bars(mirrored: true)
        #expect(mirrored.map { $0["x"] ?? "" } == ["630", "682.5"])
        #expect(mirrored.map { $0["width"] ?? "" } == ["52.5", "157.5"])
        #expect(mirrored.map { $0["fill"] ?? "" } == [ChartPalette.answers[3], healthy])
        let asAnswered = bars(mirrored: false)
        #expect(asAnswered.map { $0["x"] ?? "" } == ["420", "577.5"])
        #expect(asAnswered.first?["fill"] == unhealthy)
    }

    @Test func theDivergingBarsAreTheStatementsShares() throws {
        // 1 strongly disagrees, 1 is neutral, 2 agree: 25% left of the centre plus half the
        // neutral 25%, so the bar starts 37.5% of the half-width (210) left of the centre (630),
        // at 551.25, written with one decimal; its row's middle is at 143 (below the legend, the
        // note and the heading row), so the 14-high bar starts at 136.
        let statistics = ItemStatistics(id: "X", reverse: false, n: 4, mean: 3.25, sd: 1.5, counts: [1, 0, 1, 2, 0], missing: 0)
        let svg = AgreementChartSVG.render(id: "t", title: "t", labels: ["1", "2", "3", "4", "5"], sections: [
            AgreementChartSVG.Section(title: "s", note: nil, statements: [AgreementChartSVG.Statement(label: "x", statistics: statistics)]),
        ]).rendered()
        #expect(svg.contains("<rect x=\"551.3\" y=\"136\" width=\"52.5\""))
        #expect(svg.contains(">50</text>") && svg.contains(">25</text>"))
    }

    @Test func trendLinesHaveColoursOfTheirOwnAndLabelsThatDoNotOverlap() throws {
        // Seven lines ending at the same value: every one its own colour, and labels at least
        // 14 apart, centred on where they want to be.
        let series = (0..<7).map { ReportModel.Series(name: "Line \($0)", values: [40, 60]) }
        let svg = LineChartSVG.render(id: "trend", title: "t", rounds: ["Q1", "Q2"], series: series, thresholds: try Self.model().thresholds).rendered()
        let dots = Self.elements(svg.replacingOccurrences(of: "<circle", with: "<rect"), "rect").compactMap { $0.attributes["fill"] }
        #expect(Set(dots.filter { $0 != "#ffffff" }).count == 7)
        #expect(Set(ChartPalette.lines).count == ChartPalette.lines.count && !ChartPalette.lines.contains("#f0e442"))
        let labels = Self.elements(svg, "text").filter { $0.text.hasPrefix("Line ") }
        #expect(labels.map(\.text) == (0..<7).map { "Line \($0) 60" })
        let ys = labels.compactMap { Double($0.attributes["y"] ?? "") }.sorted()
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $1 - $0 >= 13.95 })
        // 60 on a 300-high plot from 70 is at 190; baselines 4 lower, centred: 194 ± 3 × 14.
        #expect(ys.first == 152 && ys.last == 236)
        #expect(LineChartSVG.nudge([100, 100, 100], spacing: 14, lowest: 0, highest: 500) == [86, 100, 114])
        #expect(LineChartSVG.nudge([10, 300], spacing: 14, lowest: 0, highest: 500) == [10, 300])
        #expect(LineChartSVG.nudge([5, 5], spacing: 14, lowest: 4, highest: 500) == [4, 18])
    }

    @Test func everyPointOfAScaleHasAColourOfItsOwn() {
        #expect(AgreementChartSVG.colours(for: 5) == ChartPalette.answers)
        for points in 2...11 {
            let colours = AgreementChartSVG.colours(for: points)
            #expect(colours.count == points && Set(colours).count == points, "\(points): \(colours)")
            #expect(colours.first == ChartPalette.answers.first && colours.last == ChartPalette.answers.last, "\(points)")
            if points % 2 == 1 { #expect(colours[points / 2] == ChartPalette.answers[2], "\(points)") }
        }
        #expect(AgreementChartSVG.blend("#000000", "#ffffff", 0.5) == "#808080")
    }

    @Test func inlineDrawingsHaveNoDeclarationAndNoAddress() throws {
        let model = try Self.model()
        let charts = ReportCharts(model, round: try #require(model.latest))
        for chart in charts.all {
            let inline = chart.document.inline()
            #expect(inline.hasPrefix("<svg width="))
            #expect(!inline.contains("<?xml") && !inline.contains("http"))
            #expect(chart.document.rendered() == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + inline.replacingOccurrences(of: "<svg width=", with: "<svg xmlns=\"http://www.w3.org/2000/svg\" width="))
        }
        #expect(SVGDocument.escape("a<b>&\"'\u{0}\u{FFFE}\n") == "a&lt;b&gt;&amp;&quot;&apos;   ")
    }
}
