import Foundation
import TapestryScoring
import TapestryTemplates

/// The printable questionnaire (`tapestry template questionnaire`): instructions, the scale,
/// and every item once, grouped by dimension, with a tick box per point and a "don't know"
/// column, then the connection questions (the respondent's organisation and a box for names),
/// if the instrument has any; for coalitions that collect answers on paper or without a survey platform.
public enum QuestionnaireRenderer {
    /// Where the default template lives under `Templates/`.
    public static let templatePath = "reports/questionnaire.md.mustache"

    struct Item { var id: String; var text: String; var boxes: [Int] }
    struct Section { var number: Int; var title: String; var items: [Item] }
    struct Point { var point: Int; var label: String; var last: Bool }
    struct Connection { var text: String }
    struct Model {
        var title: String
        var coalition: String?
        var minutes: Int
        var minimumGroup: Int
        var lowest: String
        var highest: String
        var points: [Int]
        var sections: [Section]
        var scale: [Point]
        var returnTo: String
        var connections: [Connection]
        var connectionsNumber: Int
        var hasConnections: Bool
    }

    /// The questionnaire for `instrument`.
    public static func render(_ instrument: Instrument, coalition: String? = nil, template: String? = nil) throws -> String {
        guard let text = template ?? TemplateFiles.contents(of: templatePath) else {
            throw ReportError.template("the questionnaire template is missing from this build; run `make templates`.")
        }
        _ = MarkdownContentType.registered
        let scale = instrument.scale
        let points = Array(scale.min...scale.max)
        let model = Model(
            title: instrument.title, coalition: coalition,
            minutes: max(5, Int((Double(instrument.items.count) * 10 / 60).rounded(.up))),
            minimumGroup: ScoringOptions.anonymousGroupSize,
            lowest: "\(scale.min) (\(scale.labels.first ?? ""))", highest: "\(scale.max) (\(scale.labels.last ?? ""))",
            points: points,
            sections: instrument.dimensions.enumerated().map { index, dimension in
                Section(number: index + 1, title: dimension.title, items: dimension.items.map {
                    Item(id: $0.id, text: $0.text, boxes: points)
                })
            },
            scale: points.enumerated().map { Point(point: $1, label: scale.labels[$0], last: $0 == points.count - 1) },
            returnTo: "the coordinator, or enter it in the blank CSV (tapestry template csv)",
            connections: instrument.connections.map { Connection(text: $0.text) },
            connectionsNumber: instrument.dimensions.count + 1,
            hasConnections: !instrument.connections.isEmpty)
        let parsed = try ReportTemplate(text, name: template == nil ? "the shipped questionnaire template" : "the questionnaire template")
        return try parsed.render(model).trimmingCharacters(in: .newlines) + "\n"
    }
}
