import TapestryScoring

/// What every sheet needs: the report model (every number, band, title and sentence already
/// worked out), the round the summary is about, and how much to list.
struct WorkbookContext {
    let model: ReportModel
    /// The most respondents the Responses sheet lists.
    let maximumListedResponses: Int
    /// Whether the workbook has a Responses sheet (`--include-responses`); the About sheet
    /// says why it has or has not.
    var includesResponses = false
    /// Whether the workbook has the detail sheets (Data quality…) the Summary refers to; a
    /// portfolio's coalition summaries do not.
    var hasDetailSheets = true

    /// The raw assessment, for what the sheets list as it is (responses, inputs, links).
    var assessment: Assessment { model.assessment }
    var instrument: Instrument { model.assessment.instrument }
    /// The answer scale.
    var scale: Scale { model.scale }
    /// "1–5": the instrument's answer scale, as headings name it.
    var scaleRange: String { "\(model.scale.min)–\(model.scale.max)" }
    /// The round the Summary is about: the latest.
    var latest: ReportModel.Round? { model.latest }

    /// What the Health and At strength level columns mean, under the Summary's and the
    /// Dimensions sheet's tables (the words of the model's ``ReportModel/areasNote``).
    static let healthNote = "Health: the score on 0–100, higher always healthier (drawbacks flipped). "
        + "At strength level: the share of members whose own score reaches the strength band."

    /// The band style of a band.
    static func style(_ band: Band?) -> XlsxStyle {
        switch band {
        case .strength: .strength
        case .borderline: .borderline
        case .concern: .concern
        case nil: .text
        }
    }

    /// A band's colour in charts: the hue of its cell fill, darker (dark green, light amber,
    /// red), so bars differ in lightness too.
    static func chartColor(_ band: Band?) -> UInt32 {
        switch band {
        case .strength: 0x2E7D32
        case .borderline: 0xF2C037
        case .concern: 0xC0392B
        case nil: 0xBFBFBF
        }
    }

    /// Traffic lights on a column of band names.
    static func bandColours(_ sheet: XlsxSheet, rows: ClosedRange<Int>, column: Int) throws {
        for band in Band.allCases {
            try sheet.highlight(rows: rows, column: column, containing: band.rawValue, style: style(band))
        }
    }
}
