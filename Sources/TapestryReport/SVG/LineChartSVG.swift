/// A line chart of health (0–100) across rounds: one line per series, each with its own dash
/// pattern as well as colour (so it reads in black and white), labelled at its last point.
enum LineChartSVG {
    static let colours = ["#222222", "#542788", "#e08214", "#2166ac", "#b35806", "#998ec3", "#7f7f7f"]
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4"]

    static func render(id: String, title: String, rounds: [String], series: [ReportModel.Series], thresholds: BandThresholds) -> SVGDocument {
        let left = 60.0, top = 70.0, width = 520.0, height = 300.0
        var svg = SVGDocument(id: id, width: left + width + 230, height: top + height + 60, title: title,
                              description: series.map { "\($0.name): " + $0.values.map(ReportNumbers.health).joined(separator: ", ") }
                                  .joined(separator: "; "))
        svg.text(title, x: 16, y: 28, size: 16, weight: "bold")
        svg.text("health 0–100 per round; dashed lines at \(ReportNumbers.plain(thresholds.concernHealth)) (concern) "
                 + "and \(ReportNumbers.plain(thresholds.strengthHealth)) (strength)", x: 16, y: 48, size: 11, fill: "#555555")
        let x = { (index: Int) in left + (rounds.count == 1 ? width / 2 : width * Double(index) / Double(rounds.count - 1)) }
        let y = { (value: Double) in top + height * (1 - value / 100) }
        let lines = [thresholds.concernHealth, thresholds.strengthHealth]
        for tick in stride(from: 0.0, through: 100.0, by: 25.0) where !lines.contains(tick) {
            svg.line(x1: left, y1: y(tick), x2: left + width, y2: y(tick), stroke: ChartPalette.grid, width: 0.8)
        }
        for threshold in lines {
            svg.line(x1: left, y1: y(threshold), x2: left + width, y2: y(threshold), stroke: ChartPalette.grid, width: 1.2, dashed: true)
        }
        for tick in Set(stride(from: 0.0, through: 100.0, by: 25.0)).union(lines).sorted() {
            svg.text(ReportNumbers.health(tick), x: left - 8, y: y(tick) + 4, size: 10, anchor: .end, fill: "#555555")
        }
        for (index, label) in rounds.enumerated() {
            svg.text(label, x: x(index), y: top + height + 20, size: 11, anchor: .middle)
        }
        var labels: [(y: Double, text: String, colour: String)] = []
        for (number, line) in series.enumerated() {
            let colour = colours[number % colours.count]
            let points = line.values.enumerated().compactMap { index, value in value.map { (x(index), y($0)) } }
            for (start, end) in zip(points, points.dropFirst()) {
                svg.path(from: start, to: end, stroke: colour, width: number == 0 ? 3 : 2, dash: dashes[number % dashes.count])
            }
            for point in points { svg.circle(x: point.0, y: point.1, radius: 3.5, fill: colour) }
            if let last = points.last, let value = line.values.last ?? nil {
                labels.append((last.1 + 4, "\(line.name) \(ReportNumbers.health(value))", colour))
            }
        }
        // Labels keep the order of their lines' ends, pushed apart just enough to be read.
        var previous = -Double.infinity
        for label in labels.sorted(by: { $0.y < $1.y }) {
            let spot = max(label.y, previous + 13)
            svg.text(label.text, x: left + width + 10, y: spot, size: 11, fill: label.colour)
            previous = spot
        }
        return svg
    }
}
