import TapestryScoring

/// What the comparison's templates (Markdown and HTML) print: the ``ComparisonModel`` laid out
/// as text. Every number is formatted with ``ReportNumbers`` and every word comes from the
/// model; nothing is computed. Hidden groups appear only with their name, size and reason.
struct ComparisonViewModel {
    struct Cell {
        var score: String
        /// The agreement within the group (rwg), two decimals.
        var agreement: String
        /// The band's word ("strength", "not scored").
        var band: String
        /// A CSS class for the band's colour.
        var bandClass: String
        /// "*" when the group differs from the rest of the room by more than chance, else nil.
        var mark: String?
        /// Whether this is the whole room's cell (the last of a row).
        var room: Bool
    }
    struct Column { var name: String; var room: Bool }
    struct Row { var title: String; var cells: [Cell] }
    struct Hidden { var name: String; var n: Int; var reason: String }
    struct Difference { var group: String; var sentence: String; var chance: String; var chanceSentence: String }
    struct Spread { var item: String; var text: String; var scores: [String]; var range: String }

    var title: String
    var roundLine: String
    var rule: String?
    var anonymous: Bool
    /// The shown groups' names, then the whole room's heading.
    var columns: [Column]
    /// Their sizes, the whole room's last.
    var sizes: [Int]
    var rows: [Row]
    var hasTable: Bool
    var nothingShown: String?
    var tableNote: String
    var agreementNote: String
    var bandLegend: String
    /// The note on marked scores; nil when none is marked.
    var markNote: String?
    var hiddenSentence: String?
    var hidden: [Hidden]
    var differences: [Difference]
    var chanceNote: String?
    var spreads: [Spread]
    var toolVersion: String
    // Stored, not computed: templates see stored properties only.
    var hasHidden = false
    var hasDifferences = false
    var hasSpreads = false

    init(_ model: ComparisonModel) {
        title = model.title
        roundLine = model.roundLine
        rule = model.groups?.rule
        anonymous = model.groups?.anonymous ?? true
        columns = model.shown.map { Column(name: $0.name, room: false) } + [Column(name: model.roomLabel, room: true)]
        sizes = model.shown.map(\.n) + [model.round?.respondents ?? 0]
        rows = model.rows.map { row in
            let cells = row.groups.map { ($0, false) } + [(row.room, true)]
            return Row(title: row.area.label, cells: cells.map { cell, room in
                Cell(score: ReportNumbers.score(cell.mean), agreement: ReportNumbers.fixed(cell.agreement, decimals: 2),
                     band: ReportWords.band(cell.band), bandClass: cell.band?.rawValue ?? "none", mark: cell.standsOut ? "*" : nil, room: room)
            })
        }
        hasTable = !model.shown.isEmpty && model.round != nil
        nothingShown = hasTable ? nil : model.nothingShown
        tableNote = model.tableNote
        agreementNote = model.agreementNote
        bandLegend = model.bandLegend
        markNote = model.rows.contains { $0.groups.contains(where: \.standsOut) } ? model.markNote : nil
        hiddenSentence = model.groups?.hiddenSentence
        hidden = (model.groups?.hidden ?? []).map { Hidden(name: $0.name, n: $0.n, reason: $0.hiddenReason ?? "") }
        differences = model.differences.map {
            Difference(group: $0.group, sentence: $0.sentence, chance: $0.chance.rawValue, chanceSentence: $0.chanceSentence)
        }
        chanceNote = model.chanceNote
        spreads = model.spreads.map { spread in
            Spread(item: spread.item, text: spread.text, scores: (spread.groupMeans + [spread.roomMean]).map(ReportNumbers.score),
                   range: ReportNumbers.score(spread.range))
        }
        toolVersion = model.report.toolVersion
        hasHidden = !hidden.isEmpty
        hasDifferences = !differences.isEmpty
        hasSpreads = !spreads.isEmpty
    }
}
