// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import TapestryScoring

/// The workshop's answers as the canonical CSV (`respondent`, `group`, then one column per item
/// id, as in `tapestry template csv`; a workshop asks no connection questions, so the template's
/// `organisation` and connection columns are left out), which `tapestry assess` and `tapestry
/// compare --group-by group` read unchanged. Respondents are numbered r1, r2, …; no token is written.
public enum AnswersCSV {
    /// The file's text.
    public static func render(_ workshop: Workshop, answers: [SubmittedAnswers], instrument: Instrument) -> String {
        var text = (["respondent", "group"] + instrument.items.map(\.id)).joined(separator: ",") + "\n"
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
