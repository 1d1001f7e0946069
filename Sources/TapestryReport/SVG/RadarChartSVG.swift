import Foundation

/// A radar chart of a few scores on 0–100 (the five principles): rings at the quarters, the
/// concern and strength thresholds dashed, one axis per score, values written beside their
/// points.
enum RadarChartSVG {
    struct Axis {
        var label: String
        /// Health on 0–100; nil when not scored.
        var value: Double?
    }

    static func render(id: String, title: String, axes: [Axis], thresholds: BandThresholds) -> SVGDocument {
        let size = 720.0
        let center = (x: size / 2, y: 290.0)
        let radius = 170.0
        var svg = SVGDocument(id: id, width: size, height: 520, title: title,
                              description: axes.map { "\($0.label): \($0.value.map(ReportNumbers.health) ?? "no score")" }
                                  .joined(separator: "; "))
        let concern = ReportNumbers.plain(thresholds.concernHealth), strength = ReportNumbers.plain(thresholds.strengthHealth)
        svg.text(title, x: size / 2, y: 28, size: 16, anchor: .middle, weight: "bold")
        svg.text("health 0–100; dashed rings: \(concern) = concern, \(strength) = strength", x: size / 2, y: 48, size: 11, anchor: .middle, fill: "#555555")
        func point(_ index: Int, _ fraction: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(axes.count)
            return (center.x + cos(angle) * radius * fraction, center.y + sin(angle) * radius * fraction)
        }
        let dashed = [thresholds.concernHealth, thresholds.strengthHealth]
        let rings = Set([25.0, 50, 75, 100]).union(dashed).sorted()
        for ring in rings {
            let points = axes.indices.map { point($0, ring / 100) }
            for (index, start) in points.enumerated() {
                let end = points[(index + 1) % points.count]
                svg.line(x1: start.0, y1: start.1, x2: end.0, y2: end.1, stroke: ChartPalette.grid,
                         width: dashed.contains(ring) ? 1.2 : 0.8, dashed: dashed.contains(ring))
            }
        }
        for index in axes.indices {
            let end = point(index, 1)
            svg.line(x1: center.x, y1: center.y, x2: end.0, y2: end.1, stroke: ChartPalette.grid)
        }
        for ring in dashed + [100] {
            svg.text(ReportNumbers.health(ring), x: center.x + 4, y: center.y - radius * ring / 100 - 3, size: 10, fill: "#777777")
        }
        let values = axes.enumerated().map { point($0.offset, ($0.element.value ?? 0) / 100) }
        svg.polygon(values, fill: ChartPalette.principle, stroke: ChartPalette.principle, opacity: 0.25)
        for (index, axis) in axes.enumerated() {
            let spot = values[index]
            svg.circle(x: spot.0, y: spot.1, radius: 4, fill: ChartPalette.principle)
            let label = point(index, 1.18)
            let anchor: SVGDocument.Anchor = abs(label.0 - center.x) < 10 ? .middle : (label.0 < center.x ? .end : .start)
            svg.text(axis.label, x: label.0, y: label.1, size: 13, anchor: anchor, weight: "bold")
            svg.text(ReportNumbers.health(axis.value), x: label.0, y: label.1 + 15, size: 12, anchor: anchor)
        }
        return svg
    }
}
