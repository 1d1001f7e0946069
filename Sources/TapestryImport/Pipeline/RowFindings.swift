import TapestryScoring

/// One file's findings about rows and cells, at most ``TextLimits/findingsPerKind`` of each
/// kind; beyond that they are only counted, and each kind's count becomes one finding at the
/// end, so memory does not grow with the number of bad rows. Rows that answered only "don't
/// know / not applicable" are not a problem: they make one note for the file, whatever
/// their number.
struct RowFindings {
    /// What a finding is about; each kind is capped on its own.
    enum Kind: CaseIterable {
        case strayQuote, undated, partial, duplicate, extraFields, outOfRange, unknownAnswer, noAnswer

        var severity: Finding.Severity { self == .partial ? .info : .warning }

        /// The finding that stands for `count` more of this kind.
        func summary(_ count: Int) -> String {
            let more = "\(count) more"
            return switch self {
            case .strayQuote:
                "\(more) lines have stray quotes like those above; they are not listed one by one. Correct them the same way."
            case .undated:
                "\(more) rows have no date that can be read, so they cannot be placed in a round (--round-by); they were not scored."
            case .partial:
                "\(more) rows are partial or test responses and were not scored. Pass --include-partial to score such responses too."
            case .duplicate:
                "\(more) rows repeat a respondent of the same round; only each respondent's last response is scored."
            case .extraFields:
                "\(more) rows have more fields than the header; the extra values were ignored. Check for an unquoted delimiter in a cell."
            case .outOfRange:
                "\(more) cells hold numbers outside the scale; they count as missing."
            case .unknownAnswer:
                "\(more) cells hold text that is not an answer on the scale; they count as missing. "
                    + "Map such labels in a mapping file (--map) under `labels:`."
            case .noAnswer:
                "\(more) rows have no answer on the scale that can be read and were not scored (rejected)."
            }
        }
    }

    private let file: String
    private var kept: [(kind: Kind, finding: Finding)] = []
    private var counts: [Kind: Int] = [:]
    /// Rows that answered only blanks and missing labels: how many, and the first lines.
    private var onlyMissing = 0
    private var onlyMissingLines: [Int] = []

    /// How many lines the note about rows that answered only "don't know / not applicable"
    /// lists before it says how many more: 5, enough to find them in the file (they are
    /// often a run of test or early submissions), short enough for one line of the terminal.
    static let onlyMissingLinesListed = 5

    /// Findings about rows of `file`.
    init(file: String) {
        self.file = file
    }

    /// Adds a finding of `kind`; it is made only while the kind is under its cap.
    mutating func add(_ kind: Kind, _ finding: @autoclosure () -> Finding) {
        counts[kind, default: 0] += 1
        if counts[kind]! <= TextLimits.findingsPerKind { kept.append((kind, finding())) }
    }

    /// Adds the findings of `later`, about rows that come after these: the same as adding
    /// them here one by one (each kind's cap counts from this one's findings).
    mutating func merge(_ later: RowFindings) {
        var seen = counts
        for entry in later.kept {
            seen[entry.kind, default: 0] += 1
            if seen[entry.kind]! <= TextLimits.findingsPerKind { kept.append(entry) }
        }
        counts.merge(later.counts, uniquingKeysWith: +)
        onlyMissing += later.onlyMissing
        onlyMissingLines += later.onlyMissingLines.prefix(Self.onlyMissingLinesListed - onlyMissingLines.count)
    }

    /// Counts `count` more findings of `kind` that were never made (their number is known).
    mutating func count(_ kind: Kind, more count: Int) {
        counts[kind, default: 0] += count
    }

    /// Counts a row at `line` that answered only blanks and missing labels.
    mutating func addOnlyMissing(line: Int) {
        onlyMissing += 1
        if onlyMissingLines.count < Self.onlyMissingLinesListed { onlyMissingLines.append(line) }
    }

    /// The findings in the order added, then one for each kind that went over its cap, then
    /// the note about rows that answered only "don't know / not applicable".
    var findings: [Finding] {
        kept.map(\.finding) + Kind.allCases.compactMap { kind in
            let over = counts[kind, default: 0] - TextLimits.findingsPerKind
            return over > 0 ? Finding(severity: kind.severity, file: file, message: kind.summary(over)) : nil
        } + (onlyMissing > 0 ? [onlyMissingNote] : [])
    }

    /// One note for every row that answered only blanks and missing labels, with the first
    /// lines.
    private var onlyMissingNote: Finding {
        let more = onlyMissing - onlyMissingLines.count
        let lines = onlyMissingLines.map(String.init).joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
        let rows = onlyMissing == 1 ? "1 row (line \(lines)) answered" : "\(onlyMissing) rows (lines \(lines)) answered"
        return Finding(
            severity: .info, file: file, line: onlyMissingLines.first,
            message: "\(rows) only \"don't know\" or \"not applicable\", or left every statement blank: there is "
                + "nothing to score, so \(onlyMissing == 1 ? "it is" : "they are") counted as read and set aside. Nothing needs doing.")
    }
}
