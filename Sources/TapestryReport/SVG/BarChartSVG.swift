import TapestryScoring

/// A horizontal bar chart of every dimension's health (0–100), with the concern and strength
/// thresholds drawn and each bar's value and band written at its end.
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
        let rowHeight = 26.0
        let top = 70.0
        let height = top + Double(bars.count) * rowHeight + 50
        var svg = SVGDocument(id: id, width: labelWidth + plotWidth + 130, height: height, title: title,
                              description: bars.map { "\($0.label): \($0.value.map(ReportNumbers.health) ?? "no score") (\($0.bandWord))" }
                                  .joined(separator: "; "))
        let hatch = svg.hatchPattern(name: "concern", color: ChartPalette.concernBase)
        svg.text(title, x: 16, y: 28, size: 16, weight: "bold")
        svg.text("health 0–100, higher is healthier (drawbacks flipped)", x: 16, y: 48, size: 11, fill: "#555555")
        let x = { (value: Double) in labelWidth + plotWidth * value / 100 }
        for tick in stride(from: 0.0, through: 100.0, by: 25.0) {
            svg.line(x1: x(tick), y1: top - 6, x2: x(tick), y2: height - 44, stroke: ChartPalette.grid)
            svg.text(ReportNumbers.health(tick), x: x(tick), y: height - 30, size: 10, anchor: .middle, fill: "#555555")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            svg.text(bar.label, x: labelWidth - 8, y: y + 15, size: 12, anchor: .end)
            if let value = bar.value {
                svg.rect(x: labelWidth, y: y + 3, width: plotWidth * value / 100, height: rowHeight - 8,
                         fill: ChartPalette.band(bar.band, hatch: hatch), stroke: ChartPalette.ink)
                svg.text("\(ReportNumbers.health(value)) \(bar.bandWord)", x: x(100) + 10, y: y + 15, size: 11)
            } else {
                svg.text(ReportWords.notScored, x: labelWidth + 6, y: y + 15, size: 11, fill: "#777777")
            }
        }
        for (threshold, label) in [(thresholds.concernHealth, "concern below"), (thresholds.strengthHealth, "strength from")] {
            svg.line(x1: x(threshold), y1: top - 10, x2: x(threshold), y2: height - 44, stroke: ChartPalette.ink, width: 1.5, dashed: true)
            svg.text("\(label) \(ReportNumbers.plain(threshold))", x: x(threshold), y: top - 14, size: 10, anchor: .middle)
        }
        svg.text("health (0–100)", x: labelWidth + plotWidth / 2, y: height - 12, size: 11, anchor: .middle)
        return svg
    }
}
