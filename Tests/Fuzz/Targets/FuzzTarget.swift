import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring

/// The readers of untrusted bytes, each as one function that takes any bytes and must return
/// (throwing is fine: a clear error is the right answer to a bad file) without trapping,
/// hanging or exhausting memory. `make fuzz` runs them under libFuzzer; the regression test
/// replays every input that once crashed one of them (`Tests/Fuzz/crashes/<target>/`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A CSV or text export, through the whole import: decoding, dialect, platform, columns,
    /// answers, and scoring into a builder.
    case csv
    /// An `.xlsx` workbook, through the same import.
    case xlsx
    /// An instrument (YAML).
    case instrument
    /// A mapping file (YAML).
    case mapping
    /// A project file (`tapestry.yaml`).
    case project
    /// The timestamp parser: each line of the input is one cell of a timestamp column.
    case timestamp
    /// A Markdown report template (Mustache), rendered over a small fixed assessment.
    case template
    /// A member list (`--members FILE`, CSV with `name` and `type`), for the map of connections.
    case members

    /// Feeds `data` to this target's reader.
    public func run(_ data: Data) {
        switch self {
        case .csv, .xlsx:
            Self.importFile(data, path: self == .csv ? "fuzz.csv" : "fuzz.xlsx")
        case .instrument:
            _ = try? InstrumentLoader.load(yaml: String(decoding: data, as: UTF8.self), file: "fuzz.yaml")
        case .mapping:
            guard let instrument = Self.defaultInstrument else { return }
            _ = try? MappingFile.load(yaml: String(decoding: data, as: UTF8.self), file: "map.yaml", instrument: instrument)
        case .project:
            _ = try? ProjectFile.parse(String(decoding: data, as: UTF8.self), path: "tapestry.yaml")
        case .timestamp:
            let cells = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let parser = TimestampParser(sample: cells)
            for cell in cells { _ = parser.parse(cell) }
        case .members:
            _ = try? MemberList.parse(csv: String(decoding: data, as: UTF8.self), file: "members.csv")
        case .template:
            guard let model = Self.smallModel,
                  let renderer = try? MarkdownRenderer(template: String(decoding: data, as: UTF8.self), jsonLink: false) else { return }
            _ = try? renderer.render(model)
        }
    }

    /// Reads `data` as the export at `path` and scores it.
    private static func importFile(_ data: Data, path: String) {
        guard let instrument = defaultInstrument else { return }
        do {
            let file = try SurveyFile(data: data, path: path, instrument: instrument)
            var builder = AssessmentBuilder(instrument: instrument)
            _ = try ExportReader(instrument: instrument, options: ImportOptions()).read(file, defaultRound: "fuzz", into: &builder)
            _ = builder.results(options: ScoringOptions())
        } catch {
            // A clear error is a correct answer to a bad file.
        }
    }

    private static let defaultInstrument = try? Instrument.partnershipHealth()

    /// Three respondents of the default instrument, in two groups, scored and modelled once.
    private static let smallModel: ReportModel? = {
        guard let instrument = defaultInstrument else { return nil }
        let items = instrument.items.map(\.id)
        var csv = "respondent,group," + items.joined(separator: ",") + "\n"
        for (index, answer) in ["2", "4", "5"].enumerated() {
            csv += "r\(index),g\(index % 2)," + items.map { _ in answer }.joined(separator: ",") + "\n"
        }
        guard let file = try? SurveyFile(data: Data(csv.utf8), path: "fuzz.csv", instrument: instrument) else { return nil }
        var builder = AssessmentBuilder(instrument: instrument)
        var options = ImportOptions()
        options.groupBy = "group"
        guard let report = try? ExportReader(instrument: instrument, options: options).read(file, defaultRound: "fuzz", into: &builder)
        else { return nil }
        let assessment = Assessment(instrument: instrument, coalition: "Fuzz", options: ScoringOptions(minimumGroupSize: 1),
                                    rounds: builder.results(options: ScoringOptions(minimumGroupSize: 1)), findings: report.findings,
                                    inputs: [report.input], latestResponse: nil)
        guard let catalogue = try? RecommendationCatalogue.shipped() else { return nil }
        return ReportModel(assessment, catalogue: catalogue, toolVersion: "fuzz")
    }()
}
