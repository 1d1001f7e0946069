import Foundation
import Testing
import TapestryReport
import TapestryScoring

/// The Markdown and HTML reports lead with the story, read back by their parsers: the
/// headline's sentences open the report, as the model words them; the action plan opens with
/// the (at most three) priorities in order, with their steps and lagging groups, then the
/// "keep going" sentences, then every step area by area.
@Suite struct ReportOpeningTests {
    /// Two rounds built for the priorities (``PriorityTests/model()``): Weak, Split (South
    /// lags) and Steady first; Rising improved clearly.
    static func models() throws -> [(name: String, model: ReportModel)] {
        try [("two rounds", PriorityTests.model())]
            + MarkdownReportTests.cases().map { ($0.name, try MarkdownFixtures.model($0.assessment)) }
    }

    static func markdown(_ model: ReportModel) throws -> [[Any]] {
        let files = try MarkdownRenderer(jsonLink: true).render(model)
        let report = String(decoding: try #require(files.first { $0.name == "report.md" }).contents, as: UTF8.self)
        return try MarkdownFixtures.parse(report)["blocks"] as? [[Any]] ?? []
    }

    static func html(_ model: ReportModel) throws -> [String: Any] {
        try HTMLReportTests.parse(String(decoding: try HTMLRenderer(jsonLink: true).render(model), as: UTF8.self))
    }

    /// What a priority's item says before its steps.
    static func item(_ priority: ReportModel.Priority) -> String {
        "\(priority.area.title). \(priority.reason)" + (priority.laggingGroups.map { " \($0)" } ?? "")
    }

    @Test func theReportOpensWithTheHeadline() throws {
        for (name, model) in try Self.models() {
            let sentences = model.headline.sentences
            #expect(sentences.count >= 2, "\(name)")
            let blocks = try Self.markdown(model)
            // The title, the round line, then the headline's sentences, each a paragraph, then the summary.
            #expect(blocks.first?.first as? String == "heading", "\(name)")
            #expect(blocks[1] as? [String] == ["paragraph", model.roundLine], "\(name)")
            let opening = blocks.dropFirst(2).prefix(sentences.count).map { $0 as? [String] ?? [] }
            #expect(opening == sentences.map { ["paragraph", $0] }, "\(name)")
            #expect(blocks[2 + sentences.count].last as? String == "Summary", "\(name)")
            // The page: after the round line, the same sentences.
            let paragraphs = try Self.html(model)["paragraphs"] as? [String] ?? []
            #expect(Array(paragraphs.prefix(1 + sentences.count)) == [model.roundLine] + sentences, "\(name)")
        }
    }

    @Test func theActionPlanOpensWithThePriorities() throws {
        for (name, model) in try Self.models() {
            let blocks = try Self.markdown(model)
            let plan = try #require(blocks.firstIndex { $0.last as? String == "Action plan" }, "\(name)")
            let rest = Array(blocks[(plan + 1)...])
            let firstList = try #require(rest.firstIndex { ["ordered", "bullet"].contains($0.first as? String) }, "\(name)")
            let items = rest[firstList].last as? [String] ?? []
            if model.priorities.isEmpty {
                #expect(rest[firstList].first as? String == "bullet", "\(name): no priorities, so the first list is the catalogue")
            } else {
                #expect(rest[firstList].first as? String == "ordered", "\(name)")
                #expect(items == model.priorities.map(Self.item), "\(name)")
            }
            #expect(model.priorities.count <= 3, "\(name)")
            // Then the keep-going sentences, then every area to act on, under its own heading.
            let after = Array(rest[(model.priorities.isEmpty ? firstList : firstList + 1)...])
            let keepGoing = after.prefix { $0.first as? String == "paragraph" }.compactMap { $0.last as? String }
            #expect(keepGoing == model.keepGoing, "\(name)")
            let all = try #require(after.firstIndex { $0.first as? String == "heading" }, "\(name)")
            #expect(after[all] as? [AnyHashable] == ["heading", 3, "All steps, area by area"] as [AnyHashable], "\(name)")
            let catalogue = try #require(after.dropFirst(all).first { $0.first as? String == "bullet" }?.last as? [String], "\(name)")
            #expect(catalogue.map { $0.components(separatedBy: " (").first ?? "" } == model.actions.map(\.title), "\(name)")
            // The page says the same.
            let lists = try Self.html(model)["lists"] as? [[String: Any]] ?? []
            let priorities = lists.first { $0["class"] as? String == "priorities" }?["items"] as? [String]
            #expect(priorities.map { $0.map(HTMLReportTests.seen) } == (model.priorities.isEmpty ? nil : model.priorities.map(Self.item)), "\(name)")
        }
    }

    @Test func anImprovedAreaIsAcknowledgedAndALaggingGroupNamed() throws {
        let model = try PriorityTests.model()
        let blocks = try Self.markdown(model)
        let plan = try #require(blocks.firstIndex { $0.last as? String == "Action plan" })
        let list = try #require(blocks[plan...].first { $0.first as? String == "ordered" }?.last as? [String])
        #expect(list.count == 3, "\(list)")
        // Weak: 2.5 on 1–5 is 37.5, shown as 38.
        #expect(list == ["Weak. Concern (health 38 of 100).",
                         "Split. Borderline (health 50 of 100), and members see it differently. One group lags here: South 2.00, against 3.00 for all members.",
                         "Steady. Borderline (health 63 of 100)."])
        #expect(!list.contains { $0.hasPrefix("Rising") })
        #expect(blocks.contains { $0 as? [String] == ["paragraph", "Rising improved clearly since 2026-Q1: keep going."] })
        let html = try Self.html(model)
        #expect((html["paragraphs"] as? [String] ?? []).contains("Rising improved clearly since 2026-Q1: keep going."))
    }

    @Test func withNothingToActOnThePlanSaysSo() throws {
        var model = try PriorityTests.model()
        model.priorities = []
        model.actions = []
        model.keepGoing = []
        let blocks = try Self.markdown(model)
        let plan = try #require(blocks.firstIndex { $0.last as? String == "Action plan" })
        #expect(blocks[plan + 1] as? [String] == ["paragraph", model.noActionsSentence])
        #expect(model.noActionsSentence.contains("keep comparing each round with the last"))
        #expect(!blocks.contains { $0.last as? String == "All steps, area by area" })
    }

    @Test func theDiscussionStartsFromTheLeastHealthyStatementsInEveryOrientation() throws {
        let report = try MarkdownFixtures.render(try MarkdownReportTests.cases()[2].assessment)["report.md"]!
        #expect(!report.contains("rated lowest"))
        #expect(report.contains("Start the discussion from the statements with the least healthy answers: "))
    }
}
