import Foundation

/// The map of connections: every organisation on a circle, its ties as lines between them.
///
/// Why a circle: it needs no browser, no random numbers and no iterations, so the same map
/// gives the same bytes on every machine, and every name sits outside the circle, where names
/// never cover each other or a line's ends (a force layout, even seeded, moves with the order
/// of floating-point sums and piles names up in the dense middle). The order on the circle
/// keeps each linked part of the coalition together, its members grouped by type, so the
/// parts and the types read as arcs; members with no ties come last, side by side.
///
/// Marks that do not rely on colour alone: a thick ring around the members who hold the
/// coalition together, a square for a member with no ties, a dashed outline and a pale fill
/// for one that has not answered, an arrow on a tie one organisation named and a thick line
/// without arrows where both named each other. A legend explains each.
enum NetworkDiagramSVG {
    /// Member type colours: the Okabe–Ito palette without black and yellow (safe for the
    /// common kinds of colour blindness); types beyond it share grey, and the table names them.
    static let typeColours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"]
    static let otherColour = "#8c8c8c"
    static let untypedColour = "#d9d9d9"
    static let oneWay = "#8a8a8a"
    static let both = "#3a3a3a"
    /// The label's font size and the room beside the circle for a name (about 22 characters a
    /// line at that size, two lines at most; a longer name ends in "…", and the table has it whole).
    static let labelSize = 12.0
    static let labelWidth = 140.0
    static let labelLines = 2

    static func colour(_ member: ReportModel.Network.Member) -> String {
        if member.type == nil { return untypedColour }
        return member.typeIndex < typeColours.count ? typeColours[member.typeIndex] : otherColour
    }

    /// A name in at most ``labelLines`` lines.
    static func label(_ name: String) -> [String] {
        let lines = TextWrap.lines(name, width: labelWidth, size: labelSize)
        guard lines.count > labelLines else { return lines }
        var shown = Array(lines.prefix(labelLines))
        let room = TextWrap.characters(width: labelWidth, size: labelSize)
        shown[labelLines - 1] = String(shown[labelLines - 1].prefix(room - 1)) + "…"
        return shown
    }

    static func render(id: String, _ network: ReportModel.Network) -> SVGDocument {
        let members = network.members
        let count = members.count
        let labelled = network.labelsShown
        // Room per organisation along the circle: two lines of a name at the sides.
        let spacing = labelled ? 34.0 : 22.0
        let radius = max(labelled ? 190 : 140, Double(count) * spacing / (2 * Double.pi))
        let side = labelled ? labelWidth + 22 : 20
        let width = max(640, 2 * (radius + side) + 40)
        let centreX = width / 2
        let top = 62.0
        var centreY = top + (labelled ? 50 : 16) + radius
        func nodeRadius(_ member: ReportModel.Network.Member) -> Double { labelled ? 9 : 5 }

        let order = circleOrder(network)
        var position: [Int: (x: Double, y: Double, angle: Double)] = [:]
        func place() {
            for (slot, member) in order.enumerated() {
                let angle = -Double.pi / 2 + 2 * Double.pi * Double(slot) / Double(max(1, count)) // layout, not a statistic
                position[member.index] = (centreX + radius * cos(angle), centreY + radius * sin(angle), angle)
            }
        }
        place()
        // Names, each moved away from the circle until it clears those placed before it
        // (neighbours near the top or bottom would otherwise collide); then the circle moves
        // down if a name would reach the title, and the drawing grows to the lowest name.
        var labels: [NameLabel] = []
        if labelled {
            for member in order {
                guard let point = position[member.index] else { continue }
                var label = NameLabel(member: member, point: point, nodeRadius: nodeRadius(member))
                for _ in 0..<40 {
                    guard let blocking = labels.first(where: { $0.overlaps(label) }) else { break }
                    label.move(clearing: blocking)
                }
                labels.append(label)
            }
            let shift = max(0, top - (labels.map(\.box.top).min() ?? top))
            if shift > 0 {
                centreY += shift
                place()
                for index in labels.indices { labels[index].firstBaseline += shift }
            }
        }
        let legend = legendRows(network, width: width)
        let legendTop = max(centreY + radius + (labelled ? 64 : 20), (labels.map(\.box.bottom).max() ?? 0) + 16)
        let height = legendTop + legend.height

        var svg = SVGDocument(id: id, width: width, height: height, title: "Map of connections, \(network.round)",
                              description: network.diagramDescription)
        svg.text("Map of connections, \(network.round)", x: 16, y: 28, size: 16, weight: "bold")
        svg.text("\(network.densityText) of possible ties; arrows point to the organisation named", x: 16, y: 48, size: 11, fill: "#555555")

        // Ties under the organisations: a returned pair once, thick and without arrows.
        let arrowHead = svg.arrowMarker(name: "arrow", color: oneWay)
        for tie in network.ties {
            guard let from = position[tie.fromIndex], let to = position[tie.toIndex] else { continue }
            let dx = to.x - from.x, dy = to.y - from.y
            let length = max(1, (dx * dx + dy * dy).squareRoot())
            let gap = nodeRadius(members[tie.toIndex]) + 3 + (members[tie.toIndex].isBroker ? 4 : 0)
            if tie.returned {
                if tie.fromIndex < tie.toIndex {
                    svg.line(x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: both, width: 2.6)
                }
            } else {
                svg.arrow(x1: from.x, y1: from.y, x2: to.x - dx / length * gap, y2: to.y - dy / length * gap,
                          stroke: oneWay, width: 1.2, marker: arrowHead)
            }
        }

        for member in order {
            guard let point = position[member.index] else { continue }
            let fill = colour(member)
            let radius = nodeRadius(member)
            svg.group(title: member.name)
            defer { svg.endGroup() }
            let dash = member.responded ? "" : "3 2"
            let stroke = member.responded ? "#ffffff" : ChartPalette.ink
            let opacity = member.responded ? 1 : 0.35
            if member.isBroker {
                svg.circle(x: point.x, y: point.y, radius: radius + 4, fill: "#ffffff", stroke: ChartPalette.ink, strokeWidth: 2.5)
            }
            if member.isIsolate {
                svg.square(x: point.x, y: point.y, side: radius * 1.8, fill: fill, stroke: stroke, strokeWidth: 1.5, dash: dash, fillOpacity: opacity)
            } else {
                svg.circle(x: point.x, y: point.y, radius: radius, fill: fill, stroke: stroke, strokeWidth: 1.5, dash: dash, fillOpacity: opacity)
            }
        }
        // Names last, over every tie.
        for label in labels {
            for (number, line) in label.lines.enumerated() {
                svg.haloText(line, x: label.x, y: label.firstBaseline + Double(number) * label.lineHeight, size: labelSize,
                             anchor: label.anchor, weight: label.bold ? "bold" : "normal")
            }
        }

        drawLegend(&svg, legend, network: network, top: legendTop)
        return svg
    }

    /// The order on the circle: part by part (largest first, members with no ties last), and
    /// within a part breadth-first from its best-linked member, neighbours by type then list
    /// order, so that organisations that work together sit side by side and fewer lines cross
    /// the middle.
    static func circleOrder(_ network: ReportModel.Network) -> [ReportModel.Network.Member] {
        let members = network.members
        var neighbours = Array(repeating: Set<Int>(), count: members.count)
        for tie in network.ties where members.indices.contains(tie.fromIndex) && members.indices.contains(tie.toIndex) {
            neighbours[tie.fromIndex].insert(tie.toIndex)
            neighbours[tie.toIndex].insert(tie.fromIndex)
        }
        let byType = { (a: Int, b: Int) in (members[a].typeIndex, a) < (members[b].typeIndex, b) }
        var order: [Int] = []
        var placed = Set<Int>()
        for part in Set(members.map(\.component)).sorted() {
            let inPart = members.filter { $0.component == part }.map(\.index)
            guard let start = inPart.max(by: { (neighbours[$0].count, -$0) < (neighbours[$1].count, -$1) }) else { continue }
            var queue = [start]
            placed.insert(start)
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for next in neighbours[node].sorted(by: byType) where !placed.contains(next) {
                    placed.insert(next)
                    queue.append(next)
                }
            }
            // A part is linked, so the walk reaches all of it; anything left is added in order.
            order += queue + inPart.filter { !placed.contains($0) }.sorted(by: byType)
            inPart.forEach { placed.insert($0) }
        }
        return untangled(order, neighbours: neighbours, members: members).map { members[$0] }
    }

    /// Swaps two organisations of the same part whenever that shortens the ties along the
    /// circle (the sum of the slots between tied organisations), pass after pass up to a
    /// fixed number: whole numbers only, so the result is the same on every machine.
    static func untangled(_ start: [Int], neighbours: [Set<Int>], members: [ReportModel.Network.Member]) -> [Int] {
        var order = start
        let count = order.count
        guard count > 3 else { return order }
        var slot = Array(repeating: 0, count: members.count)
        for (position, node) in order.enumerated() { slot[node] = position }
        func distance(_ a: Int, _ b: Int) -> Int {
            let gap = abs(a - b)
            return min(gap, count - gap)
        }
        func cost(_ node: Int, at position: Int, other: Int, otherAt: Int) -> Int {
            neighbours[node].reduce(0) { sum, next in sum + distance(position, next == other ? otherAt : slot[next]) } // layout, not a statistic
        }
        for _ in 0..<12 {
            var improved = false
            for i in 0..<count {
                for j in (i + 1)..<count where members[order[i]].component == members[order[j]].component {
                    let a = order[i], b = order[j]
                    let before = cost(a, at: i, other: b, otherAt: j) + cost(b, at: j, other: a, otherAt: i)
                    let after = cost(a, at: j, other: b, otherAt: i) + cost(b, at: i, other: a, otherAt: j)
                    if after < before {
                        order.swapAt(i, j)
                        slot[a] = j
                        slot[b] = i
                        improved = true
                    }
                }
            }
            if !improved { break }
        }
        return order
    }

    /// The legend's entries, laid out in rows that fit the width.
    struct Legend {
        var types: [[(word: String, colour: String)]]
        var height: Double
    }

    static func typeEntries(_ network: ReportModel.Network) -> [(word: String, colour: String)] {
        var entries: [(word: String, colour: String)] = []
        var others = false
        for (index, word) in network.types.enumerated() {
            let typed = network.members.first { $0.typeIndex == index }?.type != nil
            if !typed {
                entries.append((word, untypedColour))
            } else if index < typeColours.count {
                entries.append((word, typeColours[index]))
            } else {
                others = true
            }
        }
        if others { entries.append(("other types (see the table)", otherColour)) }
        return entries
    }

    static func entryWidth(_ word: String) -> Double { 22 + Double(word.count) * 11 * TextWrap.characterWidth + 18 }

    static func legendRows(_ network: ReportModel.Network, width: Double) -> Legend {
        var rows: [[(word: String, colour: String)]] = [[]]
        var used = 90.0
        for entry in typeEntries(network) {
            if used + entryWidth(entry.word) > width - 16, !rows[rows.count - 1].isEmpty {
                rows.append([])
                used = 90
            }
            rows[rows.count - 1].append(entry)
            used += entryWidth(entry.word)
        }
        return Legend(types: rows, height: Double(rows.count) * 20 + 2 * 22 + (network.labelsShown ? 0 : 22))
    }

    static func drawLegend(_ svg: inout SVGDocument, _ legend: Legend, network: ReportModel.Network, top: Double) {
        var y = top
        svg.text("Member type", x: 16, y: y + 4, size: 11, weight: "bold")
        for row in legend.types {
            var x = 100.0
            for entry in row {
                svg.circle(x: x + 6, y: y, radius: 6, fill: entry.colour, stroke: "#ffffff", strokeWidth: 1)
                svg.text(entry.word, x: x + 16, y: y + 4, size: 11)
                x += entryWidth(entry.word)
            }
            y += 20
        }
        // The marks, in two rows.
        svg.text("Marks", x: 16, y: y + 4, size: 11, weight: "bold")
        var x = 100.0
        svg.circle(x: x + 6, y: y, radius: 10, fill: "#ffffff", stroke: ChartPalette.ink, strokeWidth: 2.5)
        svg.circle(x: x + 6, y: y, radius: 6, fill: untypedColour, stroke: "#ffffff", strokeWidth: 1)
        svg.text("holds the coalition together", x: x + 22, y: y + 4, size: 11)
        x += 22 + 28 * 11 * TextWrap.characterWidth + 24
        svg.square(x: x + 6, y: y, side: 11, fill: untypedColour, stroke: ChartPalette.ink, strokeWidth: 1)
        svg.text("no ties", x: x + 18, y: y + 4, size: 11)
        x += 18 + 7 * 11 * TextWrap.characterWidth + 24
        svg.circle(x: x + 6, y: y, radius: 6, fill: untypedColour, stroke: ChartPalette.ink, strokeWidth: 1.5, dash: "3 2", fillOpacity: 0.35)
        svg.text("has not answered yet", x: x + 18, y: y + 4, size: 11)
        y += 22
        x = 100
        let head = svg.arrowMarker(name: "legend-arrow", color: oneWay)
        svg.arrow(x1: x, y1: y, x2: x + 34, y2: y, stroke: oneWay, width: 1.2, marker: head)
        svg.text("named as a partner (one way)", x: x + 42, y: y + 4, size: 11)
        x += 42 + 28 * 11 * TextWrap.characterWidth + 24
        svg.line(x1: x, y1: y, x2: x + 34, y2: y, stroke: both, width: 2.6)
        svg.text("both named each other", x: x + 42, y: y + 4, size: 11)
        y += 22
        if !network.labelsShown {
            svg.text("Names are left out with more than \(ReportModel.Network.maximumLabelled) organisations; the table names each.",
                     x: 16, y: y + 4, size: 11, fill: "#555555")
        }
    }
}
