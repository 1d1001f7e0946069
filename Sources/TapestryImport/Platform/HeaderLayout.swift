import Foundation

/// Builds each column's ``ColumnHeader`` from a platform's header rows.
public enum HeaderLayout {
    /// The headers of every column, from the `headerRows` first records.
    public static func columns(_ headerRecords: [CSVRecord], platform: Platform) -> [ColumnHeader] {
        let width = headerRecords.map(\.fields.count).max() ?? 0
        let rows = headerRecords.map { record in (0..<width).map { record[safe: $0].trimmed } }
        var carriedQuestion = ""
        return (0..<width).map { index in
            let name = rows.first?[index] ?? ""
            switch (platform, rows.count) {
            case (.qualtrics, 3...):
                return ColumnHeader(index: index, name: name, label: rows[1][index], importId: importId(rows[2][index]))
            case (.surveymonkey, 2...):
                if !name.isEmpty { carriedQuestion = name }
                let label = rows[1][index]
                return label.isEmpty
                    ? ColumnHeader(index: index, name: name)
                    : ColumnHeader(index: index, name: name, label: label, question: carriedQuestion)
            case (_, 2...):
                return ColumnHeader(index: index, name: name, label: rows[1][index])
            default:
                return ColumnHeader(index: index, name: name)
            }
        }
    }

    /// The value of `ImportId` in `{"ImportId":"QID2_1"}` or `{'ImportId': 'QID2-1'}`.
    static func importId(_ cell: String) -> String? {
        guard let range = cell.range(of: #"ImportId['"]?\s*:\s*['"]([^'"]*)['"]"#, options: .regularExpression) else { return nil }
        let match = String(cell[range])
        guard let colon = match.firstIndex(of: ":") else { return nil }
        return match[match.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
    }
}
