import TapestryScoring

/// A horizontal bar chart of every dimension's health (0–100): each bar coloured by its band
/// (with a legend), the concern and strength thresholds drawn as lines, each bar's value and
/// band written at its end, and long area names wrapped rather than cut.
enum BarChartSVG {
    struct Bar {
        var label: String
        /// Health on 0–100; nil when not scored.
        var value: Double?
        /// The band, for the bar's colour.
        var band: Band?
        /// The band in words, written at the bar's end.
        var bandWord: String
    }

    static func render(id: String, title: String, bars: [Bar], thresholds: BandThresholds) -> SVGDocument {
        let labelWidth = 300.0
        let plotWidth = 360.0
        let top = 96.0
        let rows = bars.map { bar in
            let lines = TextWrap.lines(bar.label, width: labelWidth - 24, size: 12)
            return (lines: lines, height: max(26, Double(lines.count) * 15 + 8))
        }
        let plotBottom = top + rows.reduce(0) { $0 + $1.height } // layout, not a statistic
        let height = plotBottom + 50
        var svg = SVGDocument(id: id, width: labelWidth + plotWidth + 130, height: height, title: title,
                              description: bars.map { "\($0.label): \($0.value.map(ReportNumbers.health) ?? "no score") (\($0.bandWord))" }
                                  .joined(separator: "; "))
        let hatch = svg.hatchPattern(name: "concern", color: ChartPalette.concernBase)
        svg.text(title, x: 16, y: 28, size: 16, weight: "bold")
        svg.text("health 0–100, higher is healthier (drawbacks flipped); dashed lines: \(thresholds.healthLegend)",
                 x: 16, y: 48, size: 11, fill: "#555555")
        // The legend: one swatch per band, in the colours of the bars.
        var legendX = 16.0
        for band in [Band.strength, .borderline, .concern] {
            svg.rect(x: legendX, y: 58, width: 14, height: 12, fill: ChartPalette.band(band, hatch: hatch), stroke: ChartPalette.ink)
            let word = ReportWords.band(band)
            svg.text(word, x: legendX + 19, y: 68, size: 11)
            legendX += 19 + Double(word.count) * 6.4 + 18
        }
        let x = { (value: Double) in labelWidth + plotWidth * value / 100 }
        for tick in stride(from: 0.0, through: 100.0, by: 25.0) {
            svg.line(x1: x(tick), y1: top - 6, x2: x(tick), y2: plotBottom + 6, stroke: ChartPalette.grid)
            svg.text(ReportNumbers.health(tick), x: x(tick), y: plotBottom + 20, size: 10, anchor: .middle, fill: "#555555")
        }
        var y = top
        for (bar, row) in zip(bars, rows) {
            let middle = y + row.height / 2
            let firstBaseline = middle - Double(row.lines.count - 1) * 15 / 2 + 4
            for (number, line) in row.lines.enumerated() {
                svg.text(line, x: labelWidth - 8, y: firstBaseline + Double(number) * 15, size: 12, anchor: .end)
            }
            if let value = bar.value {
                svg.rect(x: labelWidth, y: middle - 9, width: plotWidth * value / 100, height: 18,
                         fill: ChartPalette.band(bar.band, hatch: hatch), stroke: ChartPalette.ink)
                svg.text("\(ReportNumbers.health(value)) \(bar.bandWord)", x: x(100) + 10, y: middle + 4, size: 11)
            } else {
                svg.text(ReportWords.notScored, x: labelWidth + 6, y: middle + 4, size: 11, fill: "#777777")
            }
            y += row.height
        }
        for (threshold, label) in [(thresholds.concernHealth, "concern below"), (thresholds.strengthHealth, "strength from")] {
            svg.line(x1: x(threshold), y1: top - 10, x2: x(threshold), y2: plotBottom + 6, stroke: ChartPalette.ink, width: 1.5, dashed: true)
            svg.text("\(label) \(ReportNumbers.plain(threshold))", x: x(threshold), y: top - 14, size: 10, anchor: .middle)
        }
        svg.text("health (0–100)", x: labelWidth + plotWidth / 2, y: height - 12, size: 11, anchor: .middle)
        return svg
    }
}
