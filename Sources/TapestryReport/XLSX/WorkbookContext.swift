import TapestryScoring

/// What every sheet needs: the assessment, the round the summary is about (the latest),
/// and names to show.
struct WorkbookContext {
    let assessment: Assessment
    let toolVersion: String
    /// The most respondents the Responses sheet lists.
    let maximumListedResponses: Int
    /// Whether the workbook has the detail sheets (Data quality…) the Summary refers to; a
    /// portfolio's coalition summaries do not.
    var hasDetailSheets = true

    var instrument: Instrument { assessment.instrument }
    var scale: Scale { instrument.scale }
    /// The round the Summary is about: the latest.
    var latest: RoundResult? { assessment.latestRound }

    func title(of dimensionId: String) -> String {
        instrument.dimensions.first { $0.id == dimensionId }?.title ?? dimensionId
    }

    /// A dimension's score on 0–100, higher always healthier (drawbacks flipped).
    func health(_ dimension: DimensionStatistics) -> Double? {
        dimension.mean.map { scale.health($0, polarity: dimension.polarity) }
    }

    /// The band style of a band.
    static func style(_ band: Band?) -> XlsxStyle {
        switch band {
        case .strength: .strength
        case .borderline: .borderline
        case .concern: .concern
        case nil: .text
        }
    }

    /// Traffic lights on a column of band names.
    static func bandColours(_ sheet: XlsxSheet, rows: ClosedRange<Int>, column: Int) throws {
        for band in Band.allCases {
            try sheet.highlight(rows: rows, column: column, containing: band.rawValue, style: style(band))
        }
    }
}
