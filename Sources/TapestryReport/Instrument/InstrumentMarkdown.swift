import TapestryScoring

/// The instrument as a Markdown overview (`tapestry instrument --format markdown`): the
/// scale, then each dimension with its category and items.
public enum InstrumentMarkdown {
    /// The overview, ending with a newline.
    public static func render(_ instrument: Instrument) -> String {
        var lines = [
            "# \(MarkdownText.inline(instrument.title))",
            "",
            "Instrument `\(instrument.id)`, version \(MarkdownText.inline(instrument.version)): "
                + "\(instrument.dimensions.count) dimensions, \(instrument.items.count) items"
                + (instrument.connections.isEmpty ? "." : ", \(instrument.connections.count) connection questions."),
            "",
            "## Scale",
            "",
            "| Point | Label |",
            "|---:|---|",
        ]
        for (offset, label) in instrument.scale.labels.enumerated() {
            lines.append("| \(instrument.scale.min + offset) | \(MarkdownText.cell(label)) |")
        }
        if !instrument.scale.missing.isEmpty {
            lines.append("")
            lines.append("Counted as missing, never as a midpoint: "
                + instrument.scale.missing.map { "\"\(MarkdownText.inline($0))\"" }.joined(separator: ", ") + ".")
        }
        for dimension in instrument.dimensions {
            lines.append("")
            lines.append("## \(MarkdownText.inline(dimension.title))")
            lines.append("")
            var note = "`\(dimension.id)` · \(MarkdownText.inline(dimension.category))"
            if dimension.polarity == .negative { note += " · agreeing means worse" }
            lines.append(note)
            lines.append("")
            lines.append("| Item | Statement |")
            lines.append("|---|---|")
            for item in dimension.items {
                let reverse = item.reverse ? " *(reverse-keyed)*" : ""
                lines.append("| \(item.id) | \(MarkdownText.cell(item.text))\(reverse) |")
            }
        }
        if !instrument.connections.isEmpty {
            lines += ["", "## Connections", "",
                      "Answered with names of organisations, not on the scale; they draw the map of who works with whom.", "",
                      "| Id | Question | Kind |", "|---|---|---|"]
            for question in instrument.connections {
                let kind = question.kind == .worksWith ? "members worked with (ties)" : "who should join (suggestions)"
                lines.append("| \(question.id) | \(MarkdownText.cell(question.text)) | \(kind) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
