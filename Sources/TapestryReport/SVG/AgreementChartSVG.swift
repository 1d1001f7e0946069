import Foundation
import TapestryScoring

/// A diverging stacked bar chart of Likert answers, the usual way to show them: for each
/// statement, the shares who disagreed extend left of the centre line, those who agreed
/// extend right, and the neutral middle straddles it. Statements are grouped under their
/// dimension.
enum AgreementChartSVG {
    struct Statement {
        var label: String
        /// Its answers; the chart draws their shares (``ItemStatistics/shares``), centred on
        /// the neutral middle.
        var statistics: ItemStatistics
    }

    struct Section {
        var title: String
        var note: String?
        var statements: [Statement]
    }

    /// The chart of `sections`. With a `title`, it has a heading, a note on what the shares
    /// are, and a heading row per section: the chart of all statements. Without one, it is a
    /// compact chart of one section's statements under its own heading elsewhere (the HTML
    /// report's, one per area): the answers' legend, then the bars.
    static func render(id: String, title: String?, labels: [String], sections: [Section]) -> SVGDocument {
        let headings = title != nil
        // The compact chart is drawn to be shown at about its own size on a printed page, so
        // its statements are written larger, with less room.
        let labelWidth = headings ? 400.0 : 330.0
        let half = headings ? 210.0 : 160.0
        let rowHeight = headings ? 20.0 : 22.0
        let labelSize = headings ? 11.0 : 12.0
        let centre = labelWidth + 20 + half
        let width = centre + half + 20
        let rows = sections.reduce(0) { $0 + $1.statements.count + (headings ? 1 : 0) }
        // The legend, wrapped onto as many lines as the scale's labels need.
        var legend: [(x: Double, line: Int)] = []
        var legendX = 16.0, legendLine = 0
        for label in labels {
            let needed = 24 + Double(label.count) * 6.2
            if legendX > 16 && legendX + needed > width - 16 { legendX = 16; legendLine += 1 }
            legend.append((legendX, legendLine))
            legendX += needed
        }
        let legendTop = headings ? 44.0 : 8.0
        let legendBottom = legendTop + Double(legendLine) * 18 + 12
        let top = headings ? legendBottom + 40 : legendBottom + 16
        let height = top + Double(rows) * rowHeight + 40
        let colours = Self.colours(for: labels.count)
        let description = "Share of answers per statement, disagreement to the left and agreement to the right of the centre line."
        var svg = SVGDocument(id: id, width: width, height: height, title: title ?? sections.map(\.title).joined(separator: ", "),
                              description: description)
        if let title { svg.text(title, x: 16, y: 28, size: 16, weight: "bold") }
        for (index, label) in labels.enumerated() {
            let spot = legend[index], y = legendTop + Double(spot.line) * 18
            svg.rect(x: spot.x, y: y, width: 12, height: 12, fill: colours[index], stroke: ChartPalette.ink)
            svg.text(label, x: spot.x + 16, y: y + 10, size: 11)
        }
        if headings {
            svg.text("share of valid answers; \"don't know\" and blanks left out", x: 16, y: legendBottom + 18, size: 11, fill: "#555555")
        }
        for tick in [-1.0, -0.5, 0, 0.5, 1.0] {
            svg.line(x1: centre + half * tick, y1: top - 8, x2: centre + half * tick, y2: height - 30, stroke: ChartPalette.grid, dashed: tick != 0)
            svg.text(ReportNumbers.percent(abs(tick)), x: centre + half * tick, y: height - 16, size: 10, anchor: .middle, fill: "#555555")
        }
        var y = top
        for section in sections {
            if headings {
                svg.text(section.title + (section.note.map { " — \($0)" } ?? ""), x: 16, y: y + 14, size: 12, weight: "bold")
                y += rowHeight
            }
            for statement in section.statements {
                svg.text(statement.label, x: labelWidth, y: y + rowHeight - 6, size: labelSize, anchor: .end)
                let answers = statement.statistics
                if let shares = answers.shares, let disagree = answers.disagree, let neutral = answers.neutral {
                    var x = centre - (disagree + neutral / 2) * half
                    for (index, share) in shares.enumerated() {
                        svg.rect(x: x, y: y + 3, width: share * half, height: rowHeight - 6, fill: colours[index], stroke: ChartPalette.ink)
                        if share >= 0.12 {
                            svg.text(ReportNumbers.fixed(share * 100, decimals: 0), x: x + share * half / 2, y: y + rowHeight - 6, size: 9, anchor: .middle,
                                     fill: index == 0 || index == shares.count - 1 ? "#ffffff" : ChartPalette.ink)
                        }
                        x += share * half
                    }
                } else {
                    svg.text("no answers", x: centre + 6, y: y + rowHeight - 6, size: 10, fill: "#777777")
                }
                y += rowHeight
            }
        }
        svg.line(x1: centre, y1: top - 8, x2: centre, y2: height - 30, stroke: ChartPalette.ink, width: 1.2)
        return svg
    }

    /// The palette for a scale of `points` points: the five-point one, or colours taken at
    /// even steps along it (blended between its neighbours), so that every point of a 4-, 6-
    /// or 7-point scale has a colour of its own, the ends stay the darkest and the middle grey.
    static func colours(for points: Int) -> [String] {
        let anchors = ChartPalette.answers
        if points == anchors.count { return anchors }
        return (0..<points).map { index in
            let position = points == 1 ? 0.5 : Double(index) / Double(points - 1)
            let place = position * Double(anchors.count - 1)
            let lower = min(Int(place), anchors.count - 2)
            return blend(anchors[lower], anchors[lower + 1], place - Double(lower))
        }
    }

    /// The colour `fraction` of the way from `from` to `to` (both `#rrggbb`).
    static func blend(_ from: String, _ to: String, _ fraction: Double) -> String {
        func channels(_ hex: String) -> [Double] {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            return [Double((value >> 16) & 0xff), Double((value >> 8) & 0xff), Double(value & 0xff)]
        }
        let mixed = zip(channels(from), channels(to)).map { Int(($0 + ($1 - $0) * fraction).rounded()) }
        return "#" + mixed.map { String(format: "%02x", $0) }.joined()
    }
}
