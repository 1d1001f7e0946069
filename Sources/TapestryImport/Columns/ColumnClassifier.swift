import TapestryScoring

/// Decides each column's role. In order: the `--group-by` column; personal data by name
/// (dropped; ``PersonalData/isPersonalVariable(_:)``); instrument items; personal data by the
/// heading's words (``PersonalHeading``); the platform's metadata (ids, dates, status); any
/// other column whose values look like e-mail or IP addresses or phone numbers (personal);
/// everything else is ignored, with a finding that gives the mapping-file line to add if it
/// should be scored. Mapping-file headings that match no column are warnings
/// (``UnmatchedMappingHeadings``).
public struct ColumnClassifier: Sendable {
    /// Column names (letters and digits only) that platforms use for metadata.
    static let metadataNames: Set<String> = [
        "startdate", "enddate", "status", "progress", "durationinseconds", "duration", "finished", "recordeddate",
        "responseset", "responsesetid", "distributionchannel", "userlanguage", "collectorid", "timestamp",
        "starttime", "completiontime", "lastmodifiedtime", "submitdate", "lastpage", "startlanguage", "seed",
        "datestamp", "start", "end", "submissiontime", "validationstatus", "notes", "version", "tags", "index",
        "redcapsurveyidentifier", "surveyidentifier", "surveytimestamp", "complete", "responsetype",
        "startdateutc", "stagedateutc", "submitdateutc", "datesubmitted", "datestarted", "datelastaction",
        "today", "deviceid", "instanceid", "formhubuuid", "metainstanceid", "group", "lang", "language",
    ]
    /// Names of the column that tells submissions apart, most specific first.
    static let respondentNames = ["respondent", "responseid", "respondentid", "recordid", "uuid", "id", "participantid"]

    private let instrument: Instrument
    private let matcher: ItemMatcher
    private let groupBy: String?
    private let mapping: MappingFile
    private let connections: ConnectionColumnMatcher
    private let organisationColumn: String?

    /// Column names (letters and digits only) that hold the respondent's organisation.
    static let organisationNames: Set<String> = ["organisation", "organization", "yourorganisation", "yourorganization",
                                                        "organisationname", "organizationname"]

    /// Prepares a classifier; `mapping` maps headings to item ids; `organisationColumn` names
    /// the column of the respondent's organisation when it is not called `organisation`.
    public init(instrument: Instrument, mapping: MappingFile = MappingFile(), groupBy: String? = nil,
                organisationColumn: String? = nil) {
        self.instrument = instrument
        matcher = ItemMatcher(instrument: instrument, mapping: mapping.columns)
        connections = ConnectionColumnMatcher(instrument: instrument, mapping: mapping.columns)
        self.organisationColumn = organisationColumn
        self.mapping = mapping
        self.groupBy = groupBy
    }

    /// Every column's plan, and findings about columns. `sample` is a few data rows, used to
    /// recognise personal data by its values; `line` is the last header row's line.
    public func classify(_ headers: [ColumnHeader], platform: Platform, sample: [CSVRecord],
                         file: String, line: Int) throws -> (plans: [ColumnPlan], findings: [Finding]) {
        var findings: [Finding] = []
        var plans: [ColumnPlan] = []
        var itemColumns: [Int: String] = [:]
        let groupKey = groupBy.map(TextFolding.fold)
        let organisationKey = organisationColumn.map(TextFolding.fold)
        var organisationFound = false
        for header in headers {
            let keys = header.names.map(PersonalData.compact)
            var plan = ColumnPlan(header: header, role: .ignored)
            if let groupKey, !plans.contains(where: { $0.role == .group }),
               header.names.contains(where: { TextFolding.fold($0) == groupKey }) {
                if header.names.contains(where: PersonalData.isPersonal) {
                    throw ImportError.personalGroupColumn(file: file, column: header.display)
                }
                plan.role = .group
            } else if !organisationFound,
                      organisationKey.map({ key in header.names.contains { TextFolding.fold($0) == key } })
                        ?? Self.isOrganisation(header) {
                plan.role = .organisation
                organisationFound = true
            } else if header.names.contains(where: PersonalData.isPersonalVariable) {
                plan.role = .personal
            } else if let match = matcher.match(header) {
                if let earlier = itemColumns[match.item] {
                    findings.append(Finding(
                        severity: .warning, file: file, line: line, column: header.display,
                        message: "a second column for item \(instrument.items[match.item].id) (the first is \"\(earlier)\"); only the first is scored. Remove one, or map each in a mapping file (--map)."))
                } else {
                    itemColumns[match.item] = header.display
                    plan.role = .item(match.item)
                    plan.match = match
                    if case let .near(text) = match.kind {
                        findings.append(Finding(
                            severity: .info, file: file, line: line, column: header.display,
                            message: "matched to item \(instrument.items[match.item].id) (\"\(instrument.items[match.item].text)\") although the text differs (\"\(text)\"). If that is wrong, map the column in a mapping file (--map): \(MappingFile.columnLine(heading: header.display))"))
                    }
                }
            } else if let (question, choice) = connections.match(header) {
                plan.role = .connection(question, choice: choice)
            } else if header.names.contains(where: PersonalData.isPersonal) {
                plan.role = .personal
            } else if keys.contains(where: { Self.isMetadata($0) }) || (header.name == "#" && platform == .typeform) {
                plan.role = .metadata
            } else if sample.contains(where: { PersonalData.looksPersonal($0[safe: header.index]) }) {
                plan.role = .personal
            } else if keys.contains("round") {
                plan.role = .round
            }
            plans.append(plan)
        }
        markRespondent(&plans, platform: platform)
        for plan in plans where plan.role == .ignored && !plan.header.display.isEmpty {
            findings.append(Finding(
                severity: .info, file: file, line: line, column: plan.header.display,
                message: "not matched to any item of instrument `\(instrument.id)`; the column is ignored. "
                    + "To score it, put this line under `columns:` in a mapping file and pass --map: "
                    + MappingFile.columnLine(heading: plan.header.display)))
        }
        if let organisationColumn, !organisationFound {
            findings.append(Finding(
                severity: .warning, file: file, line: line, column: organisationColumn,
                message: "no column is headed \"\(organisationColumn)\" (--organisation-column), so respondents' organisations are not known "
                    + "and their connections are not on the map. Use a heading as `tapestry inspect` shows it."))
        }
        if let groupBy, !plans.contains(where: { $0.role == .group }) {
            throw ImportError.groupColumnNotFound(file: file, column: groupBy, headers: headers.map(\.display))
        }
        for (index, item) in instrument.items.enumerated() where itemColumns[index] == nil && !itemColumns.isEmpty {
            findings.append(Finding(
                severity: .info, file: file, line: line, column: item.id,
                message: "no column holds item \(item.id); its answers count as missing. If a column holds it under another heading, map it (--map): "
                    + MappingFile.columnLine(heading: "HEADING", item: item.id)))
        }
        findings += UnmatchedMappingHeadings.findings(mapping, headers: headers, export: file)
        return (plans, findings)
    }

    /// Whether the column is named as the respondent's organisation: `organisation`, or the
    /// last part of a Kobo path (`group_about/organisation`).
    static func isOrganisation(_ header: ColumnHeader) -> Bool {
        header.names.contains { name in
            let last = name.contains(" ") ? name : String(name.split(separator: "/").last ?? "")
            return organisationNames.contains(PersonalData.compact(name)) || organisationNames.contains(PersonalData.compact(last))
        }
    }

    private static func isMetadata(_ key: String) -> Bool {
        metadataNames.contains(key) || key.hasSuffix("timestamp") || key.hasSuffix("complete") || key.hasSuffix("utc")
            || key == "responseid" || key == "respondentid" || key == "recordid" || key == "uuid" || key == "id"
    }

    /// The column that tells submissions apart becomes the respondent column: the first column
    /// for REDCap and LimeSurvey, `#` for Typeform, else the best-named metadata column.
    private func markRespondent(_ plans: inout [ColumnPlan], platform: Platform) {
        var chosen: Int?
        switch platform {
        case .redcap, .limesurvey:
            if let first = plans.first, first.role == .metadata || first.role == .ignored { chosen = 0 }
        case .typeform:
            chosen = plans.firstIndex { $0.header.name == "#" }
        default:
            break
        }
        if chosen == nil {
            for name in Self.respondentNames {
                if let index = plans.firstIndex(where: { plan in
                    (plan.role == .metadata || plan.role == .ignored) && plan.header.names.map(PersonalData.compact).contains(name)
                }) {
                    chosen = index
                    break
                }
            }
        }
        if let chosen { plans[chosen].role = .respondent }
    }
}
