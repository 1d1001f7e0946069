import TapestryScoring

/// Reads one file's connection answers, row by row: the respondent's organisation and the
/// names given to the instrument's connection questions, matched to the member list
/// (``MemberMatcher``). Values that look like personal data (an e-mail address, a phone
/// number) are dropped and counted; names no member matches become findings (works-with) or
/// suggestions (should-join). ``findings()`` says all of it once the file is read.
struct ConnectionReader {
    private let instrument: Instrument
    private let members: [Member]
    private let matcher: MemberMatcher
    private let file: String
    private let organisationColumn: (index: Int, heading: String)?
    private let connectionColumns: [(index: Int, heading: String, question: Int, choice: String?)]
    private let choices: [Int: [String: String]]

    /// A name seen in the file, for one finding about it.
    private struct Seen {
        var name: String
        var line: Int
        var column: String
        var rows = 1
    }

    private var unmatched: [String: Seen] = [:]
    private var unmatchedOrder: [String] = []
    private var near: [String: (seen: Seen, member: Int)] = [:]
    private var nearOrder: [String] = []
    private var unlisted: [String: Seen] = [:]
    private var unlistedOrder: [String] = []
    private var personal = 0
    private var firstPersonal: (line: Int, column: String)?
    private var longNames = 0
    private var firstLong: (line: Int, column: String)?
    private var withoutOrganisation = 0
    private var withOrganisation = 0
    /// Rows that gave at least one name to a connection question.
    private var answeredRows = 0
    /// Names no longer tracked one by one (beyond ``maximumDistinctNames``): given as members,
    /// respondents' organisations off the list (their rows are not on the map), suggestions.
    private var moreUnmatched = 0
    private var moreUnlisted = 0
    private var moreSuggestions = 0
    private var suggestionKeys = Set<String>()
    /// Each name's match by edit distance, looked for once (at most ``maximumNearLookups``).
    private var nearMatches: [String: MemberMatcher.Match] = [:]

    /// The most different names of each kind a file may give (unlisted organisations,
    /// suggestions, names given as members not on the list): far above a coalition's, and a
    /// bound on memory and on the map's size when a column holds something else.
    static let maximumDistinctNames = 500
    /// The most different names compared with every member by edit distance; beyond, names
    /// match by their key only, so a hostile file costs time in proportion to its size.
    static let maximumNearLookups = 1_000

    /// The longest text read as one name, in characters: longer answers are sentences.
    static let longestName = 100
    /// The most names a finding is written for, each kind; the rest are counted.
    static let namedFindings = 20

    /// Prepares a reader for `plans`; nil when the instrument has no connection question.
    init?(instrument: Instrument, members: [Member], plans: [ColumnPlan], mapping: MappingFile, file: String) {
        var organisation: (Int, String)?
        var connections: [(Int, String, Int, String?)] = []
        for plan in plans {
            switch plan.role {
            case .organisation: organisation = (plan.header.index, plan.header.display)
            case let .connection(question, choice): connections.append((plan.header.index, plan.header.display, question, choice))
            default: break
            }
        }
        guard !instrument.connections.isEmpty else { return nil }
        self.instrument = instrument
        self.members = members
        matcher = MemberMatcher(members: members)
        self.file = file
        organisationColumn = organisation
        connectionColumns = connections
        var choices: [Int: [String: String]] = [:]
        for (index, question) in instrument.connections.enumerated() {
            if let table = mapping.choices[question.id] { choices[index] = table }
        }
        self.choices = choices
    }

    /// Whether the file has a column for any connection question.
    var hasConnectionColumns: Bool { !connectionColumns.isEmpty }

    /// The connection answers of one row; nil when it has none.
    mutating func read(_ record: CSVRecord) -> ConnectionAnswers? {
        var answers = ConnectionAnswers()
        var answered = false
        var rowSuggestions = Set<String>()
        for column in connectionColumns {
            let cell = record[safe: column.index]
            let names: [String]
            if let choice = column.choice {
                guard ConnectionCell.isTicked(cell) else { continue }
                names = [choices[column.question]?[choice] ?? choice]
            } else {
                names = ConnectionCell.names(cell, matcher: matcher, choices: choices[column.question] ?? [:])
            }
            let kind = instrument.connections[column.question].kind
            for name in names {
                guard let name = screened(name, line: record.line, column: column.heading) else { continue }
                answered = true
                let match = matched(name)
                if case let .near(member) = match { noteNear(name, member: member, line: record.line, column: column.heading) }
                switch (kind, match.member) {
                case let (.worksWith, member?):
                    answers.worksWith.insert(member)
                case (.worksWith, nil):
                    if !Self.note(name, line: record.line, column: column.heading, in: &unmatched, order: &unmatchedOrder) {
                        moreUnmatched += 1
                    }
                case (.shouldJoin, _?):
                    break
                case (.shouldJoin, nil):
                    // A suggestion reaches every report: a person's name is personal data there.
                    guard !isPersonsName(name, line: record.line, column: column.heading) else { break }
                    let key = MemberMatcher.key(name)
                    guard !key.isEmpty, !rowSuggestions.contains(key) else { break }
                    rowSuggestions.insert(key)
                    if suggestionKeys.contains(key) || suggestionKeys.count < Self.maximumDistinctNames {
                        suggestionKeys.insert(key)
                        answers.shouldJoin.append(NamedOrganisation(key: key, name: name))
                    } else {
                        moreSuggestions += 1
                    }
                }
            }
        }
        if answered { answeredRows += 1 }
        if let organisationColumn {
            let cell = record[safe: organisationColumn.index].trimmed
            if !cell.isEmpty, let name = screened(cell, line: record.line, column: organisationColumn.heading) {
                withOrganisation += 1
                let match = matched(name)
                if case let .near(member) = match { noteNear(name, member: member, line: record.line, column: organisationColumn.heading) }
                if let member = match.member {
                    answers.member = member
                } else if isPersonsName(name, line: record.line, column: organisationColumn.heading) {
                    // An unlisted organisation becomes a node on the map: never a person's name.
                } else if Self.note(name, line: record.line, column: organisationColumn.heading, in: &unlisted, order: &unlistedOrder) {
                    answers.unlisted = NamedOrganisation(key: MemberMatcher.key(name), name: name)
                } else {
                    moreUnlisted += 1
                }
                answered = true
            } else if cell.isEmpty && answered {
                withoutOrganisation += 1
            }
        } else if answered {
            withoutOrganisation += 1
        }
        return answered ? answers : nil
    }

    /// `name`, unless it looks like personal data or is too long to be a name (counted).
    private mutating func screened(_ name: String, line: Int, column: String) -> String? {
        if PersonalData.looksPersonal(name) {
            personal += 1
            if firstPersonal == nil { firstPersonal = (line, column) }
            return nil
        }
        if name.prefix(Self.longestName + 1).count > Self.longestName {
            longNames += 1
            if firstLong == nil { firstLong = (line, column) }
            return nil
        }
        return name
    }

    /// Whether `name`, which matched no member, reads as a person's name (``PersonNameScreen``);
    /// such a name is counted with the personal data and left off the map and the suggestions.
    private mutating func isPersonsName(_ name: String, line: Int, column: String) -> Bool {
        guard PersonNameScreen.looksLikeName(name) else { return false }
        personal += 1
        if firstPersonal == nil { firstPersonal = (line, column) }
        return true
    }

    /// `name`'s member: by key, else by edit distance while fewer than
    /// ``maximumNearLookups`` names have been looked up that way.
    private mutating func matched(_ name: String) -> MemberMatcher.Match {
        let exact = matcher.match(name, near: false)
        if exact != .none { return exact }
        let key = MemberMatcher.key(name)
        if let known = nearMatches[key] { return known }
        guard nearMatches.count < Self.maximumNearLookups else { return .none }
        let match = matcher.match(name)
        nearMatches[key] = match
        return match
    }

    private mutating func noteNear(_ name: String, member: Int, line: Int, column: String) {
        let key = MemberMatcher.key(name)
        if near[key] == nil {
            near[key] = (Seen(name: name, line: line, column: column, rows: 0), member)
            nearOrder.append(key)
        }
        near[key]!.seen.rows += 1
    }

    /// Counts `name` in `seen`; false when it is new and `seen` is full (``maximumDistinctNames``).
    @discardableResult
    private static func note(_ name: String, line: Int, column: String, in seen: inout [String: Seen], order: inout [String]) -> Bool {
        let key = MemberMatcher.key(name)
        if seen[key] != nil {
            seen[key]!.rows += 1
        } else if order.count < maximumDistinctNames {
            seen[key] = Seen(name: name, line: line, column: column)
            order.append(key)
        } else {
            return false
        }
        return true
    }

    /// The longest name a finding quotes, in characters: organisations' names run longer than
    /// answer labels (``ExportReader/longestQuotedValue``).
    static let longestQuotedName = 60

    /// A name for a message: quoted when it is at most ``longestQuotedName`` characters, has
    /// fewer than 7 digits and looks like no personal data or person's name
    /// (``PersonalData/looksPersonal(_:)``, ``PersonNameScreen``); else a phrase saying why not.
    static func quoted(_ name: String) -> String {
        let value = name.trimmed
        if value.utf8.count > 4 * longestQuotedName || value.count > longestQuotedName { return "a long name (not shown)" }
        if value.filter(\.isNumber).count >= 7 || PersonalData.looksPersonal(value) || PersonNameScreen.looksLikeName(value) {
            return "a name that may be a person's (not shown)"
        }
        return "\"" + value + "\""
    }

    private static func times(_ rows: Int) -> String { rows == 1 ? "" : " (\(rows) times)" }

    /// What reading the file's connection answers found.
    func findings(headerLine: Int) -> [Finding] {
        var findings: [Finding] = []
        let used = answeredRows > 0 || withOrganisation > 0
        if members.isEmpty {
            if answeredRows > 0 {
                findings.append(Finding(
                    severity: .warning, file: file, line: headerLine,
                    message: "the file answers the connection questions, but no member list was given, so the map of "
                        + "connections cannot be drawn. List the member organisations under `members:` in tapestry.yaml, "
                        + "or pass --members FILE (a CSV with `name` and `type`)."))
            }
            return findings + personalFindings()
        }
        if hasConnectionColumns && organisationColumn == nil && answeredRows > 0 {
            findings.append(Finding(
                severity: .warning, file: file, line: headerLine,
                message: "no column says which organisation each respondent speaks for, so their connections cannot be "
                    + "placed on the map. Add an `organisation` column, or name the column with --organisation-column."))
        } else if used, withOrganisation >= 3, unlisted.values.reduce(0, { $0 + $1.rows }) * 2 > withOrganisation {
            let column = organisationColumn?.heading
            findings.append(Finding(
                severity: .warning, file: file, line: headerLine, column: column,
                message: "most respondents' organisations (\(unlisted.values.reduce(0) { $0 + $1.rows }) of \(withOrganisation)) "
                    + "are not on the member list, so the member list does not seem to match these responses. "
                    + "Check that the list is this coalition's, and that the organisation column is the right one."))
        }
        for (index, key) in unmatchedOrder.enumerated() where index < Self.namedFindings {
            let seen = unmatched[key]!
            // A platform's choice code (Qualtrics' `3`, LimeSurvey's `SQ003`) needs its name.
            let code = seen.name.count <= 8 && seen.name.contains(where: \.isNumber)
                && seen.name.allSatisfy { $0.isNumber || $0.isUppercase || $0 == "_" || $0 == "-" }
            let advice = code
                ? "It looks like a choice's code: name the codes under `choices:` in a mapping file (--map), e.g. `choices: { \(connectionId(seen.column)): { \"\(seen.name)\": Riverside Food Bank } }`."
                : "If it is a member, add it to the list or write it as the list does."
            findings.append(Finding(
                severity: .warning, file: file, line: seen.line, column: seen.column,
                message: "\(Self.quoted(seen.name))\(Self.times(seen.rows)) is not on the member list, so it is not on the map of "
                    + "connections. " + advice))
        }
        if unmatchedOrder.count > Self.namedFindings {
            let more = unmatchedOrder.count - Self.namedFindings
            findings.append(Finding(severity: .warning, file: file, line: headerLine,
                                    message: "\(more)\(moreUnmatched > 0 ? " or more" : "") more names given as members are not on the member list either."))
        }
        if moreUnlisted > 0 {
            findings.append(Finding(
                severity: .warning, file: file, line: headerLine, column: organisationColumn?.heading,
                message: "\(moreUnlisted) respondents gave an organisation beyond the first \(Self.maximumDistinctNames) not on the member list; "
                    + "their connections are not on the map. Check that this column holds organisations' names."))
        }
        if moreSuggestions > 0 {
            findings.append(Finding(
                severity: .info, file: file, line: headerLine,
                message: "\(moreSuggestions) more suggestions of who should join, beyond the first \(Self.maximumDistinctNames) names, were not counted."))
        }
        for (index, key) in unlistedOrder.enumerated() where index < Self.namedFindings {
            let seen = unlisted[key]!
            findings.append(Finding(
                severity: .info, file: file, line: seen.line, column: seen.column,
                message: "the respondent's organisation \(Self.quoted(seen.name))\(Self.times(seen.rows)) is not on the member list; "
                    + "it is shown on the map as an organisation outside the list. Add it to the list if it is a member."))
        }
        for (index, key) in nearOrder.enumerated() where index < Self.namedFindings {
            let (seen, member) = near[key]!
            findings.append(Finding(
                severity: .info, file: file, line: seen.line, column: seen.column,
                message: "\(Self.quoted(seen.name))\(Self.times(seen.rows)) was read as the member \(Self.quoted(members[member].name)), "
                    + "the one name on the list it is close to. If that is wrong, write the name as the list does."))
        }
        if withoutOrganisation > 0, organisationColumn != nil {
            findings.append(Finding(
                severity: .info, file: file, line: headerLine, column: organisationColumn?.heading,
                message: "\(withoutOrganisation) \(withoutOrganisation == 1 ? "respondent named" : "respondents named") organisations "
                    + "without saying which organisation they speak for (or said it only with an e-mail address or phone number); "
                    + "those names are not on the map."))
        }
        return findings + personalFindings()
    }

    /// The id of the connection question a column holds.
    private func connectionId(_ heading: String) -> String {
        connectionColumns.first { $0.heading == heading }.map { instrument.connections[$0.question].id } ?? "works_with"
    }

    private func personalFindings() -> [Finding] {
        var findings: [Finding] = []
        if let firstPersonal {
            findings.append(Finding(
                severity: .info, file: file, line: firstPersonal.line, column: firstPersonal.column,
                message: "\(personal) \(personal == 1 ? "answer looks" : "answers look") like personal data (an e-mail address, "
                    + "a phone number or a person's name) where an organisation's name belongs; \(personal == 1 ? "it was" : "they were") "
                    + "left out and \(personal == 1 ? "is" : "are") never shown. Name organisations, not contacts."))
        }
        if let firstLong {
            findings.append(Finding(
                severity: .info, file: file, line: firstLong.line, column: firstLong.column,
                message: "\(longNames) \(longNames == 1 ? "answer is" : "answers are") longer than \(Self.longestName) characters, "
                    + "too long to be an organisation's name; left out of the map."))
        }
        return findings
    }
}
