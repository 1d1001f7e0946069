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

    @Test func thresholdsAreTheModels() throws {
        var model = try Self.model()
        model.thresholds.concernHealth = 40
        model.thresholds.strengthHealth = 80
        let charts = ReportCharts(model, round: try #require(model.latest))
        let bars = charts.areas.document.rendered()
        #expect(bars.contains(">concern below 40</text>") && bars.contains(">strength from 80</text>"))
        #expect(!bars.contains("below 50") && !bars.contains("from 75"))
        // The dashed line at 40 on a 360-wide plot that starts at 300.
        #expect(bars.contains("<line x1=\"444\" y1=\"60\" x2=\"444\""))
        let radar = try #require(charts.radar).document.rendered()
        #expect(radar.contains("dashed rings: 40 = concern, 80 = strength"))
        let view = ReportViewModel(model, round: try #require(model.latest), charts: charts, jsonLink: false)
        #expect(view.barChart.alt.contains("with the concern (40) and strength (80) thresholds"))
    }

    @Test func statementsAreLabelledInTheModelsWords() throws {
        let model = try Self.model()
        let charts = ReportCharts(model, round: try #require(model.latest))
        let statements = charts.statements.document.rendered()
        #expect(statements.contains(">A few decide for all. (worded the other way)</text>"))
        #expect(statements.contains(">Drawbacks — agreeing means a cost to members</text>"))
        // Labels are cut to fit, the note kept whole.
        let long = ReportModel.Statement(Item(id: "X", text: String(repeating: "word ", count: 40), reverse: true),
                                         statistics: ItemStatistics(id: "X", reverse: true, n: 0, mean: nil, sd: nil, counts: [0, 0, 0, 0, 0], missing: 0),
                                         polarity: .positive)
        let label = ReportCharts.label(long, length: 50)
        #expect(label.count == 50 && label.hasSuffix("… (worded the other way)"))
        // One compact chart per area, in the round's order, each with its own ids.
        #expect(charts.statementsByArea.count == model.latest?.areas.count)
        #expect(charts.statementsByArea.map(\.id) == ["statements-1", "statements-2", "statements-3", "statements-4", "statements-5"])
    }

    @Test func theDivergingBarsAreTheStatementsShares() throws {
        // 1 strongly disagrees, 1 is neutral, 2 agree: 25% left of the centre plus half the
        // neutral 25%, so the bar starts 37.5% of the half-width (210) left of the centre (630),
        // at 551.25, written with one decimal.
        let statistics = ItemStatistics(id: "X", reverse: false, n: 4, mean: 3.25, sd: 1.5, counts: [1, 0, 1, 2, 0], missing: 0)
        let svg = AgreementChartSVG.render(id: "t", title: "t", labels: ["1", "2", "3", "4", "5"], sections: [
            AgreementChartSVG.Section(title: "s", note: nil, statements: [AgreementChartSVG.Statement(label: "x", statistics: statistics)]),
        ]).rendered()
        #expect(svg.contains("<rect x=\"551.3\" y=\"119\" width=\"52.5\""))
        #expect(svg.contains(">50</text>") && svg.contains(">25</text>"))
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
