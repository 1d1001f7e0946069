import TapestryScoring

/// A small instrument and six respondents whose statistics are worked out by hand in
/// ``HandComputedStatisticsTests``.
enum Fixtures {
    static let scale = Scale(
        min: 1, max: 5,
        labels: ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"],
        missing: ["Don't know"])

    /// A (2 items, principle), B (3 items, benefit, B3 reverse-keyed), C (2 items, drawback,
    /// negative polarity).
    static let instrument = Instrument(
        id: "test", version: "1", title: "Test", scale: scale,
        dimensions: [
            Dimension(id: "A", title: "A", category: "principle", polarity: .positive,
                      items: [Item(id: "A1", text: "a1"), Item(id: "A2", text: "a2")]),
            Dimension(id: "B", title: "B", category: "benefit", polarity: .positive,
                      items: [Item(id: "B1", text: "b1"), Item(id: "B2", text: "b2"),
                              Item(id: "B3", text: "b3", reverse: true)]),
            Dimension(id: "C", title: "C", category: "drawback", polarity: .negative,
                      items: [Item(id: "C1", text: "c1"), Item(id: "C2", text: "c2")]),
        ])

    /// Answers in item order: A1 A2 | B1 B2 B3 | C1 C2.
    static let answers: [[Int?]] = [
        [4, 5, 5, 4, 2, 2, 1],
        [3, 4, 4, 4, 1, 3, 2],
        [5, 5, 3, nil, nil, 1, 1],
        [2, 3, 4, 5, 2, 4, 4],
        [4, 4, 5, 5, 1, 2, 3],
        [nil, 3, nil, nil, 3, nil, nil],
    ]

    static func round(groups: [String?]? = nil, options: ScoringOptions = ScoringOptions()) -> RoundResult {
        var builder = AssessmentBuilder(instrument: instrument)
        for (index, answers) in answers.enumerated() {
            builder.add(Response(group: groups?[index] ?? nil, answers: answers), round: "r")
        }
        return builder.results(options: options)[0]
    }
}

/// |a − b| ≤ tolerance, with nil never close to anything.
func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}
