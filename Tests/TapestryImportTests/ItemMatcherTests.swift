import Testing
import TapestryImport
import TapestryScoring

/// Columns matched to items by id, text, parts of a heading, the mapping file, and
/// unambiguous near matches only.
@Suite struct ItemMatcherTests {
    static let instrument = Instrument(
        id: "m", version: "1", title: "M",
        scale: Scale(min: 1, max: 5, labels: ["1", "2", "3", "4", "5"], missing: []),
        dimensions: [Dimension(id: "d", title: "D", category: "principle", polarity: .positive, items: [
            Item(id: "EQ1", text: "Every member's voice carries weight here."),
            Item(id: "EQ2", text: "Members respect each other's mission, independence and limits."),
            Item(id: "TR1", text: "We are asked for our views early, before decisions are made."),
            Item(id: "TR2", text: "We are asked for our views late, after decisions are made."),
        ])])

    let matcher = ItemMatcher(instrument: instrument, mapping: ["Q2[SQ001]": "TR2"])

    func item(_ header: ColumnHeader) -> String? {
        matcher.match(header).map { Self.instrument.items[$0.item].id }
    }

    @Test(arguments: [
        (ColumnHeader(index: 0, name: "eq1"), "EQ1"),
        (ColumnHeader(index: 0, name: "How much do you agree? [Every member’s voice carries weight here]"), "EQ1" as String?),
        (ColumnHeader(index: 0, name: "How much do you agree? [Every member's voice carries weight here]"), "EQ1"),
        (ColumnHeader(index: 0, name: "Q2_1", label: "Please rate - MEMBERS RESPECT each other's mission,  independence and limits"), "EQ2"),
        (ColumnHeader(index: 0, name: "<b>We are asked for our views early, before decisions are made.</b>"), "TR1"),
        (ColumnHeader(index: 0, name: "", label: "We are asked for our views early, before decisions are made.", question: "Rate these"), "TR1"),
        (ColumnHeader(index: 0, name: "Q2[SQ001]"), "TR2"),
        (ColumnHeader(index: 0, name: "Q9", importId: "QID9"), nil),
    ])
    func matches(header: ColumnHeader, expected: String?) {
        // A curly apostrophe is punctuation like a straight one: "member’s" matches exactly.
        #expect(item(header) == expected)
    }

    @Test func aTypoFixedInTheSurveyStillMatchesAndSaysSo() throws {
        let match = try #require(matcher.match(ColumnHeader(index: 0, name: "Members respect each others mision, independence and limits")))
        #expect(Self.instrument.items[match.item].id == "EQ2")
        guard case .near = match.kind else { Issue.record("expected a near match"); return }
    }

    @Test func anAmbiguousNearMatchIsLeftUnmatched() {
        let twins = Instrument(
            id: "t", version: "1", title: "T", scale: Self.instrument.scale,
            dimensions: [Dimension(id: "d", title: "D", category: "norm", polarity: .positive, items: [
                Item(id: "M1", text: "Our coalition meets every month."),
                Item(id: "M2", text: "Our coalition meets every mouth."),
            ])])
        // One edit from each: "moith" could be either, so neither is chosen.
        #expect(ItemMatcher(instrument: twins).match(ColumnHeader(index: 0, name: "Our coalition meets every moith.")) == nil)
        // Items one character apart are never near-matched (no text is clearly closer to one),
        // but their exact texts still match.
        #expect(ItemMatcher(instrument: twins).match(ColumnHeader(index: 0, name: "Our coalition meets every monthh.")) == nil)
        #expect(ItemMatcher(instrument: twins).match(ColumnHeader(index: 0, name: "OUR COALITION MEETS EVERY MONTH"))?.item == 0)
    }

    @Test func aCutLabelMatchesTheOnlyItemItStarts() throws {
        let match = try #require(matcher.match(ColumnHeader(index: 0, name: "Q1", label: "Question-Members respect each other's mission...")))
        #expect(Self.instrument.items[match.item].id == "EQ2")
        #expect(matcher.match(ColumnHeader(index: 0, name: "Q1", label: "Question-We are asked for our views...")) == nil)
    }
}
