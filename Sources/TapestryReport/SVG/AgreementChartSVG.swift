import Foundation

/// A diverging stacked bar chart of Likert answers, the usual way to show them: for each
/// statement, the shares who disagreed extend left of the centre line, those who agreed
/// extend right, and the neutral middle straddles it. Statements are grouped under their
/// dimension.
enum AgreementChartSVG {
    struct Statement {
        var label: String
        var counts: [Int]
    }

    struct Section {
        var title: String
        var note: String?
        var statements: [Statement]
    }

    static func render(title: String, labels: [String], sections: [Section]) -> String {
        let labelWidth = 330.0
        let half = 210.0
        let rowHeight = 20.0
        let centre = labelWidth + 20 + half
        let rows = sections.reduce(0) { $0 + $1.statements.count + 1 }
        let top = 96.0
        let height = top + Double(rows) * rowHeight + 40
        let colours = Self.colours(for: labels.count)
        var svg = SVGDocument(width: centre + half + 20, height: height, title: title,
                              description: "Share of answers per statement, disagreement to the left and agreement to the right of the centre line.")
        svg.text(title, x: 16, y: 28, size: 16, weight: "bold")
        var legendX = 16.0
        for (index, label) in labels.enumerated() {
            svg.rect(x: legendX, y: 44, width: 12, height: 12, fill: colours[index], stroke: ChartPalette.ink)
            svg.text(label, x: legendX + 16, y: 54, size: 11)
            legendX += 24 + Double(label.count) * 6.2
        }
        svg.text("share of valid answers; \"don't know\" and blanks left out", x: 16, y: 74, size: 11, fill: "#555555")
        for tick in [-1.0, -0.5, 0, 0.5, 1.0] {
            svg.line(x1: centre + half * tick, y1: top - 8, x2: centre + half * tick, y2: height - 30, stroke: ChartPalette.grid, dashed: tick != 0)
            svg.text("\(Int(abs(tick) * 100))%", x: centre + half * tick, y: height - 16, size: 10, anchor: .middle, fill: "#555555")
        }
        var y = top
        for section in sections {
            svg.text(section.title + (section.note.map { " — \($0)" } ?? ""), x: 16, y: y + 14, size: 12, weight: "bold")
            y += rowHeight
            for statement in section.statements {
                svg.text(statement.label, x: labelWidth, y: y + 14, size: 11, anchor: .end)
                let total = Double(statement.counts.reduce(0, +))
                if total > 0 {
                    let shares = statement.counts.map { Double($0) / total }
                    let lower = shares.count / 2
                    let middle = shares.count % 2 == 1 ? shares[lower] : 0
                    var x = centre - (shares[..<lower].reduce(0, +) + middle / 2) * half
                    for (index, share) in shares.enumerated() {
                        svg.rect(x: x, y: y + 3, width: share * half, height: rowHeight - 6, fill: colours[index], stroke: ChartPalette.ink)
                        if share >= 0.12 {
                            svg.text("\(Int((share * 100).rounded()))", x: x + share * half / 2, y: y + 14, size: 9, anchor: .middle,
                                     fill: index == 0 || index == shares.count - 1 ? "#ffffff" : ChartPalette.ink)
                        }
                        x += share * half
                    }
                } else {
                    svg.text("no answers", x: centre + 6, y: y + 14, size: 10, fill: "#777777")
                }
                y += rowHeight
            }
        }
        svg.line(x1: centre, y1: top - 8, x2: centre, y2: height - 30, stroke: ChartPalette.ink, width: 1.2)
        return svg.rendered()
    }

    /// The palette for a scale of `points` points: the five-point one, or its ends and middle
    /// stretched for other lengths.
    static func colours(for points: Int) -> [String] {
        if points == 5 { return ChartPalette.answers }
        return (0..<points).map { index in
            let position = points == 1 ? 0.5 : Double(index) / Double(points - 1)
            if abs(position - 0.5) < 0.01 { return ChartPalette.answers[2] }
            if position < 0.5 { return position < 0.25 ? ChartPalette.answers[0] : ChartPalette.answers[1] }
            return position > 0.75 ? ChartPalette.answers[4] : ChartPalette.answers[3]
        }
    }
}
