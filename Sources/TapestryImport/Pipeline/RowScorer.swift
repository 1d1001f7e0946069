import Foundation
import TapestryScoring

/// Scores the data rows of one file, one at a time, into a ``RowBatch``: everything a row
/// needs to know (its columns' roles, the completion rule, how rounds, dates, groups and links
/// are read, each respondent's last line) is fixed before the first row is read, so any run
/// of rows can be scored on its own and merged in file order (``ExportReader`` reads a file's
/// parts on both cores that way).
struct RowScorer: Sendable {
    /// An answer column: the item it answers, where it is, its heading.
    struct ItemColumn: Sendable {
        var item: Int
        var index: Int
        var heading: String
    }

    let file: String
    let plans: [ColumnPlan]
    let options: ImportOptions
    let answers: AnswerReader
    let itemCount: Int
    let itemColumns: [ItemColumn]
    /// For each column, whether rows need its text (every column but the answer columns,
    /// which are read from their bytes).
    let stringColumns: [Bool]
    /// For each column, whether finding respondents' last lines needs its text (their
    /// respondent, round, date and completion columns; ``respondentRows(_:part:hash:)``).
    let keyColumns: [Bool]
    /// The scale's values.
    let scale: ClosedRange<Int>
    let groupColumns: [(index: Int, heading: String)]
    let completion: CompletionRule
    let respondentColumn: Int?
    let roundColumn: Int?
    let timestampColumn: Int?
    let timestamps: TimestampParser?
    let link: LinkColumn?
    let defaultRound: String
    /// The last line of each respondent in each round among the rows that would be scored
    /// (empty without a respondent column): earlier rows of theirs are duplicates.
    var respondents = RespondentIndex()
    /// Reads the connection answers, when the file has connection columns and the run a
    /// member list; each batch gets its own copy (``ExportReader`` reads such a file in one part).
    var connections: ConnectionReader?

    init(file: String, plans: [ColumnPlan], options: ImportOptions, answers: AnswerReader, itemCount: Int,
         completion: CompletionRule, timestampColumn: Int?, timestamps: TimestampParser?, link: LinkColumn?, defaultRound: String) {
        self.file = file
        self.plans = plans
        self.options = options
        self.answers = answers
        self.itemCount = itemCount
        itemColumns = plans.compactMap { plan in
            if case let .item(item) = plan.role { ItemColumn(item: item, index: plan.header.index, heading: plan.header.display) } else { nil }
        }
        stringColumns = plans.map { if case .item = $0.role { false } else { true } }
        scale = answers.scale.min...answers.scale.max
        groupColumns = plans.filter { $0.role == .group }.map { ($0.header.index, $0.header.display) }
        self.completion = completion
        respondentColumn = plans.first { $0.role == .respondent }?.header.index
        roundColumn = plans.first { $0.role == .round }?.header.index
        self.timestampColumn = timestampColumn
        self.timestamps = timestamps
        self.link = link
        self.defaultRound = defaultRound
        let keyIndices = Set([respondentColumn, roundColumn, timestampColumn].compactMap { $0 } + completion.columns)
        keyColumns = plans.indices.map(keyIndices.contains)
    }

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

    /// A row's round: its `round` cell, else its date's period under --round-by, else the
    /// file's round; nil when --round-by cannot date it.
    func roundLabel(_ record: CSVRecord, date: Date?) -> String? {
        if let own = ownRound(record).label { return own }
        guard let period = options.roundBy else { return defaultRound }
        return date.map(period.label)
    }

    /// When the row's response was given, if its timestamp can be read.
    func date(_ record: CSVRecord) -> Date? { timestampColumn.flatMap { timestamps?.parse(record[safe: $0]) } }

    /// One cache of answers read for each answer column (``AnswerCache``), for one batch.
    var emptyCaches: [AnswerCache] { Array(repeating: AnswerCache(), count: itemColumns.count) }

    /// What the answer in column `index` of ``itemColumns`` of a row gives: a blank or a plain
    /// number on the scale straight from its bytes, else from `caches` (found by its bytes)
    /// when the value was met before, else read (and cached).
    func answer(_ cells: RecordCells, column index: Int, caches: inout [AnswerCache]) -> AnswerCache.Entry {
        let field = itemColumns[index].index
        let fromBytes = cells.withValueBytes(at: field) { bytes -> AnswerCache.Entry in
            if bytes.isEmpty { return AnswerCache.Entry(reading: .missing) }
            if let number = Self.plainNumber(bytes), scale.contains(number) { return AnswerCache.Entry(reading: .value(number)) }
            if let entry = caches[index].cached(bytes) { return entry }
            let entry = answer(String(decoding: bytes, as: UTF8.self))
            caches[index].store(entry, for: bytes)
            return entry
        }
        return fromBytes ?? answer(cells.string(at: field), column: index, caches: &caches)
    }

    /// The number written as one to three ASCII digits and nothing else, the common answer.
    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count <= 3 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// What the answer `cell` in column `index` of ``itemColumns`` gives: from `caches` when
    /// the value was met before, else read (and cached).
    func answer(_ cell: String, column index: Int, caches: inout [AnswerCache]) -> AnswerCache.Entry {
        if let entry = caches[index].cached(cell) { return entry }
        let entry = answer(cell)
        caches[index].store(entry, for: cell)
        return entry
    }

    /// What an answer cell gives, and the words of its finding when it cannot be read.
    func answer(_ cell: String) -> AnswerCache.Entry {
        let reading = answers.read(cell)
        switch reading {
        case .value, .missing:
            return AnswerCache.Entry(reading: reading)
        case let .outOfRange(number):
            return AnswerCache.Entry(reading: reading, finding: (.outOfRange,
                "\(ExportReader.mayQuote(cell) ? String(number) : ExportReader.quoted(cell)) is outside the scale; counted as missing. "
                    + "Correct it to \(answers.validAnswers), or leave it blank."))
        case let .unknown(text):
            return AnswerCache.Entry(reading: reading, finding: (.unknownAnswer,
                "\(ExportReader.quoted(text)) is not an answer on the scale; counted as missing. Use \(answers.validAnswers), "
                    + "or map the label in a mapping file (--map) under `labels:`."))
        }
    }

    /// The rows of `part` that would be scored and have a respondent, in file order, to be
    /// added to ``respondents`` (``RespondentIndex``) part after part: each one's key hashed
    /// with `hash`, and where its record starts.
    func respondentRows(_ file: SurveyFile, part: FilePart, hash: RespondentIndex.Hash) -> [RespondentIndex.Row] {
        guard let respondentColumn else { return [] }
        var rows: [RespondentIndex.Row] = []
        var caches = emptyCaches
        file.forEachRecord(in: part) { cells in
            let record = cells.record(strings: keyColumns)
            if !options.includePartial, completion.incompleteReason(record) != nil { return }
            guard let identifier = RespondentKeyer.normalize(record[safe: respondentColumn]),
                  let label = roundLabel(record, date: date(record)) else { return }
            let answered = itemColumns.indices.contains { index in
                if case .value = answer(cells, column: index, caches: &caches).reading { true } else { false }
            }
            if answered { rows.append(RespondentIndex.Row(hash: hash(label, identifier), line: record.line, position: cells.position)) }
        }
        return rows
    }

    /// The respondent and round of the record of `file` at `position` on `line`, read again
    /// (the record has both: it was added to ``respondents``).
    func respondentKey(_ file: SurveyFile, position: Int, line: Int) -> RespondentIndex.Key {
        guard let record = file.record(at: position, line: line, strings: keyColumns), let respondentColumn,
              let identifier = RespondentKeyer.normalize(record[safe: respondentColumn]),
              let label = roundLabel(record, date: date(record)) else {
            preconditionFailure("a record in the respondent index has a respondent and a round")
        }
        return RespondentIndex.Key(round: label, identifier: identifier)
    }

    /// Scores the rows of `part` of `file` into a new batch whose builder is a part of `builder`.
    func batch(_ file: SurveyFile, part: FilePart, builder: AssessmentBuilder) -> RowBatch {
        var batch = RowBatch(builder: builder.part(), file: self.file)
        batch.connections = connections
        var caches = emptyCaches
        file.forEachRecord(in: part) { cells in
            if !batch.stopped { add(cells, to: &batch, caches: &caches, file: file) }
        }
        return batch
    }

    /// Scores one row of `file`: accepted into its round, or rejected with a finding that gives its line.
    func add(_ cells: RecordCells, to batch: inout RowBatch, caches: inout [AnswerCache], file surveyFile: SurveyFile) {
        let record = cells.record(strings: stringColumns)
        batch.tally.read += 1
        let date = date(record)
        let own = ownRound(record)
        if own.personal { batch.personalRounds.add(line: record.line) }
        if own.tooLong { batch.longRounds.add(line: record.line) }
        guard let roundLabel = roundLabel(record, date: date) else {
            batch.builder.reject(round: RoundPeriod.undated)
            batch.tally.undated += 1
            batch.findings.add(.undated, Finding(
                severity: .warning, file: file, line: record.line, column: plans[timestampColumn!].header.display,
                message: "no date can be read here, so the row cannot be placed in a round (--round-by); it was not scored."))
            return
        }
        if !options.includePartial, let incomplete = completion.incompleteReason(record) {
            batch.builder.reject(round: roundLabel)
            batch.tally.partial += 1
            batch.findings.add(.partial, Finding(
                severity: .info, file: file, line: record.line, column: plans[incomplete.column].header.display,
                message: "not scored: \(incomplete.reason). Pass --include-partial to score such responses too."))
            return
        }
        let identifier = respondentColumn.flatMap { RespondentKeyer.normalize(record[safe: $0]) }
        if let identifier, !respondents.isEmpty,
           let last = respondents.lastLine(of: RespondentIndex.Key(round: roundLabel, identifier: identifier),
                                           hash: respondents.hash(roundLabel, identifier), line: record.line,
                                           keyAt: { respondentKey(surveyFile, position: $0, line: $1) }),
           last != record.line {
            batch.builder.reject(round: roundLabel)
            batch.tally.duplicates += 1
            batch.findings.add(.duplicate, Finding(
                severity: .warning, file: file, line: record.line,
                column: plans[respondentColumn!].header.display,
                message: "the same respondent answered again in this round on line \(last); only the last response is scored. "
                    + "If these are different people, give them different ids."))
            return
        }
        let width = plans.count
        if record.fields.count > width, record.fields[width...].contains(where: { !$0.isEmpty }) {
            batch.findings.add(.extraFields, Finding(
                severity: .warning, file: file, line: record.line,
                message: "this row has \(record.fields.count) fields but the header has \(width); the extra values were ignored. "
                    + "Check for an unquoted delimiter in a cell."))
        }
        var response = Response(answers: [Int?](repeating: nil, count: itemCount))
        var answered = 0
        var unreadable = false
        for (index, column) in itemColumns.enumerated() {
            let entry = answer(cells, column: index, caches: &caches)
            switch entry.reading {
            case let .value(value):
                response.answers[column.item] = value
                answered += 1
            case .missing:
                break
            case .outOfRange, .unknown:
                unreadable = true
            }
            if let finding = entry.finding {
                batch.findings.add(finding.kind, Finding(severity: .warning, file: file, line: record.line, column: column.heading,
                                                         message: finding.message))
            }
        }
        for (index, heading) in groupColumns {
            // Named when the batch is merged (``nameGroups(of:into:labels:)``): until then the
            // batch's groups go by their values.
            let value = record[safe: index].trimmed
            if value.isEmpty {
                response.group = ImportOptions.unstatedGroup
            } else {
                response.group = value
                if !batch.groups.note(value, line: record.line, column: heading) {
                    batch.stopped = true
                    return
                }
            }
        }
        if answered == 0 && !unreadable {
            batch.builder.rejectOnlyMissing(round: roundLabel)
            batch.tally.onlyMissing += 1
            batch.findings.addOnlyMissing(line: record.line)
            return
        }
        if answered == 0 {
            batch.builder.reject(round: roundLabel)
            batch.tally.unreadable += 1
            batch.findings.add(.noAnswer, Finding(
                severity: .warning, file: file, line: record.line,
                message: "this row has no answer on the scale that can be read; it was not scored (rejected). "
                    + "Correct the values reported for this line, or map their labels (--map)."))
            return
        }
        if let link {
            // The identifier (an e-mail address, say) goes into the keyed hash and nowhere else.
            response.respondentKey = link.identifier(in: record).flatMap(options.keyer.linkKey)
        }
        batch.identifiers[roundLabel, default: 0] += response.respondentKey == nil ? 0 : 1
        response.date = date
        response.connections = batch.connections?.read(record)
        batch.builder.add(response, round: roundLabel)
        batch.tally.accepted += 1
        if let date, date > (batch.latest ?? .distantPast) { batch.latest = date }
    }

    /// Names the groups `part` met, in the order they first appear (``GroupLabels``), telling
    /// `total`'s builder when a neutral label moves and noting the values reported under one;
    /// returns the name for each of the part's values. Throws when the run has more groups than
    /// it may, at the line of the first value too many.
    func nameGroups(of part: RowBatch, into total: inout RowBatch, labels: inout GroupLabels,
                    replaced: inout (values: Set<String>, firstLine: Int?)) throws -> [String: String] {
        for (value, line, heading) in part.groups.firstSeen {
            let (_, isNeutral) = labels.name(for: value, builder: &total.builder)
            if labels.count > GroupLabels.maximumGroups {
                throw ImportError.tooManyGroups(file: file, line: line, column: heading, limit: GroupLabels.maximumGroups)
            }
            if isNeutral {
                replaced.values.insert(value)
                replaced.firstLine = replaced.firstLine ?? line
            }
        }
        precondition(!part.stopped, "a part stops only past the number of groups a run may have")
        var names: [String: String] = [:]
        for (value, _, _) in part.groups.firstSeen { names[value] = labels.reportedName(of: value) }
        return names
    }
}
