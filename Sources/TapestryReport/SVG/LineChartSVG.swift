/// A line chart of health (0–100) across rounds: one line per series, each with its own
/// colour from the Okabe–Ito palette (told apart with the common kinds of colour blindness)
/// and its own dash pattern (so it reads in black and white), labelled directly at its last
/// point; labels that would overlap are nudged apart, with a leader line to their point.
enum LineChartSVG {
    static let colours = ChartPalette.lines
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4"]

    /// The least distance between two labels' baselines.
    static let labelSpacing = 14.0

    static func render(id: String, title: String, rounds: [String], series: [ReportModel.Series], thresholds: BandThresholds) -> SVGDocument {
        let left = 60.0, top = 70.0, width = 520.0, height = 300.0
        var svg = SVGDocument(id: id, width: left + width + 250, height: top + height + 60, title: title,
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
            svg.line(x1: left, y1: y(threshold), x2: left + width, y2: y(threshold), stroke: "#888888", width: 1.2, dashed: true)
        }
        for tick in Set(stride(from: 0.0, through: 100.0, by: 25.0)).union(lines).sorted() {
            svg.text(ReportNumbers.health(tick), x: left - 8, y: y(tick) + 4, size: 10, anchor: .end, fill: "#555555")
        }
        for (index, label) in rounds.enumerated() {
            svg.text(label, x: x(index), y: top + height + 20, size: 11, anchor: .middle)
        }
        var labels: [(point: (Double, Double), text: String, colour: String, dash: String, width: Double)] = []
        for (number, line) in series.enumerated() {
            let colour = colours[number % colours.count]
            let dash = dashes[number % dashes.count]
            let strokeWidth = number == 0 ? 3.0 : 2.0
            let points = line.values.enumerated().compactMap { index, value in value.map { (x(index), y($0)) } }
            for (start, end) in zip(points, points.dropFirst()) {
                svg.path(from: start, to: end, stroke: colour, width: strokeWidth, dash: dash)
            }
            for point in points { svg.circle(x: point.0, y: point.1, radius: 3.5, fill: colour) }
            if let last = points.last, let value = line.values.last ?? nil {
                labels.append((last, "\(line.name) \(ReportNumbers.health(value))", colour, dash, strokeWidth))
            }
        }
        // Each label beside its line's end, in the order of the ends, nudged apart just
        // enough to be read, and kept inside the plot.
        let spots = Self.nudge(labels.map { $0.point.1 + 4 }, spacing: labelSpacing, lowest: top + 4, highest: top + height + 4)
        let labelX = left + width + 44
        for (label, spot) in zip(labels, spots) {
            // A short piece of the line's own stroke, from its end to its label.
            svg.path(from: (label.point.0 + 6, label.point.1), to: (labelX - 24, spot - 4), stroke: label.colour, width: 1, dash: "")
            svg.path(from: (labelX - 24, spot - 4), to: (labelX - 4, spot - 4), stroke: label.colour, width: label.width, dash: label.dash)
            svg.text(label.text, x: labelX, y: spot, size: 11, weight: "bold", fill: ChartPalette.ink)
        }
        return svg
    }

    /// Baselines for labels that want to sit at `wanted`: in the same order, at least
    /// `spacing` apart, each run of labels that would overlap centred on where its labels
    /// want to be, and kept between `lowest` and `highest` when they fit.
    static func nudge(_ wanted: [Double], spacing: Double, lowest: Double, highest: Double) -> [Double] {
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        // Runs of neighbouring labels: the first label's baseline and how many there are.
        var runs: [(top: Double, count: Int, sum: Double)] = []
        for index in order {
            runs.append((wanted[index], 1, wanted[index]))
            // Merge the last run into the one above while they overlap.
            while runs.count > 1 {
                let last = runs[runs.count - 1], above = runs[runs.count - 2]
                guard above.top + Double(above.count) * spacing > last.top else { break }
                let count = above.count + last.count, sum = above.sum + last.sum
                runs.removeLast(2)
                runs.append((sum / Double(count) - Double(count - 1) * spacing / 2, count, sum))
            }
        }
        var placed: [Double] = []
        for run in runs {
            for step in 0..<run.count { placed.append(run.top + Double(step) * spacing) }
        }
        // Keep them inside: shift down from the top edge, then up from the bottom one.
        for index in placed.indices {
            placed[index] = max(placed[index], index == 0 ? lowest : placed[index - 1] + spacing)
        }
        for index in placed.indices.reversed() where placed[index] > (index == placed.count - 1 ? highest : placed[index + 1] - spacing) {
            placed[index] = index == placed.count - 1 ? highest : placed[index + 1] - spacing
        }
        var result = wanted
        for (rank, index) in order.enumerated() { result[index] = placed[rank] }
        return result
    }
}
