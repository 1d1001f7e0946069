// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import TapestryReport
import TapestryScoring

/// The room view: the stored answers scored by the scoring library (``AssessmentBuilder``), the
/// same ``ComparisonModel`` as `tapestry compare` and the same page as `compare --format html`,
/// so that the room sees what `compare` says of the exported CSV.
enum RoomView {
    /// The label of the one round a workshop is.
    static let roundLabel = "workshop"

    /// The assessment of `answers`: one response per sent answer set, grouped by table. A set
    /// without a single answer is counted as read and set aside, as the import does with such a row.
    static func assessment(_ workshop: Workshop, answers: [SubmittedAnswers], instrument: Instrument) -> Assessment {
        var builder = AssessmentBuilder(instrument: instrument)
        for sent in answers {
            let values = instrument.items.map { sent.answers[$0.id] }
            if values.allSatisfy({ $0 == nil }) {
                builder.rejectOnlyMissing(round: roundLabel)
            } else {
                builder.add(Response(group: workshop.tables[sent.table], answers: values), round: roundLabel)
            }
        }
        let options = ScoringOptions(minimumGroupSize: workshop.minimumGroupSize)
        return Assessment(instrument: instrument, coalition: workshop.title, options: options,
                          rounds: builder.results(options: options), findings: [])
    }

    /// The comparison model of `answers`, tables as groups.
    static func model(_ workshop: Workshop, answers: [SubmittedAnswers], instrument: Instrument, toolVersion: String) throws -> ComparisonModel {
        let report = ReportModel(assessment(workshop, answers: answers, instrument: instrument),
                                 catalogue: try RecommendationCatalogue.shipped(), toolVersion: toolVersion)
        return ComparisonModel(report, groupedBy: "table")
    }

    /// The page: `compare --format html`'s, with a link to the server's own style sheet (the
    /// links back, hidden in print), a reload every `refresh` seconds while answers may still
    /// come in, and the Content-Security-Policy hash of its one style element.
    static func page(_ model: ComparisonModel, workshop: Workshop, refresh: Int?) throws -> (html: String, styleHash: String) {
        var html = String(decoding: try ComparisonHTMLRenderer().render(model), as: UTF8.self)
        let style = html.range(of: "<style>").flatMap { open in
            html.range(of: "</style>", range: open.upperBound..<html.endIndex).map { String(html[open.upperBound..<$0.lowerBound]) }
        } ?? ""
        var head = "<link rel=\"stylesheet\" href=\"/static/room.css\">\n"
        if let refresh { head += "<meta http-equiv=\"refresh\" content=\"\(refresh)\">\n" }
        html = html.replacingOccurrences(of: "</head>", with: head + "</head>")
        let nav = """
            <nav class="serve"><a href="/workshops/\(workshop.id)">Back to the workshop</a> · \
            join with code <strong>\(workshop.code)</strong>\(refresh == nil ? " · closed" : " · updates itself as answers come in")</nav>

            """
        if let body = html.range(of: "<body>\n") { html.insert(contentsOf: nav, at: body.upperBound) }
        return (html, Secrets.cspHash(style))
    }
}
#endif
