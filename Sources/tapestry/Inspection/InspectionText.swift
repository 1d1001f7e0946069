import TapestryImport
import TapestryReport
import TapestryScoring

/// `tapestry inspect` for people: how the file was read and what would become of its rows, a
/// table of columns, the `--group-by` to use for a column that looks like a group, and
/// findings, most serious first (each unmapped column with the mapping-file line to add).
enum InspectionText {
    /// The inspection as text, ending with a newline.
    static func render(_ inspection: Inspection, instrument: Instrument) -> String {
        let delimiter = inspection.delimiter.map { $0 == "\t" ? "tab" : "\"\($0)\"" } ?? "none (xlsx)"
        var lines = [
            TerminalStyle.clean(inspection.file),
            "  platform     \(inspection.platform.rawValue)",
            "  format       \(inspection.format), encoding \(inspection.encoding), delimiter \(delimiter)",
            "  header rows  \(inspection.headerRows)",
            "  data rows    \(inspection.dataRows)" + rowsText(inspection),
            "",
        ]
        var table = TextTable(alignments: [.right, .left, .left, .left])
        table.rows.append(["#", "role", "item", "column"])
        for plan in inspection.columns {
            var item = ""
            if case let .item(index) = plan.role { item = instrument.items[index].id }
            // A connection column shows its question's id (and its choice, one column per choice).
            if case let .connection(index, choice) = plan.role {
                item = instrument.connections[index].id + (choice.map { " [" + TerminalStyle.clean(String($0.prefix(30))) + "]" } ?? "")
            }
            let heading = TerminalStyle.clean(plan.header.display)
            table.rows.append([String(plan.header.index + 1), plan.role.name, item,
                               heading.count > 70 ? String(heading.prefix(69)) + "…" : heading])
        }
        lines += table.lines().map { "  " + $0 }
        let counts = Dictionary(grouping: inspection.columns, by: \.role.name).mapValues(\.count)
        lines.append("")
        lines.append("  " + ["item", "personal", "respondent", "group", "round", "organisation", "connection", "metadata", "ignored"]
            .compactMap { role in counts[role].map { "\($0) \(role)" } }.joined(separator: ", "))
        if counts["personal"] != nil {
            lines.append("  Personal columns are dropped at import: their values never reach a report.")
        }
        let groups = inspection.suggestedGroups.compactMap { index in inspection.columns.first { $0.header.index == index } }
        if !groups.isEmpty {
            lines.append("")
            lines.append(groups.count == 1
                ? "Column \(groups[0].header.index + 1) looks like a group (a short list of kinds, each given more than once)."
                : "Columns \(groups.map { String($0.header.index + 1) }.joined(separator: ", ")) look like groups (a short list of kinds, each given more than once; the likeliest first).")
            lines.append("To see the scores of each kind side by side, add to `tapestry assess`:")
            lines.append("")
            lines += groups.map { "  " + Inspection.groupByOption(TerminalStyle.clean($0.header.display)) }
        }
        let ignored = inspection.columns.filter { plan in
            plan.role == .ignored && !plan.header.display.isEmpty && !inspection.suggestedGroups.contains(plan.header.index)
        }
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
        let groupHeadings = Set(groups.map(\.header.display))
        // Findings said above already: the mapping lines, and the --group-by lines.
        let findings = Finding.mostSeriousFirst(inspection.findings.filter { finding in
            !(finding.severity == .info && finding.column.map(ignoredHeadings.contains) == true && finding.message.contains("ITEM_ID"))
                && !(finding.severity == .info && finding.column.map(groupHeadings.contains) == true && finding.message.contains("--group-by"))
        })
        if !findings.isEmpty {
            lines.append("")
            lines.append("Findings:")
            for finding in findings {
                lines.append("  \(TerminalStyle.clean(finding.location)): \(finding.severity.rawValue): \(TerminalStyle.clean(finding.message))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `assess` would do with the rows: how many it would score and why it would set
    /// the others aside.
    static func rowsText(_ inspection: Inspection) -> String {
        guard let rows = inspection.rows else {
            return inspection.incompleteRows > 0 ? " (\(inspection.incompleteRows) partial or test)" : ""
        }
        let reasons = [
            (rows.partial, "partial or test"),
            (rows.duplicates, rows.duplicates == 1 ? "duplicate respondent" : "duplicate respondents"),
            (rows.undated, "without a date"),
            (rows.onlyMissing, "only don't know / not applicable"),
            (rows.unreadable, "no answer that can be read"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return ": \(rows.accepted) to score" + (reasons.isEmpty ? "" : ", \(rows.rejected) set aside (" + reasons.joined(separator: ", ") + ")")
    }
}
