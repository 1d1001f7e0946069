import TapestryImport
import TapestryReport
import TapestryScoring

/// `tapestry inspect --format json`: platform, encoding, delimiter, header and data rows,
/// each column's role and item, and the findings, as cli.md specifies. Added keys: `file`,
/// `format`, `incompleteRows`; `rows`, what `assess` would do with the rows (`read`,
/// `accepted`, `rejected` as in the assessment's rounds, and the reasons for rejecting:
/// `partial`, `duplicates`, `undated`, `onlyMissing`, `unreadable`), null when it would read
/// none; `suggestedGroupBy`, the heading of the column that looks most like a group (null if
/// none); per column `label` (the second header row, if any) and `suggestedGroup`.
enum InspectionJSON {
    /// The inspection as JSON text, ending with a newline.
    static func render(_ inspection: Inspection, instrument: Instrument) -> String {
        JSONValue.object([
            ("file", .string(inspection.file)),
            ("format", .string(inspection.format)),
            ("platform", .string(inspection.platform.rawValue)),
            ("encoding", .string(inspection.encoding)),
            ("delimiter", .string(inspection.delimiter.map(String.init))),
            ("headerRows", .int(inspection.headerRows)),
            ("dataRows", .int(inspection.dataRows)),
            ("incompleteRows", .int(inspection.incompleteRows)),
            ("rows", inspection.rows.map { rows in
                .object([
                    ("read", .int(rows.read)),
                    ("accepted", .int(rows.accepted)),
                    ("rejected", .int(rows.rejected)),
                    ("partial", .int(rows.partial)),
                    ("duplicates", .int(rows.duplicates)),
                    ("undated", .int(rows.undated)),
                    ("onlyMissing", .int(rows.onlyMissing)),
                    ("unreadable", .int(rows.unreadable)),
                ])
            } ?? .null),
            ("suggestedGroupBy", .string(inspection.suggestedGroupBy)),
            ("columns", .array(inspection.columns.map { plan in
                var item: String?
                if case let .item(index) = plan.role { item = instrument.items[index].id }
                return .object([
                    ("index", .int(plan.header.index)),
                    ("header", .string(plan.header.display)),
                    ("label", .string(plan.header.label.flatMap { $0.isEmpty ? nil : $0 })),
                    ("role", .string(plan.role.name)),
                    ("item", .string(item)),
                    ("suggestedGroup", .bool(inspection.suggestedGroups.contains(plan.header.index))),
                ])
            })),
            ("findings", .array(inspection.findings.map(AssessmentJSON.finding))),
        ]).rendered() + "\n"
    }
}
