import Foundation
import TapestryImport
import TapestryScoring

/// Small assessments read from CSV text, for the renderers' golden files.
enum ReportFixtures {
    static let instrument = Instrument(
        id: "mini", version: "2", title: "Mini check",
        scale: Scale(min: 1, max: 5, labels: ["SD", "D", "N", "A", "SA"], missing: ["Don't know"]),
        dimensions: [
            Dimension(id: "trust", title: "Trust", category: "principle", polarity: .positive,
                      items: [Item(id: "T1", text: "t1"), Item(id: "T2", text: "t2", reverse: true)]),
            Dimension(id: "gains", title: "Gains", category: "benefit", polarity: .positive,
                      items: [Item(id: "G1", text: "g1"), Item(id: "G2", text: "g2")]),
            Dimension(id: "costs", title: "Costs", category: "drawback", polarity: .negative,
                      items: [Item(id: "C1", text: "c1"), Item(id: "C2", text: "c2")]),
            Dimension(id: "unanswered", title: "Unanswered", category: "norm", polarity: .positive,
                      items: [Item(id: "U1", text: "u1")]),
        ])

    /// Seven respondents in groups "North" (4) and "South | <b>\u{1B}[31m" (3): the second
    /// is suppressed at the default minimum, which suppresses North too.
    static let csv = """
        respondent,team,T1,T2,G1,G2,C1,C2,U1
        1,North,4,2,5,4,2,1,
        2,North,5,1,4,4,3,2,
        3,North,3,3,4,5,2,2,
        4,North,4,2,5,5,1,2,
        5,South | <b>\u{1B}[31m,2,4,3,3,4,4,
        6,South | <b>\u{1B}[31m,3,5,,,4,5,
        7,South | <b>\u{1B}[31m,2,4,3,2,9,4,
        8,,,,,,,,

        """

    static func assessment(minimumGroupSize: Int = 5) throws -> Assessment {
        let options = ScoringOptions(minimumGroupSize: minimumGroupSize)
        var builder = AssessmentBuilder(instrument: instrument)
        let file = try SurveyFile(data: Data(csv.utf8), path: "mini.csv", instrument: instrument)
        let findings = try ExportReader(instrument: instrument, options: ImportOptions(groupBy: "team"))
            .read(file, defaultRound: "2026-Q1", into: &builder).findings
        return Assessment(instrument: instrument, coalition: "Mini \"coalition\"", options: options,
                          rounds: builder.results(options: options), findings: findings)
    }
}
