import Foundation
import TapestryScoring

/// Reads a recognised export into an ``AssessmentBuilder``. Every data row is accepted or
/// rejected with a finding that gives its line: partial and test responses (unless
/// `includePartial`), earlier duplicates of a respondent (the last response is kept), and
/// rows without a single answer on the scale (those that answered only blanks and missing
/// labels in one note for the file, the others with a warning each).
public struct ExportReader: Sendable {
    private let instrument: Instrument
    private let options: ImportOptions
    private let answers: AnswerReader
    /// `instrument.items.count`, which is computed anew on each use.
    private let itemCount: Int

    /// Prepares a reader.
    public init(instrument: Instrument, options: ImportOptions) {
        self.instrument = instrument
        self.options = options
        answers = AnswerReader(scale: instrument.scale, mapping: options.mapping)
        itemCount = instrument.items.count
    }

    /// Each column's role, and findings about the columns.
    public func plan(_ file: SurveyFile) throws -> (plans: [ColumnPlan], findings: [Finding]) {
        let sample = Array(file.dataRecords().prefix(50))
        return try ColumnClassifier(instrument: instrument, mapping: options.mapping, groupBy: options.groupBy)
            .classify(HeaderLayout.columns(file.headerRecords, platform: file.platform), platform: file.platform,
                      sample: sample, file: file.path, line: file.headerLine)
    }

    /// Column names of timestamps, the one that best says when a response was given first.
    static let timestampNames = ["timestamp", "recordeddate", "enddate", "submitdate", "completiontime", "submitdateutc",
                                 "datesubmitted", "submissiontime", "surveytimestamp", "datestamp", "startdate",
                                 "starttime", "startdateutc", "end", "start"]

    /// Scores `file` into `builder`; rows without their own round go to `defaultRound`.
    public func read(_ file: SurveyFile, defaultRound: String, into builder: inout AssessmentBuilder) throws -> FileReport {
        var groupLabels = GroupLabels()
        return try read(file, defaultRound: defaultRound, into: &builder, groupLabels: &groupLabels)
    }

    /// Scores `file` into `builder`, naming groups with `groupLabels`, which lasts for the run
    /// (so a personal-looking group value keeps its neutral label in every file).
    public func read(_ file: SurveyFile, defaultRound: String, into builder: inout AssessmentBuilder,
                     groupLabels: inout GroupLabels) throws -> FileReport {
        if let line = file.unterminatedQuoteLine() { throw ImportError.unterminatedQuote(file: file.path, line: line) }
        var (plans, findings) = try plan(file)
        guard plans.contains(where: { if case .item = $0.role { true } else { false } }) else {
            throw ImportError.noItemColumns(file: file.path, line: file.headerLine, headers: plans.map(\.header.display))
        }
        let completion = CompletionRule(platform: file.platform, plans: plans)
        let respondentColumn = plans.first { $0.role == .respondent }?.header.index
        let roundColumn = plans.first { $0.role == .round }?.header.index
        // Rows are linked across rounds only when the run can have more than one (a named
        // column is looked for in any case, so that a wrong name is always said).
        let link = options.linkRounds || roundColumn != nil || options.roundBy != nil || options.linkBy != nil
            ? try LinkColumn.choose(plans, sample: Array(file.dataRecords().prefix(Self.linkSampleRows)), linkBy: options.linkBy, file: file.path)
            : nil
        var links = FileLinks(column: link)
        if let link, plans[link.index].role == .ignored {
            // A column that links rounds is used: not the note that says it is ignored.
            findings.removeAll { $0.severity == .info && $0.line == file.headerLine && $0.column == link.heading }
        }
        if let respondentColumn, respondentColumn != link?.index { links.submissionColumn = plans[respondentColumn].header.display }
        let timestampColumn = Self.timestampColumn(plans)
        let timestamps = timestampColumn.map { column in
            TimestampParser(sample: file.dataRecords().prefix(500).map { $0[safe: column] })
        }
        if options.roundBy != nil && timestampColumn == nil {
            throw ImportError.noTimestampColumn(file: file.path)
        }
        /// A row's round: its `round` cell, else its date's period under --round-by, else the
        /// file's round; nil when --round-by cannot date it.
        /// A row's own `round` value, unless it is blank or looks like personal data (an e-mail
        /// address, a phone number, a name…: round labels reach every report, so such a value is
        /// never used as one; the row goes to the round it would have without a `round` cell).
        func ownRound(_ record: CSVRecord) -> (label: String?, personal: Bool, tooLong: Bool) {
            let own = roundColumn.map { record[safe: $0].trimmed } ?? ""
            if own.isEmpty { return (nil, false, false) }
            // Counted only as far as the limit, so a long value costs no more than a short one.
            if own.prefix(TextLimits.maxRoundLabelCharacters + 1).count > TextLimits.maxRoundLabelCharacters { return (nil, false, true) }
            if PersonalData.looksPersonal(own) || PersonNameScreen.looksLikeName(own) { return (nil, true, false) }
            return (own, false, false)
        }
        func roundLabel(_ record: CSVRecord, date: Date?) -> String? {
            if let own = ownRound(record).label { return own }
            guard let period = options.roundBy else { return defaultRound }
            return date.map(period.label)
        }
        func date(_ record: CSVRecord) -> Date? { timestampColumn.flatMap { timestamps?.parse(record[safe: $0]) } }
        let lastLines = respondentColumn.map { column in
            latestLines(file, respondentColumn: column, plans: plans, completion: completion) { roundLabel($0, date: date($0)) }
        } ?? [:]
        var latest: Date?
        var tally = RowTally()
        /// Group values of this file reported under a neutral label (in memory only), and the
        /// first line with one.
        var replacedGroups = Set<String>()
        /// Rows whose `round` value looked like personal data, and the first line with one.
        var personalRounds = 0
        var firstPersonalRoundLine: Int?
        /// Rows whose `round` value is too long to name a round, and the first line with one.
        var longRounds = 0
        var firstLongRoundLine: Int?
        var firstReplacedLine: Int?
        var rows = RowFindings(file: file.path)
        Self.addQuoteFindings(file, plans: plans, to: &rows)
        let width = plans.count
        var caches = [AnswerCache](repeating: AnswerCache(), count: plans.count)
        for record in file.dataRecords() {
            tally.read += 1
            let date = date(record)
            let own = ownRound(record)
            if own.personal {
                personalRounds += 1
                if firstPersonalRoundLine == nil { firstPersonalRoundLine = record.line }
            }
            if own.tooLong {
                longRounds += 1
                if firstLongRoundLine == nil { firstLongRoundLine = record.line }
            }
            guard let roundLabel = roundLabel(record, date: date) else {
                builder.reject(round: RoundPeriod.undated)
                tally.undated += 1
                rows.add(.undated, Finding(
                    severity: .warning, file: file.path, line: record.line, column: plans[timestampColumn!].header.display,
                    message: "no date can be read here, so the row cannot be placed in a round (--round-by); it was not scored."))
                continue
            }
            if !options.includePartial, let incomplete = completion.incompleteReason(record) {
                builder.reject(round: roundLabel)
                tally.partial += 1
                rows.add(.partial, Finding(
                    severity: .info, file: file.path, line: record.line, column: plans[incomplete.column].header.display,
                    message: "not scored: \(incomplete.reason). Pass --include-partial to score such responses too."))
                continue
            }
            let identifier = respondentColumn.flatMap { RespondentKeyer.normalize(record[safe: $0]) }
            if let identifier, let last = lastLines[roundLabel]?[identifier], last != record.line {
                builder.reject(round: roundLabel)
                tally.duplicates += 1
                rows.add(.duplicate, Finding(
                    severity: .warning, file: file.path, line: record.line,
                    column: plans[respondentColumn!].header.display,
                    message: "the same respondent answered again in this round on line \(last); only the last response is scored. "
                        + "If these are different people, give them different ids."))
                continue
            }
            if record.fields.count > width, record.fields[width...].contains(where: { !$0.isEmpty }) {
                rows.add(.extraFields, Finding(
                    severity: .warning, file: file.path, line: record.line,
                    message: "this row has \(record.fields.count) fields but the header has \(width); the extra values were ignored. "
                        + "Check for an unquoted delimiter in a cell."))
            }
            var response = Response(answers: [Int?](repeating: nil, count: itemCount))
            var answered = 0
            var unreadable = false
            for (index, plan) in plans.enumerated() {
                switch plan.role {
                case let .item(item):
                    let entry = caches[index].entry(for: record[safe: plan.header.index]) { answer($0) }
                    switch entry.reading {
                    case let .value(value):
                        response.answers[item] = value
                        answered += 1
                    case .missing:
                        break
                    case .outOfRange, .unknown:
                        unreadable = true
                    }
                    if let finding = entry.finding {
                        rows.add(finding.kind, Finding(severity: .warning, file: file.path, line: record.line, column: plan.header.display,
                                                       message: finding.message))
                    }
                case .group:
                    let value = record[safe: plan.header.index].trimmed
                    if value.isEmpty {
                        response.group = ImportOptions.unstatedGroup
                    } else {
                        let (name, replaced) = groupLabels.name(for: value, builder: &builder)
                        if groupLabels.count > GroupLabels.maximumGroups {
                            throw ImportError.tooManyGroups(file: file.path, line: record.line, column: plan.header.display,
                                                            limit: GroupLabels.maximumGroups)
                        }
                        response.group = name
                        if replaced {
                            replacedGroups.insert(value)
                            firstReplacedLine = firstReplacedLine ?? record.line
                        }
                    }
                default:
                    break
                }
            }
            if answered == 0 && !unreadable {
                builder.rejectOnlyMissing(round: roundLabel)
                tally.onlyMissing += 1
                rows.addOnlyMissing(line: record.line)
                continue
            }
            if answered == 0 {
                builder.reject(round: roundLabel)
                tally.unreadable += 1
                rows.add(.noAnswer, Finding(
                    severity: .warning, file: file.path, line: record.line,
                    message: "this row has no answer on the scale that can be read; it was not scored (rejected). "
                        + "Correct the values reported for this line, or map their labels (--map)."))
                continue
            }
            if let link {
                // The identifier (an e-mail address, say) goes into the keyed hash and nowhere else.
                response.respondentKey = link.identifier(in: record).flatMap(options.keyer.linkKey)
            }
            links.identifiers[roundLabel, default: 0] += response.respondentKey == nil ? 0 : 1
            response.date = date
            builder.add(response, round: roundLabel)
            tally.accepted += 1
            if let date, date > (latest ?? .distantPast) { latest = date }
        }
        if tally.read == 0 {
            builder.declareRound(defaultRound)
            findings.append(Self.noResponsesFinding(file, round: defaultRound))
        }
        if let groupPlan = plans.first(where: { $0.role == .group }), !replacedGroups.isEmpty {
            let count = replacedGroups.count
            findings.append(Finding(
                severity: .info, file: file.path, line: firstReplacedLine, column: groupPlan.header.display,
                message: "\(count) group \(count == 1 ? "name looks" : "names look") like personal data (an e-mail address, "
                    + "phone number, IP address or a person's name), so reports show \(count == 1 ? "it" : "them") as "
                    + "\"Group 1\", \"Group 2\"… instead and never quote \(count == 1 ? "it" : "them"). "
                    + "If a group is meant to be named so, give it another name in the file."))
        }
        /// One warning for the rows whose `round` value could not name a round: `what` says why,
        /// for one row and for several; the rows were scored in the file's own round.
        func unnamedRounds(_ count: Int, firstLine: Int?, what: (one: String, many: String), advice: String) {
            guard count > 0, let roundColumn else { return }
            findings.append(Finding(
                severity: .warning, file: file.path, line: firstLine, column: plans[roundColumn].header.display,
                message: "\(count) \(count == 1 ? what.one : what.many); "
                    + "\(count == 1 ? "it was" : "they were") scored in the file's own round instead. \(advice)"))
        }
        let personalWhy = "like personal data (an e-mail address, phone number, IP address or a person's name), which reports never show"
        unnamedRounds(personalRounds, firstLine: firstPersonalRoundLine,
                      what: ("row's round value looks " + personalWhy, "rows' round values look " + personalWhy),
                      advice: "Give the rounds other names.")
        let longWhy = "longer than \(TextLimits.maxRoundLabelCharacters) characters, too long to name a round"
        unnamedRounds(longRounds, firstLine: firstLongRoundLine,
                      what: ("row's round value is " + longWhy, "rows' round values are " + longWhy),
                      advice: "Give the rounds short names, such as 2026-Q1.")
        findings += rows.findings
        let input = InputSummary(
            file: file.path, platform: file.platform.rawValue, encoding: file.encoding,
            personalColumns: plans.filter { $0.role == .personal }.map(\.header.display),
            ignoredColumns: plans.filter { $0.role == .ignored && !$0.header.display.isEmpty && $0.header.index != link?.index }
                .map(\.header.display),
            linkColumn: link?.heading)
        return FileReport(findings: findings, input: input, latestResponse: latest, rows: tally, links: links)
    }

    /// What an answer cell gives, and the words of its finding when it cannot be read.
    func answer(_ cell: String) -> AnswerCache.Entry {
        let reading = answers.read(cell)
        switch reading {
        case .value, .missing:
            return AnswerCache.Entry(reading: reading)
        case let .outOfRange(number):
            return AnswerCache.Entry(reading: reading, finding: (.outOfRange,
                "\(Self.mayQuote(cell) ? String(number) : Self.quoted(cell)) is outside the scale; counted as missing. Correct it to \(answers.validAnswers), or leave it blank."))
        case let .unknown(text):
            return AnswerCache.Entry(reading: reading, finding: (.unknownAnswer,
                "\(Self.quoted(text)) is not an answer on the scale; counted as missing. Use \(answers.validAnswers), "
                    + "or map the label in a mapping file (--map) under `labels:`."))
        }
    }

    /// How many of a file's first data rows are looked at to choose its ``LinkColumn``.
    static let linkSampleRows = 50

    /// The column that says when each response was given, if any.
    static func timestampColumn(_ plans: [ColumnPlan]) -> Int? {
        // Each candidate's names compacted once, not once for each name looked for.
        let candidates = plans.filter { $0.role == .metadata }.map { ($0.header.index, Set($0.header.names.map(PersonalData.compact))) }
        for name in timestampNames {
            if let (index, _) = candidates.first(where: { $0.1.contains(name) }) { return index }
        }
        return candidates.first { $0.1.contains { $0.hasSuffix("timestamp") } }?.0
    }

    /// The last line of each respondent in each round among the rows that would be scored,
    /// so that earlier duplicates can be rejected in the second pass. Keyed by round, then by
    /// normalized identifier (short identifiers are then stored inline, without an allocation
    /// each), held in memory for this file only.
    private func latestLines(_ file: SurveyFile, respondentColumn: Int, plans: [ColumnPlan], completion: CompletionRule,
                             round: (CSVRecord) -> String?) -> [String: [String: Int]] {
        let itemColumns = plans.compactMap { plan -> Int? in if case .item = plan.role { plan.header.index } else { nil } }
        var lines: [String: [String: Int]] = [:]
        var caches = [AnswerCache](repeating: AnswerCache(), count: itemColumns.count)
        for record in file.dataRecords() {
            if !options.includePartial, completion.incompleteReason(record) != nil { continue }
            guard let identifier = RespondentKeyer.normalize(record[safe: respondentColumn]), let label = round(record) else { continue }
            let answered = itemColumns.indices.contains { index in
                if case .value = caches[index].entry(for: record[safe: itemColumns[index]], read: answer).reading { true } else { false }
            }
            if answered { lines[label, default: [:]][identifier] = record.line }
        }
        return lines
    }

    /// Findings for the stray quotes the check of the file found, one per line, naming the
    /// column where the file's header has one.
    static func addQuoteFindings(_ file: SurveyFile, plans: [ColumnPlan], to rows: inout RowFindings) {
        for stray in file.shape.strayQuotes {
            let column = stray.field < plans.count && !plans[stray.field].header.display.isEmpty
                ? plans[stray.field].header.display : "column \(stray.field + 1)"
            let message = switch stray.kind {
            case .insideUnquotedCell:
                "a quote (\") stands inside a cell that does not start with one; the cell was read as written, quote included. "
                    + "If the quote belongs to the text, put the whole cell in quotes and double the quote (\"\"); if not, remove it."
            case .afterClosingQuote:
                "text follows the closing quote of a quoted cell; it was read as part of the cell. "
                    + "Put the whole cell in quotes and double any quote inside it (\"\"), or remove the stray quote."
            }
            rows.add(.strayQuote, Finding(severity: .warning, file: file.path, line: stray.line, column: column, message: message))
        }
        rows.count(.strayQuote, more: file.shape.rowsWithStrayQuotes - file.shape.strayQuotes.count)
    }

    /// The finding for a file without a single response (when other files have some; with
    /// none anywhere, ``Assessor`` stops with ``ImportError/noResponses(files:)``).
    static func noResponsesFinding(_ file: SurveyFile, round: String?) -> Finding {
        let consequence = round.map { ", so round \"\($0)\" has none from it" } ?? ""
        return Finding(severity: .warning, file: file.path, line: file.headerLine,
                       message: "the file has no responses, only a header\(consequence). "
                           + "Export it again once people have answered, or leave it out.")
    }

    /// The longest cell text a finding quotes, in characters: enough for any answer label or
    /// typo ("Stronlgy agree", "4,5", "n/a"), too short for a sentence someone wrote about
    /// themselves or others.
    static let longestQuotedValue = 24

    /// Whether a finding may quote a cell's text: it is short, does not look like personal
    /// data (``PersonalData/looksPersonal(_:)``, ``PersonNameScreen``), and has fewer than 7
    /// digits (a phone number without separators, an account or member number).
    static func mayQuote(_ text: String) -> Bool {
        let value = text.trimmed
        return value.utf8.count <= 4 * longestQuotedValue && value.count <= longestQuotedValue
            && value.filter(\.isNumber).count < 7
            && !PersonalData.looksPersonal(value) && !PersonNameScreen.looksLikeName(value)
    }

    /// A cell's text for a message: quoted when ``mayQuote(_:)``, else a phrase that says why
    /// it is not shown. Every finding that shows cell text goes through here.
    static func quoted(_ text: String) -> String {
        if mayQuote(text) { return "\"" + text.trimmed + "\"" }
        let value = text.trimmed
        if value.utf8.count > 4 * longestQuotedValue || value.count > longestQuotedValue { return "a long value (not shown)" }
        return "a value that looks like personal data (not shown)"
    }
}
