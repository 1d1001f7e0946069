import Foundation
import Testing
import TapestryScoring
@testable import TapestryImport

/// Labels, missing words, mapping keys and statements match through typographic quotes,
/// dashes, Unicode spaces, invisible characters and Unicode normalisation (``TextFolding``).
@Suite struct TypographicFoldingTests {
    static let scale = Scale(
        min: 1, max: 5,
        labels: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
        missing: ["Don't know", "Not applicable", "Don't know / not applicable", "N/A"])

    @Test(arguments: [
        ("Don’t know", "don't know"),
        ("Don‘t know", "don't know"),
        ("Donʼt know", "don't know"),
        ("Don´t know", "don't know"),
        ("“Agree”", "\"agree\""),
        ("«Agree»", "\"agree\""),
        ("5 – Strongly agree", "5 - strongly agree"),
        ("5 — Strongly agree", "5 - strongly agree"),
        ("5 ‐ Strongly agree", "5 - strongly agree"),
        ("−3", "-3"),
        ("Strongly\u{00A0}agree", "strongly agree"),
        ("Strongly\u{202F}agree", "strongly agree"),
        ("Strongly\u{2009}\u{3000}agree", "strongly agree"),
        ("\u{FEFF}Agree\u{200B}", "agree"),
        ("Ag\u{00AD}ree", "agree"),
        ("Ａｇｒｅｅ", "agree"),
        ("Plut\u{00F4}t d’accord", "plutôt d'accord"),
        ("Plut\u{006F}\u{0302}t d'accord", "plutôt d'accord"),
        ("diﬀerent", "different"),
        ("ℌello ﹘ ok", "hello - ok"),
        ("Συμφωνώ", "συμφωνώ"),
        ("Don't know", "don't know"),
    ])
    func folding(text: String, folded: String) {
        let result = TextFolding.fold(text)
        // Swift compares strings by canonical equivalence (NFC), which makes "o" + U+0302 "ô".
        #expect(result == folded)
        if !text.unicodeScalars.contains("\u{0302}") {
            #expect(Array(result.unicodeScalars) == Array(folded.unicodeScalars))
        }
    }

    @Test func typographicAnswersAreRead() {
        let reader = AnswerReader(scale: Self.scale)
        #expect(reader.read("Don’t know") == .missing)
        #expect(reader.read("Don’t know / not applicable") == .missing)
        #expect(reader.read("Don’t\u{00A0}know") == .missing)
        #expect(reader.read("5 – Strongly agree") == .value(5))
        #expect(reader.read("(4)\u{00A0}Agree") == .value(4))
        #expect(reader.read("Tout à fait d’accord") == .value(5))
        #expect(reader.read("Plutôt d’accord") == .value(4))
        #expect(reader.read("Plut\u{006F}\u{0302}t d’accord") == .value(4))
        #expect(reader.read("Ｓｔｒｏｎｇｌｙ ａｇｒｅｅ") == .value(5))
        #expect(reader.read("Agree\u{200B}") == .value(4))
    }

    @Test func mappingKeysMatchThroughTypography() {
        // Labels and missing words written with straight quotes in the mapping, curly in the export.
        let mapping = MappingFile(columns: ["Q2 – Every member’s voice": "EQ1"], labels: ["C'est bon": 4],
                                  missing: ["Je n'ai pas d'avis"])
        let reader = AnswerReader(scale: Self.scale, mapping: mapping)
        #expect(reader.read("C’est bon") == .value(4))
        #expect(reader.read("Je n’ai pas d’avis") == .missing)
        let matcher = ItemMatcher(instrument: ItemMatcherTests.instrument, mapping: mapping.columns)
        #expect(matcher.match(ColumnHeader(index: 0, name: "Q2 - Every member's\u{00A0}voice")).map(\.item) == 0)
    }

    @Test func statementsMatchThroughTypographyAndCompatibilityForms() throws {
        let instrument = try Instrument.partnershipHealth()
        let matcher = ItemMatcher(instrument: instrument)
        func id(_ heading: String) -> String? {
            matcher.match(ColumnHeader(index: 0, name: heading)).map { instrument.items[$0.item].id }
        }
        let item = try #require(instrument.items.first { $0.text.hasPrefix("The differences between") })
        let ligature = item.text.replacingOccurrences(of: "ff", with: "\u{FB00}")
        #expect(ligature != item.text)
        #expect(id(ligature) == item.id)
        let curly = try #require(instrument.items.first { $0.text.contains("'") })
        #expect(id(curly.text.replacingOccurrences(of: "'", with: "’").replacingOccurrences(of: " ", with: "\u{00A0}")) == curly.id)
    }

    @Test func asciiTextTakesTheFastPathUnchanged() {
        #expect(TextFolding.fold("  Strongly   AGREE \t") == "strongly agree")
        #expect(TextFolding.foldLabel("strongly_agree") == "strongly agree")
        #expect(TextFolding.fold("don`t") == "don`t")
    }

    @Test(arguments: ["’ ", "ﬀ ", "\u{00A0}x", "é–", "o\u{0302} ", "Ａ", "Σ"])
    func aMegabyteOfTypographyFoldsInTime(piece: String) {
        let text = LinearTimeTests.repeated(piece, toLength: LinearTimeTests.megabyte)
        let reader = AnswerReader(scale: Self.scale)
        let time = LinearTimeTests.seconds { _ = reader.read(text) }
        #expect(time < 5, "\(piece): \(time) s")
    }
}
