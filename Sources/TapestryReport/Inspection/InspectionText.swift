import TapestryImport
import TapestryScoring

/// `tapestry inspect` for people: how the file was read, a table of columns, and findings
/// (each unmapped column with the mapping-file line to add).
public enum InspectionText {
    /// The inspection as text, ending with a newline.
    public static func render(_ inspection: Inspection, instrument: Instrument) -> String {
        let delimiter = inspection.delimiter.map { $0 == "\t" ? "tab" : "\"\($0)\"" } ?? "none (xlsx)"
        var lines = [
            TerminalStyle.clean(inspection.file),
            "  platform     \(inspection.platform.rawValue)",
            "  format       \(inspection.format), encoding \(inspection.encoding), delimiter \(delimiter)",
            "  header rows  \(inspection.headerRows)",
            "  data rows    \(inspection.dataRows)" + (inspection.incompleteRows > 0 ? " (\(inspection.incompleteRows) partial or test)" : ""),
            "",
        ]
        var table = TextTable(alignments: [.right, .left, .left, .left])
        table.rows.append(["#", "role", "item", "column"])
        for plan in inspection.columns {
            var item = ""
            if case let .item(index) = plan.role { item = instrument.items[index].id }
            let heading = TerminalStyle.clean(plan.header.display)
            table.rows.append([String(plan.header.index + 1), plan.role.name, item,
                               heading.count > 70 ? String(heading.prefix(69)) + "…" : heading])
        }
        lines += table.lines().map { "  " + $0 }
        let counts = Dictionary(grouping: inspection.columns, by: \.role.name).mapValues(\.count)
        lines.append("")
        lines.append("  " + ["item", "personal", "respondent", "group", "round", "metadata", "ignored"]
            .compactMap { role in counts[role].map { "\($0) \(role)" } }.joined(separator: ", "))
        if counts["personal"] != nil {
            lines.append("  Personal columns are dropped at import: their values never reach a report.")
        }
        let ignored = inspection.columns.filter { $0.role == .ignored && !$0.header.display.isEmpty }
        if !ignored.isEmpty {
            lines.append("")
            lines.append("\(ignored.count) column(s) are not matched to an item. To score some of them, save these lines as")
            lines.append("map.yaml, replace ITEM_ID with item ids (`tapestry instrument --format markdown` lists them),")
            lines.append("delete the lines you do not need, and pass --map map.yaml:")
            lines.append("")
            lines.append("columns:")
            lines += ignored.map { MappingFile.columnLine(heading: TerminalStyle.clean($0.header.display)) }
        }
        let ignoredHeadings = Set(ignored.map(\.header.display))
        let findings = inspection.findings.filter { finding in
            !(finding.severity == .info && finding.column.map(ignoredHeadings.contains) == true && finding.message.contains("ITEM_ID"))
        }
        if !findings.isEmpty {
            lines.append("")
            lines.append("Findings:")
            for finding in findings {
                lines.append("  \(TerminalStyle.clean(finding.location)): \(finding.severity.rawValue): \(TerminalStyle.clean(finding.message))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
