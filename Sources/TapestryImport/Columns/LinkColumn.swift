import TapestryScoring

/// The column of one file whose values identify a member across rounds, so that rounds given
/// in one run can be linked (paired change). Chosen, in this order of precedence:
///
/// 1. the column `--link-by` (or `link-by:` in the project file) names, whatever it holds;
/// 2. an e-mail column: one headed as such (`Email Address` of Google Forms and SurveyMonkey,
///    `Email` of Microsoft Forms, `RecipientEmail` of Qualtrics, `email`, `Courriel`…) or one
///    whose values are mostly e-mail addresses (a canonical `respondent` column of addresses);
/// 3. a member id the coordinator put in: a column headed `respondent` (the canonical CSV's),
///    `member id`, `member number` or `member code`.
///
/// Among e-mail and member-id columns the first that holds an identifier in the file's first
/// rows is taken (Qualtrics' `RecipientEmail` is blank for an anonymous link). A platform's own
/// response id (`ResponseId`, SurveyMonkey's `Respondent ID`, Typeform's `#`, REDCap's
/// `record_id`, Kobo's `_uuid`) differs at every submission and never links rounds.
///
/// An e-mail column stays a personal column for every other purpose: its values are read only
/// here, into ``RespondentKeyer``, never into responses, findings, group labels or outputs.
public struct LinkColumn: Sendable, Equatable {
    /// How the column was found.
    public typealias Kind = IdentifierKind

    /// The column's position, from 0.
    public var index: Int
    /// The heading, as reports show it.
    public var heading: String
    /// How the column was found; rounds whose columns are of different kinds are not linked.
    public var kind: Kind
    /// Whether only values holding an e-mail address identify a member: in an e-mail column,
    /// Microsoft Forms' "anonymous" (or "n/a") is nobody's identifier.
    public var needsAddress: Bool

    /// Compacted headings (``PersonalData/compact(_:)``) of e-mail columns that do not contain
    /// "email".
    static let emailNames: Set<String> = ["mail", "correo", "correoelectronico", "courriel", "adressecourriel"]
    /// Compacted headings of a member id the coordinator put in.
    static let memberIDNames: Set<String> = ["respondent", "memberid", "membernumber", "membercode"]

    /// The identifier in `record` (trimmed, lower case), or nil when the cell is blank or, in an
    /// e-mail column, holds no address.
    public func identifier(in record: CSVRecord) -> String? {
        let value = record[safe: index]
        if needsAddress && !PersonalData.containsEmail(value) { return nil }
        return RespondentKeyer.normalize(value)
    }

    /// The column that links `plans`' rows across rounds, or nil when none does. `sample` is
    /// the file's first data rows. Throws ``ImportError/linkColumnNotFound(file:column:headers:)``
    /// when `linkBy` names no column.
    public static func choose(_ plans: [ColumnPlan], sample: [CSVRecord], linkBy: String?, file: String) throws -> LinkColumn? {
        if let linkBy {
            // The heading as written (folded), else its letters and digits (`member_no` for `Member no.`).
            let key = TextFolding.fold(linkBy)
            let compact = PersonalData.compact(linkBy)
            guard let plan = plans.first(where: { $0.header.names.contains { TextFolding.fold($0) == key } })
                ?? plans.first(where: { !compact.isEmpty && $0.header.names.contains { PersonalData.compact($0) == compact } }) else {
                throw ImportError.linkColumnNotFound(file: file, column: linkBy, headers: plans.map(\.header.display))
            }
            let email = isEmailHeading(plan.header) || holdsAddresses(plan.header.index, sample: sample)
            return LinkColumn(index: plan.header.index, heading: plan.header.display, kind: .named, needsAddress: email)
        }
        var candidates: [LinkColumn] = []
        let usable = plans.filter { plan in
            switch plan.role {
            case .item, .group, .round: false
            default: true
            }
        }
        for plan in usable where isEmailHeading(plan.header) || holdsAddresses(plan.header.index, sample: sample) {
            candidates.append(LinkColumn(index: plan.header.index, heading: plan.header.display, kind: .email, needsAddress: true))
        }
        for plan in usable where plan.header.names.contains(where: { memberIDNames.contains(PersonalData.compact($0)) })
            && !candidates.contains(where: { $0.index == plan.header.index }) {
            candidates.append(LinkColumn(index: plan.header.index, heading: plan.header.display, kind: .memberID, needsAddress: false))
        }
        return candidates.first { candidate in sample.contains { candidate.identifier(in: $0) != nil } } ?? candidates.first
    }

    /// Whether the column is headed as an e-mail column.
    static func isEmailHeading(_ header: ColumnHeader) -> Bool {
        header.names.contains { name in
            let key = PersonalData.compact(name)
            return key.contains("email") || emailNames.contains(key)
        }
    }

    /// Whether at least half of the column's non-blank values in `sample` (and at least one)
    /// hold an e-mail address.
    static func holdsAddresses(_ column: Int, sample: [CSVRecord]) -> Bool {
        var values = 0
        var addresses = 0
        for record in sample {
            let value = record[safe: column]
            guard !value.trimmed.isEmpty else { continue }
            values += 1
            if PersonalData.containsEmail(value) { addresses += 1 }
        }
        return addresses > 0 && 2 * addresses >= values
    }
}
