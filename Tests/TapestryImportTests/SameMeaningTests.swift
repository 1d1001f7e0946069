import Foundation
import TapestryTestSupport
import Testing
@testable import TapestryImport

/// The hand-written checks that replaced backtracking regular expressions (issue 9) say
/// exactly what the expressions said: on chosen cases, and on thousands of random short
/// texts built from the characters that matter to each.
@Suite struct SameMeaningTests {
    @Test(arguments: [
        "alice.member@corp.example", "write to bob@x.org today", "a@b.cd", "a@b.c", "a@.cd", "@b.cd", "a@b-.cd",
        "a@b..cd", "x a@b.c1d", "a@@b.cd", "name@host", "first.last+tag@sub.example.co.uk",
        "192.168.77.12", "1.2.3.4", "1.2.3", "1.2.3.4.5", "1234.1.1.1", "١٢٣.١.١.١", " 10.0.0.1 ", "1..2.3",
        "fe80::1", "::1", "2001:db8:0:0:0:0:2:1", "1:2:3:4:5:6:7:8:9", ":::::", "abcd:ef01:2345", "g::1", "12345::1",
        "+44 20 7946 0958", "020 7946 0958", "(555) 123-4567", "555.123.4567", "5551234567", "05551234567",
        "+1-800-555-0199", "123 456 789 012 345 6", "2026-09-08 14:28", "1/2/2026 10:20", "٠٥٥٥١٢٣٤٥٦٧",
        "Strongly agree", "3", "", "     ", "Henry Leakname", "+", "+123456789", "12 34",
    ])
    func personalValues(text: String) {
        #expect(PersonalData.looksPersonal(text) == RegexReference.looksPersonal(text), "\(text.debugDescription)")
    }

    @Test func personalValuesAtRandom() {
        var random = SeededGenerator(seed: 9)
        let general = ["a", "Z", "q", "f", "F", "0", "5", "9", "@", ".", "..", "-", "_", "+", "%", ":", " ", "(", ")",
                       "\t", "\n", "٣", "é", "/", "T", "\u{A0}", "\u{2028}", "ab", "co", "@x.", "e\u{301}"]
        let digits = ["0", "1", "2", "5", "9", "12", "345", " ", "-", ".", "(", ")", "+", "٣", "\u{A0}", "\t", ":", "x"]
        for index in 0..<6_000 {
            let text = random.text(from: index.isMultiple(of: 2) ? general : digits, length: 18)
            #expect(PersonalData.looksPersonal(text) == RegexReference.looksPersonal(text), "\(text.debugDescription)")
        }
    }

    @Test func htmlStrippingAtRandom() {
        var random = SeededGenerator(seed: 10)
        let pieces = ["<", ">", "&", "#", ";", "1", "٣", "a", " ", "_", "&amp;", "&lt;", "&gt;", "&nbsp;", "&#39;", "&rsquo;",
                      "&#", "&#12;", "<b>", "</p>", "x", "\n", "é", "&mdash;", "&quot"]
        for _ in 0..<4_000 {
            let text = random.text(from: pieces, length: 12)
            #expect(TextFolding.stripHTML(text) == RegexReference.stripHTML(text), "\(text.debugDescription)")
        }
    }

    @Test func numberPrefixesAtRandom() {
        var random = SeededGenerator(seed: 11)
        let pieces = ["(", ")", "-", "5", "12", "٣", " ", ".", ":", "=", "x", "agree", "\u{A0}", "\t", "\u{2028}"]
        for _ in 0..<4_000 {
            let text = random.text(from: pieces, length: 9)
            #expect(AnswerReader.afterNumberPrefix(text) == RegexReference.afterNumberPrefix(text), "\(text.debugDescription)")
        }
    }

    @Test func redcapChoiceHeadingsAtRandom() {
        var random = SeededGenerator(seed: 12)
        let pieces = ["(choice=", ")", "x", "\n", "(", "choice", "=", " ", "\u{2028}", "\r\n", "\u{85}", "))"]
        for _ in 0..<4_000 {
            let text = random.text(from: pieces, length: 8)
            #expect(PlatformDetector.namesAChoice(text) == RegexReference.namesAChoice(text), "\(text.debugDescription)")
        }
    }

    @Test func recordsAtRandomMatchTheByteAtATimeTokenizer() {
        var random = SeededGenerator(seed: 13)
        let pieces = ["a", ",", "\"", "\n", "\r", ";", "\r\n", "é", "\"\"", "b", " "]
        for _ in 0..<6_000 {
            let text = random.text(from: pieces, length: 16)
            var tokenizer = CSVTokenizer(text: text)
            let records = Array(IteratorSequence(tokenizer))
            while tokenizer.next() != nil {}
            let reference = RegexReference.tokenize(text)
            #expect(records == reference.records, "\(text.debugDescription)")
            #expect(tokenizer.unterminatedQuoteLine == reference.open, "\(text.debugDescription)")
        }
    }

    @Test func windows1252MatchesFoundation() throws {
        for byte in UInt8(0x80)...UInt8(0xFF) {
            let bytes: [UInt8] = [0x61, byte, 0x62]
            let foundation = String(bytes: bytes, encoding: .windowsCP1252)
            #expect(CodePage.windows1252.utf8(bytes).map { String(decoding: $0, as: UTF8.self) } == foundation, "byte \(byte)")
        }
    }
}
