import Foundation

/// A small SVG writer: elements are appended as text, and every piece of text or attribute
/// value from the data is XML-escaped. The document carries a `<title>` and `<desc>` for
/// screen readers and a visible title. It is written as a file of its own (``rendered()``)
/// or for a place inside an HTML page (``inline()``); its element ids start with its own
/// `id`, so that several charts in one page never share one.
struct SVGDocument {
    let id: String
    let width: Double
    let height: Double
    private var body: [String] = []
    private let title: String
    private let description: String

    /// A document whose ids start with `id` (letters, digits and hyphens).
    init(id: String, width: Double, height: Double, title: String, description: String) {
        self.id = id
        self.width = width
        self.height = height
        self.title = title
        self.description = description
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        var element = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\" stroke-width=\"0.8\"" }
        body.append(element + "/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false) {
        body.append("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>")
    }

    mutating func path(from start: (Double, Double), to end: (Double, Double), stroke: String, width: Double, dash: String) {
        body.append("<line x1=\"\(n(start.0))\" y1=\"\(n(start.1))\" x2=\"\(n(end.0))\" y2=\"\(n(end.1))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>")
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String, opacity: Double = 1) {
        let list = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        body.append("<polygon points=\"\(list)\" fill=\"\(fill)\" fill-opacity=\"\(n(opacity))\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        body.append("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\"/>")
    }

    /// A circle with an outline: `dash` ("4 3") dashes it, `fillOpacity` lightens the fill.
    mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String, strokeWidth: Double,
                         dash: String = "", fillOpacity: Double = 1) {
        body.append("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\""
            + (fillOpacity < 1 ? " fill-opacity=\"\(n(fillOpacity))\"" : "")
            + " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>")
    }

    /// A square centred on a point, with an outline (dashed with `dash`).
    mutating func square(x: Double, y: Double, side: Double, fill: String, stroke: String, strokeWidth: Double,
                         dash: String = "", fillOpacity: Double = 1) {
        body.append("<rect x=\"\(n(x - side / 2))\" y=\"\(n(y - side / 2))\" width=\"\(n(side))\" height=\"\(n(side))\" fill=\"\(fill)\""
            + (fillOpacity < 1 ? " fill-opacity=\"\(n(fillOpacity))\"" : "")
            + " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>")
    }

    /// An arrowhead for lines (``arrow(x1:y1:x2:y2:stroke:width:marker:)``) in `color`;
    /// returns the reference that puts it at a line's end.
    mutating func arrowMarker(name: String, color: String) -> String {
        let id = "\(self.id)-\(name)"
        body.append("<defs><marker id=\"\(id)\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
            + "markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(color)\"/></marker></defs>")
        return "url(#\(id))"
    }

    /// A line ending in the arrowhead `marker` (from ``arrowMarker(name:color:)``).
    mutating func arrow(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, marker: String) {
        body.append("<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\" "
            + "marker-end=\"\(marker)\"/>")
    }

    /// Starts a group of elements with a `<title>` (a tooltip, and what a screen reader names
    /// the group); ``endGroup()`` closes it.
    mutating func group(title: String) {
        body.append("<g><title>\(Self.escape(title))</title>")
    }

    mutating func endGroup() {
        body.append("</g>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                       weight: String = "normal", fill: String = "#222222") {
        body.append("<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor.rawValue)\" "
            + "font-weight=\"\(weight)\" fill=\"\(fill)\">\(Self.escape(content))</text>")
    }

    /// Text with a white halo, readable where it crosses lines.
    mutating func haloText(_ content: String, x: Double, y: Double, size: Double, anchor: Anchor, weight: String = "normal") {
        body.append("<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor.rawValue)\" font-weight=\"\(weight)\" "
            + "fill=\"#222222\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\(Self.escape(content))</text>")
    }

    /// A pattern of diagonal lines, so that a fill can be told apart in black and white;
    /// returns the fill that paints with it.
    mutating func hatchPattern(name: String, color: String) -> String {
        let id = "\(self.id)-\(name)"
        body.append("<defs><pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"\(color)\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern></defs>")
        return "url(#\(id))"
    }

    /// The document as a file of its own: an XML declaration and a namespaced `<svg>`.
    func rendered() -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(namespace: " xmlns=\"http://www.w3.org/2000/svg\"")
    }

    /// The document for a place inside an HTML page: the `<svg>` element alone, without the
    /// XML declaration (text in HTML) and without the namespace (which HTML gives every
    /// `<svg>`, and whose address would be the page's only URL).
    func inline() -> String {
        element(namespace: "")
    }

    private func element(namespace: String) -> String {
        var lines = [
            "<svg\(namespace) width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
                + "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"Helvetica, Arial, sans-serif\">",
            "<title id=\"\(id)-title\">\(Self.escape(title))</title>",
            "<desc id=\"\(id)-desc\">\(Self.escape(description))</desc>",
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
        ]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe inside XML elements and attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // Control characters and U+FFFE/U+FFFF are not allowed in XML 1.0.
                if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Coordinates with at most one decimal, so files stay small and stable.
    private func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded) // layout, not a statistic
    }
}
