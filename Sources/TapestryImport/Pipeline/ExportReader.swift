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
        return try ColumnClassifier(instrument: instrument, mapping: options.mapping, groupBy: options.groupBy,
                             organisationColumn: options.organisationColumn)
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
        try read(file, defaultRound: defaultRound, into: &builder, groupLabels: &groupLabels, parts: file.dataParts())
    }

    /// Scores `file` into `builder`, reading `parts` of it on their own (on every core) and
    /// merging them in file order: the result is the same whatever the parts (a test checks it),
    /// and whatever `respondentHash` (which finds duplicate respondents, ``RespondentIndex``).
    func read(_ file: SurveyFile, defaultRound: String, into builder: inout AssessmentBuilder,
              groupLabels: inout GroupLabels, parts: [FilePart],
              respondentHash: @escaping RespondentIndex.Hash = RespondentIndex.keyedHash) throws -> FileReport {
        if let line = file.unterminatedQuoteLine() { throw ImportError.unterminatedQuote(file: file.path, line: line) }
        var (plans, findings) = try plan(file)
        guard plans.contains(where: { if case .item = $0.role { true } else { false } }) else {
            throw ImportError.noItemColumns(file: file.path, line: file.headerLine, headers: plans.map(\.header.display))
        }
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
        var scorer = RowScorer(
            file: file.path, plans: plans, options: options, answers: answers, itemCount: itemCount,
            completion: CompletionRule(platform: file.platform, plans: plans), timestampColumn: timestampColumn,
            timestamps: timestamps, link: link, defaultRound: defaultRound)
        // Only a file with a connection or organisation column has anything for the reader to
        // read (without one, a reader notes nothing and finds nothing).
        let readsConnections = plans.contains { plan in
            switch plan.role {
            case .organisation, .connection: true
            default: false
            }
        }
        scorer.connections = readsConnections
            ? ConnectionReader(instrument: instrument, members: options.members, plans: plans, mapping: options.mapping, file: file.path)
            : nil
        // Connection answers are read in one part: their findings and their caps on distinct
        // names follow the order of the whole file. Such files are a coalition's size (its
        // members' answers), so one core reads them in a moment; other files (the instrument
        // may ask about connections without the file having such columns) are read in parts.
        let parts = scorer.connections == nil ? parts : file.dataParts(at: [])
        if respondentColumn != nil {
            // Which of a respondent's rows is the last needs the whole file: a first pass (in
            // parts, merged in order) finds it before any row is scored.
            let first = scorer
            var respondents = RespondentIndex(expected: file.rowCount, hash: respondentHash)
            let hash = respondents.hash
            PartRunner.run(parts, work: { part in
                defer { file.release(part) }
                return first.respondentRows(file, part: part, hash: hash)
            }) { rows in
                for row in rows { respondents.add(row) { first.respondentKey(file, position: $0, line: $1) } }
            }
            scorer.respondents = respondents
        }
        // The run's builder is moved into the batch every part is merged into, and back.
        var total = RowBatch(builder: builder, file: file.path)
        builder = builder.part()
        defer { builder = total.builder }
        Self.addQuoteFindings(file, plans: plans, to: &total.findings)
        var replaced: (values: Set<String>, firstLine: Int?) = ([], nil)
        let reader = scorer
        let template = total.builder
        try PartRunner.run(parts, work: { part in
            defer { file.release(part) }
            return reader.batch(file, part: part, builder: template)
        }) { part in
            let names = try reader.nameGroups(of: part, into: &total, labels: &groupLabels, replaced: &replaced)
            total.merge(part, groupNames: names)
        }
        links.identifiers = total.identifiers
        if total.tally.read == 0 {
            total.builder.declareRound(defaultRound)
            findings.append(Self.noResponsesFinding(file, round: defaultRound))
        }
        if let groupPlan = plans.first(where: { $0.role == .group }), !replaced.values.isEmpty {
            let count = replaced.values.count
            findings.append(Finding(
                severity: .info, file: file.path, line: replaced.firstLine, column: groupPlan.header.display,
                message: "\(count) group \(count == 1 ? "name looks" : "names look") like personal data (an e-mail address, "
                    + "phone number, IP address or a person's name), so reports show \(count == 1 ? "it" : "them") as "
                    + "\"Group 1\", \"Group 2\"… instead and never quote \(count == 1 ? "it" : "them"). "
                    + "If a group is meant to be named so, give it another name in the file."))
        }
        /// One warning for the rows whose `round` value could not name a round: `what` says why,
        /// for one row and for several; the rows were scored in the file's own round.
        func unnamedRounds(_ rows: LineCount, what: (one: String, many: String), advice: String) {
            let count = rows.count
            guard count > 0, let roundColumn else { return }
            findings.append(Finding(
                severity: .warning, file: file.path, line: rows.firstLine, column: plans[roundColumn].header.display,
                message: "\(count) \(count == 1 ? what.one : what.many); "
                    + "\(count == 1 ? "it was" : "they were") scored in the file's own round instead. \(advice)"))
        }
        let personalWhy = "like personal data (an e-mail address, phone number, IP address or a person's name), which reports never show"
        unnamedRounds(total.personalRounds,
                      what: ("row's round value looks " + personalWhy, "rows' round values look " + personalWhy),
                      advice: "Give the rounds other names.")
        let longWhy = "longer than \(TextLimits.maxRoundLabelCharacters) characters, too long to name a round"
        unnamedRounds(total.longRounds,
                      what: ("row's round value is " + longWhy, "rows' round values are " + longWhy),
                      advice: "Give the rounds short names, such as 2026-Q1.")
        findings += total.findings.findings
        findings += total.connections?.findings(headerLine: file.headerLine) ?? []
        let input = InputSummary(
            file: file.path, platform: file.platform.rawValue, encoding: file.encoding,
            personalColumns: plans.filter { $0.role == .personal }.map(\.header.display),
            ignoredColumns: plans.filter { $0.role == .ignored && !$0.header.display.isEmpty && $0.header.index != link?.index }
                .map(\.header.display),
            linkColumn: link?.heading)
        return FileReport(findings: findings, input: input, latestResponse: total.latest, rows: total.tally, links: links)
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
