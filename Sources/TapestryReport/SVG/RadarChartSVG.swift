import Foundation

/// A radar chart of a few scores on 0–100 (the five principles): rings at 25, 50 (the
/// concern threshold) and 75 (the strength threshold), one axis per score, values written
/// beside their points.
enum RadarChartSVG {
    struct Axis {
        var label: String
        var value: Double?
    }

    static func render(title: String, axes: [Axis]) -> String {
        let size = 720.0
        let center = (x: size / 2, y: 290.0)
        let radius = 170.0
        var svg = SVGDocument(width: size, height: 520, title: title,
                              description: axes.map { "\($0.label): \($0.value.map { String(Int($0.rounded())) } ?? "no score")" }
                                  .joined(separator: "; "))
        svg.text(title, x: size / 2, y: 28, size: 16, anchor: .middle, weight: "bold")
        svg.text("health 0–100; dashed rings: 50 = concern, 75 = strength", x: size / 2, y: 48, size: 11, anchor: .middle, fill: "#555555")
        func point(_ index: Int, _ fraction: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(axes.count)
            return (center.x + cos(angle) * radius * fraction, center.y + sin(angle) * radius * fraction)
        }
        for ring in [0.25, 0.5, 0.75, 1.0] {
            let points = axes.indices.map { point($0, ring) }
            for (index, start) in points.enumerated() {
                let end = points[(index + 1) % points.count]
                svg.line(x1: start.0, y1: start.1, x2: end.0, y2: end.1, stroke: ChartPalette.grid,
                         width: ring == 0.5 || ring == 0.75 ? 1.2 : 0.8, dashed: ring == 0.5 || ring == 0.75)
            }
        }
        for index in axes.indices {
            let end = point(index, 1)
            svg.line(x1: center.x, y1: center.y, x2: end.0, y2: end.1, stroke: ChartPalette.grid)
        }
        for (ring, label) in [(0.5, "50"), (0.75, "75"), (1.0, "100")] {
            svg.text(label, x: center.x + 4, y: center.y - radius * ring - 3, size: 10, fill: "#777777")
        }
        let values = axes.enumerated().map { point($0.offset, ($0.element.value ?? 0) / 100) }
        svg.polygon(values, fill: ChartPalette.principle, stroke: ChartPalette.principle, opacity: 0.25)
        for (index, axis) in axes.enumerated() {
            let spot = values[index]
            svg.circle(x: spot.0, y: spot.1, radius: 4, fill: ChartPalette.principle)
            let label = point(index, 1.18)
            let anchor: SVGDocument.Anchor = abs(label.0 - center.x) < 10 ? .middle : (label.0 < center.x ? .end : .start)
            svg.text(axis.label, x: label.0, y: label.1, size: 13, anchor: anchor, weight: "bold")
            svg.text(axis.value.map { String(Int($0.rounded())) } ?? "–", x: label.0, y: label.1 + 15, size: 12, anchor: anchor)
        }
        return svg.rendered()
    }
}
