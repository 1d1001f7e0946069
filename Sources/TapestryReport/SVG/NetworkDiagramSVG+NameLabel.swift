import Foundation

extension NetworkDiagramSVG {
    /// Where one organisation's name goes on the map: beside its node, away from the circle's
    /// centre, and the box it takes up (its width estimated a little generously, so that two
    /// names the estimate keeps apart are apart on the page too).
    struct NameLabel {
        let lines: [String]
        let anchor: SVGDocument.Anchor
        let x: Double
        var firstBaseline: Double
        let lineHeight = NetworkDiagramSVG.labelSize + 2
        let bold: Bool
        /// +1 when the name moves down to clear another, −1 when it moves up.
        let outward: Double

        init(member: ReportModel.Network.Member, point: (x: Double, y: Double, angle: Double), nodeRadius: Double) {
            lines = NetworkDiagramSVG.label(member.name)
            bold = member.isBroker
            let cosine = cos(point.angle), sine = sin(point.angle)
            let reach = nodeRadius + (member.isBroker ? 10 : 6)
            // Centred only right at the top or bottom: a neighbour there puts its name to its side.
            anchor = cosine > 0.15 ? .start : cosine < -0.15 ? .end : .middle
            // Beside the node, never over it, whatever the angle.
            let side = anchor == .start ? 1.0 : anchor == .end ? -1.0 : 0
            x = point.x + (side == 0 ? 0 : side * max(abs(cosine) * reach, reach))
            let block = Double(lines.count) * lineHeight
            // Above the circle the name's block ends at the node; below it starts there; at the
            // sides it is centred on the node.
            if anchor == .middle {
                firstBaseline = sine < 0 ? point.y - reach - block + lineHeight - 2 : point.y + reach + NetworkDiagramSVG.labelSize
            } else {
                firstBaseline = point.y + sine * reach - block / 2 + NetworkDiagramSVG.labelSize - 1
            }
            outward = sine < 0 ? -1 : 1
        }

        /// The box the name covers: left, top, right, bottom.
        var box: (left: Double, top: Double, right: Double, bottom: Double) {
            let longest = Double(lines.map(\.count).max() ?? 0) * NetworkDiagramSVG.labelSize * 0.58 // layout, not a statistic
            let left = anchor == .end ? x - longest : anchor == .middle ? x - longest / 2 : x
            let top = firstBaseline - NetworkDiagramSVG.labelSize
            return (left, top, left + longest, top + Double(lines.count) * lineHeight + 2)
        }

        func overlaps(_ other: NameLabel) -> Bool {
            let a = box, b = other.box
            return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
        }

        /// Moves the name outward (up above the centre, down below it) just past `other`.
        mutating func move(clearing other: NameLabel) {
            let a = box, b = other.box
            firstBaseline += outward > 0 ? b.bottom - a.top + 1 : -(a.bottom - b.top + 1)
        }
    }
}
