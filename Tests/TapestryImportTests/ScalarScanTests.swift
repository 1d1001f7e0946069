import Foundation
import Testing
@testable import TapestryImport

/// Scans that replaced Foundation calls on the hot path read text exactly as those calls did.
@Suite struct ScalarScanTests {
    /// The check that replaced `^V\d+$` (Qualtrics' legacy column names) reads every name as
    /// the expression does: digits of any script, one line break allowed at the end.
    @Test func legacyQualtricsNamesAsTheExpressionReadsThem() {
        let names = ["V1", "V123", "V", "v1", "V1a", "aV1", "V1\n", "V1\r\n", "V1\n\n", "V1\r", "V1\u{2028}", "V1\u{85}",
                     "V1\u{0B}", "V1 ", " V1", "V١٢", "V\u{FF11}", "V1\n2", "V\n", "V12\r\n\n", "V²", "V1\u{301}"]
        for name in names {
            let expected = name.range(of: #"^V\d+$"#, options: .regularExpression) != nil
            #expect(ColumnHeader.isLegacyQualtricsName(name) == expected, "\(name.debugDescription)")
        }
        #expect(ColumnHeader(index: 0, name: "V7", label: "How much do you trust").display == "How much do you trust")
        #expect(ColumnHeader(index: 0, name: "V7x", label: "How much do you trust").display == "V7x")
    }

    /// `trimmed` removes exactly what Foundation's `trimmingCharacters(in:)` does.
    @Test func trimmingAsFoundationDoes() {
        let texts = ["", " ", "a", " a ", "\ta b\n", "\u{A0}x\u{3000}", "\u{2028}x\u{85}", "x\u{200B}", "\u{FEFF}x",
                     "\r\n", "e\u{301} ", " \u{301}e", "🙂 ", "a\u{2029}", "\u{1680}a\u{202F}", "\u{0B}\u{0C}a\u{1C}"]
        for text in texts {
            #expect(text.trimmed.unicodeScalars.elementsEqual(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars),
                    "\(text.debugDescription)")
        }
    }
}
