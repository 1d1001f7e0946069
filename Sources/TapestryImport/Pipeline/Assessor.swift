import Foundation
import TapestryScoring

/// Reads every input of a request, scores it, and collects the findings: the one call the
/// `assess` command makes.
public enum Assessor {
    /// Runs the assessment. Throws ``ImportError`` when an input cannot be used at all, or
    /// when no input has a single data row (``ImportError/noResponses(files:)``).
    public static func assess(_ request: AssessmentRequest, instrument: Instrument) throws -> Assessment {
        var builder = AssessmentBuilder(instrument: instrument, keepingResponses: request.keepResponses,
                                          atMost: request.maximumKeptResponses, members: request.importing.members)
        var findings: [Finding] = []
        var inputs: [InputSummary] = []
        var latest: Date?
        var options = request.importing
        // One file without --round-by is one round unless it has a round column, which the
        // reader sees: nothing to link otherwise, and nothing kept per respondent.
        options.linkRounds = options.linkRounds && (request.inputs.count > 1 || options.roundBy != nil)
        let reader = ExportReader(instrument: instrument, options: options)
        var groupLabels = GroupLabels()
        var linker = RoundLinker()
        for input in request.inputs {
            let file = try SurveyFile.open(input.path, instrument: instrument)
            let report = try reader.read(file, defaultRound: input.round, into: &builder, groupLabels: &groupLabels)
            findings += report.findings
            inputs.append(report.input)
            linker.add(report.links)
            if let date = report.latestResponse, date > (latest ?? .distantPast) { latest = date }
        }
        let rounds = builder.results(options: request.scoring)
        // Header rows alone are not an assessment: saying so beats writing empty reports.
        guard rounds.contains(where: { $0.rows.read > 0 }) else {
            throw ImportError.noResponses(files: request.inputs.map(\.path))
        }
        var assessment = Assessment(
            instrument: instrument, coalition: request.coalition, options: request.scoring,
            rounds: Self.inTimeOrder(rounds), findings: findings, inputs: inputs, latestResponse: latest)
        assessment.links = linker.links(assessment.scoredRounds)
        return assessment
    }

    /// Rounds in the order they were given, unless every round with responses has dates: then
    /// by their first response (an "undated" round, of set-aside rows only, goes last).
    static func inTimeOrder(_ rounds: [RoundResult]) -> [RoundResult] {
        let dated = rounds.filter { $0.respondents > 0 }
        guard !dated.isEmpty, dated.allSatisfy({ $0.firstResponse != nil }) else { return rounds }
        return rounds.enumerated().sorted { a, b in
            switch (a.element.firstResponse, b.element.firstResponse) {
            case let (x?, y?): x != y ? x < y : a.offset < b.offset
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): a.offset < b.offset
            }
        }.map(\.element)
    }
}
