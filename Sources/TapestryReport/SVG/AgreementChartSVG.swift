import Foundation
import TapestryScoring

/// A diverging stacked bar chart of Likert answers, the usual way to show them: for each
/// statement, the less healthy answers extend left of the centre line, the healthier ones
/// extend right, and the neutral middle straddles it. For most statements that is
/// disagreement to the left and agreement to the right; a statement where agreeing is the
/// less healthy answer (worded the other way, or of a drawback) is drawn mirrored, so the
/// healthy side always has the same place and colours, and the legend says so. Statements
/// are grouped under their area, and written whole, over several lines when long.
enum AgreementChartSVG {
    struct Statement {
        /// Its text and notes, written whole (wrapped).
        var label: String
        /// Its answers; the chart draws their shares (``ItemStatistics/shares``), centred on
        /// the neutral middle.
        var statistics: ItemStatistics
        /// Whether agreeing is the less healthy answer, so its bar is drawn the other way round.
        var mirrored = false
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
        let labelLeft = headings ? 24.0 : 16.0
        let labelRight = headings ? 400.0 : 330.0
        let half = headings ? 210.0 : 160.0
        let minimumRow = headings ? 20.0 : 22.0
        let labelSize = headings ? 11.0 : 12.0
        let lineHeight = labelSize * 1.25
        let centre = labelRight + 20 + half
        let width = centre + half + 20
        let colours = Self.colours(for: labels.count)
        let statements = sections.flatMap(\.statements)
        let anyMirrored = statements.contains(where: \.mirrored)
        let anyAsAnswered = statements.isEmpty || statements.contains { !$0.mirrored }

        // The legend: the answers' colours from the least to the most healthy, with the
        // scale's labels for the bars drawn as answered, and the labels the other way round
        // for the mirrored ones (in the same columns), each row shown when a bar needs it.
        var legendRows: [(caption: String?, labels: [String])] = []
        if anyAsAnswered { legendRows.append((anyMirrored ? "As answered:" : nil, labels)) }
        if anyMirrored {
            legendRows.append(("\(ReportWords.mirrored.prefix(1).uppercased() + ReportWords.mirrored.dropFirst()):", labels.reversed()))
        }
        let captionWidth = legendRows.compactMap(\.caption).map { Double($0.count) * 6.2 + 10 }.max() ?? 0
        var columns: [(x: Double, line: Int)] = []
        var legendX = 16 + captionWidth, legendLine = 0
        for index in labels.indices {
            let needed = 22 + Double(legendRows.map { $0.labels[index].count }.max() ?? 0) * 5.5
            if columns.count > 0 && legendX + needed > width - 16 { legendX = 16 + captionWidth; legendLine += 1 }
            columns.append((legendX, legendLine))
            legendX += needed
        }
        // Each line of columns holds one line per row.
        let legendLines = (legendLine + 1) * legendRows.count
        let legendTop = headings ? 44.0 : 8.0
        let legendBottom = legendTop + Double(legendLines - 1) * 18 + 12
        let top = (headings ? legendBottom + 40 : legendBottom + 16) + 16

        // Every row's label lines, and its height.
        var rows: [(lines: [String], bold: Bool, statement: Statement?, height: Double)] = []
        for section in sections {
            if headings {
                let heading = section.title + (section.note.map { " — \($0)" } ?? "")
                let lines = TextWrap.lines(heading, width: width - 32, size: 12)
                rows.append((lines, true, nil, max(minimumRow, Double(lines.count) * 15 + 6)))
            }
            for statement in section.statements {
                let lines = TextWrap.lines(statement.label, width: labelRight - labelLeft, size: labelSize)
                rows.append((lines, false, statement, max(minimumRow, Double(lines.count) * lineHeight + 6)))
            }
        }
        let plotBottom = top + rows.reduce(0) { $0 + $1.height } // layout, not a statistic
        let height = plotBottom + 40
        let description = "Share of answers per statement, the less healthy answers to the left and the healthier ones to the right of the centre line"
            + (anyMirrored ? "; bars marked \(ReportWords.mirrored) are drawn the other way round, with disagreeing on the right." : ".")
        var svg = SVGDocument(id: id, width: width, height: height, title: title ?? sections.map(\.title).joined(separator: ", "),
                              description: description)
        if let title { svg.text(title, x: 16, y: 28, size: 16, weight: "bold") }
        for (number, row) in legendRows.enumerated() {
            if let caption = row.caption {
                svg.text(caption, x: 16, y: legendTop + Double(number) * 18 + 10, size: 11, weight: "bold")
            }
            for (index, column) in columns.enumerated() {
                let y = legendTop + Double(column.line * legendRows.count + number) * 18
                svg.rect(x: column.x, y: y, width: 12, height: 12, fill: colours[index], stroke: ChartPalette.ink)
                svg.text(row.labels[index], x: column.x + 16, y: y + 10, size: 11)
            }
        }
        if headings {
            svg.text("share of valid answers; \"don't know\" and blanks left out", x: 16, y: legendBottom + 18, size: 11, fill: "#555555")
        }
        svg.text("← less healthy", x: centre - 6, y: top - 14, size: 10, anchor: .end, fill: "#555555")
        svg.text("healthier →", x: centre + 6, y: top - 14, size: 10, fill: "#555555")
        for tick in [-1.0, -0.5, 0, 0.5, 1.0] {
            svg.line(x1: centre + half * tick, y1: top - 8, x2: centre + half * tick, y2: plotBottom + 10, stroke: ChartPalette.grid, dashed: tick != 0)
            svg.text(ReportNumbers.percent(abs(tick)), x: centre + half * tick, y: plotBottom + 24, size: 10, anchor: .middle, fill: "#555555")
        }
        var y = top
        for row in rows {
            let middle = y + row.height / 2
            let firstBaseline = middle - Double(row.lines.count - 1) * lineHeight / 2 + labelSize * 0.35
            for (number, line) in row.lines.enumerated() {
                if row.bold {
                    svg.text(line, x: 16, y: y + 14 + Double(number) * 15, size: 12, weight: "bold")
                } else {
                    svg.text(line, x: labelLeft, y: firstBaseline + Double(number) * lineHeight, size: labelSize)
                }
            }
            if let statement = row.statement {
                let answers = statement.statistics
                let barHeight = minimumRow - 6
                if let answered = answers.shares, let disagree = answers.disagree, let agree = answers.agree, let neutral = answers.neutral {
                    // The least healthy answer first: as answered, or the other way round.
                    let shares = statement.mirrored ? Array(answered.reversed()) : answered
                    let leftSide = statement.mirrored ? agree : disagree
                    var x = centre - (leftSide + neutral / 2) * half
                    for (index, share) in shares.enumerated() {
                        svg.rect(x: x, y: middle - barHeight / 2, width: share * half, height: barHeight, fill: colours[index], stroke: ChartPalette.ink)
                        if share >= 0.12 {
                            svg.text(ReportNumbers.fixed(share * 100, decimals: 0), x: x + share * half / 2, y: middle + 3, size: 9, anchor: .middle,
                                     fill: index == 0 || index == shares.count - 1 ? "#ffffff" : ChartPalette.ink)
                        }
                        x += share * half
                    }
                } else {
                    svg.text("no answers", x: centre + 6, y: middle + 4, size: 10, fill: "#777777")
                }
            }
            y += row.height
        }
        svg.line(x1: centre, y1: top - 8, x2: centre, y2: plotBottom + 10, stroke: ChartPalette.ink, width: 1.2)
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
