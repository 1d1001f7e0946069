import Foundation
import TapestryScoring

/// Reads the canonical CSV of cli.md: a header row; optional `respondent`, `group`, `round`
/// and `timestamp` columns; one column per item, named by item id; answers as numbers or
/// scale labels. Every data row is either accepted into the builder or rejected with a
/// finding, so rows read = accepted + rejected.
public struct CanonicalCSVReader: Sendable {
    /// The name given to respondents whose group cell is blank.
    public static let unstatedGroup = "(not stated)"

    private let instrument: Instrument
    private let groupBy: String?
    private let answers: AnswerReader

    /// Prepares a reader; `groupBy` is the header of the group column, if grouping.
    public init(instrument: Instrument, groupBy: String?) {
        self.instrument = instrument
        self.groupBy = groupBy
        answers = AnswerReader(scale: instrument.scale)
    }

    /// Reads `text` (the contents of `file`) into `builder`. Rows without a `round` value go to
    /// `defaultRound`. Returns the findings, in file order.
    public func read(text: String, file: String, defaultRound: String,
                     into builder: inout AssessmentBuilder) throws -> [Finding] {
        var records = CSVTokenizer(text: text)
        guard let header = Self.nextNonBlank(&records) else { throw ImportError.empty(file: file) }
        var findings: [Finding] = []
        let roles = try columnRoles(header, file: file, findings: &findings)
        let itemCount = instrument.items.count
        builder.declareRound(defaultRound)
        while let record = records.next() {
            if record.isBlank { continue }
            let round = roles.firstIndex(of: .round).map { record[safe: $0].trimmed } ?? ""
            let roundLabel = round.isEmpty ? defaultRound : round
            if record.fields.count > header.fields.count,
               record.fields[header.fields.count...].contains(where: { !$0.isEmpty }) {
                findings.append(Finding(
                    severity: .warning, file: file, line: record.line,
                    message: "this row has \(record.fields.count) fields but the header has \(header.fields.count); "
                        + "the extra values were ignored. Check for an unquoted delimiter in a cell."))
            }
            var slots = [Int?](repeating: nil, count: itemCount)
            var answered = 0
            var group: String?
            for (index, role) in roles.enumerated() {
                switch role {
                case let .item(itemIndex):
                    let cell = record[safe: index]
                    switch answers.read(cell) {
                    case let .value(value):
                        slots[itemIndex] = value
                        answered += 1
                    case .missing:
                        break
                    case let .outOfRange(number):
                        findings.append(Finding(
                            severity: .warning, file: file, line: record.line, column: header[safe: index],
                            message: "\(number) is outside the scale; counted as missing. "
                                + "Correct it to \(answers.validAnswers), or leave it blank."))
                    case let .unknown(text):
                        findings.append(Finding(
                            severity: .warning, file: file, line: record.line, column: header[safe: index],
                            message: "\"\(Self.excerpt(text))\" is not an answer on the scale; counted as missing. "
                                + "Use \(answers.validAnswers)."))
                    }
                case .group:
                    let name = record[safe: index].trimmed
                    group = name.isEmpty ? Self.unstatedGroup : name
                default:
                    break
                }
            }
            if answered == 0 {
                builder.reject(round: roundLabel)
                findings.append(Finding(
                    severity: .warning, file: file, line: record.line,
                    message: "this row has no answer on the scale; it was not scored (rejected). "
                        + "If it is a test or empty submission, nothing needs doing."))
            } else {
                builder.add(Response(group: group, answers: slots), round: roundLabel)
            }
        }
        if let line = records.unterminatedQuoteLine {
            throw ImportError.unterminatedQuote(file: file, line: line)
        }
        return findings
    }

    /// Works out each header column's role, with findings for columns that are not used and
    /// items that have no column.
    func columnRoles(_ header: CSVRecord, file: String, findings: inout [Finding]) throws -> [ColumnRole] {
        let items = instrument.items
        var itemByFoldedId: [String: Int] = [:]
        for (index, item) in items.enumerated() { itemByFoldedId[TextFolding.fold(item.id)] = index }
        let groupKey = groupBy.map(TextFolding.fold)
        var seenItems = Set<Int>()
        var roles: [ColumnRole] = []
        for name in header.fields {
            let folded = TextFolding.fold(name)
            let role: ColumnRole
            if let groupKey, folded == groupKey, !roles.contains(.group) {
                role = .group
            } else if let itemIndex = itemByFoldedId[folded] {
                if seenItems.insert(itemIndex).inserted {
                    role = .item(itemIndex)
                } else {
                    role = .ignored
                    findings.append(Finding(
                        severity: .warning, file: file, line: header.line, column: name,
                        message: "a second column for item \(items[itemIndex].id); only the first is scored. Remove or rename one."))
                }
            } else {
                switch folded {
                case "respondent": role = .respondent
                case "round": role = .round
                case "group", "timestamp": role = .metadata
                case "": role = .ignored
                default:
                    role = .ignored
                    findings.append(Finding(
                        severity: .info, file: file, line: header.line, column: name,
                        message: "not an item of instrument `\(instrument.id)`; the column was ignored. "
                            + "If it should be scored, rename it to the item's id."))
                }
            }
            roles.append(role)
        }
        if let groupBy, !roles.contains(.group) {
            throw ImportError.groupColumnNotFound(file: file, column: groupBy, headers: header.fields)
        }
        if seenItems.isEmpty {
            throw ImportError.noItemColumns(file: file, line: header.line, headers: header.fields)
        }
        for (index, item) in items.enumerated() where !seenItems.contains(index) {
            findings.append(Finding(
                severity: .info, file: file, line: header.line, column: item.id,
                message: "the file has no column for item \(item.id); its answers count as missing."))
        }
        return roles
    }

    private static func nextNonBlank(_ records: inout CSVTokenizer) -> CSVRecord? {
        while let record = records.next() {
            if !record.isBlank { return record }
        }
        return nil
    }

    private static func excerpt(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
