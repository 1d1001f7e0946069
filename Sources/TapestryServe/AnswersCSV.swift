// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import TapestryReport
import TapestryScoring

/// The workshop's answers as the canonical CSV (`tapestry template csv`'s header: `respondent`,
/// `group`, then one column per item id), which `tapestry assess` and `tapestry compare
/// --group-by group` read unchanged. Respondents are numbered r1, r2, …; no token is written.
public enum AnswersCSV {
    /// The file's text.
    public static func render(_ workshop: Workshop, answers: [SubmittedAnswers], instrument: Instrument) -> String {
        var text = CanonicalCSVTemplate.render(instrument)
        for (index, sent) in answers.enumerated() {
            let cells = ["r\(index + 1)", field(workshop.tables[sent.table])]
                + instrument.items.map { item in sent.answers[item.id].map(String.init) ?? "" }
            text += cells.joined(separator: ",") + "\n"
        }
        return text
    }

    /// `value` quoted when it holds a comma, a quote or a line break.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
#endif
