import Foundation
import Testing

/// A `round` cell that looks like personal data never becomes a round label (labels reach
/// every report): the row is scored in the file's own round and a warning says so. (When such
/// a value stands among the first rows, the whole column is taken for personal data and
/// dropped; these come after the rows the column's role is decided on.)
@Suite struct RoundLabelPrivacyTests {
    @Test func personalRoundValuesAreNotLabels() throws {
        let folder = try TapestryBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = try TapestryBinary.run(["template", "csv"]).stdout.split(separator: "\n")[0]
        let items = header.split(separator: ",").count - 2
        var csv = "round," + header + "\n"
        let rounds = Array(repeating: "2026-Q1", count: 60) + ["jo.member@corp.example", "+44 20 7946 0018", "Bob Q. Jones", "2026-Q1"]
        for (index, round) in rounds.enumerated() {
            csv += "\(round),r\(index),Members," + Array(repeating: "\(index % 5 + 1)", count: items).joined(separator: ",") + "\n"
        }
        let file = folder.appendingPathComponent("answers.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)

        let result = try TapestryBinary.run(["assess", file.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        for leaked in ["jo.member", "corp.example", "7946", "Bob Q. Jones"] {
            #expect(!result.stdout.contains(leaked), "\(leaked) reached the JSON")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let labels = (json["rounds"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(Set(labels) == ["2026-Q1", "answers"])
        let findings = json["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { ($0["message"] as? String)?.contains("3 rows' round values look like personal data") == true })
    }

    /// A round name is at most 64 characters (`TextLimits.maxRoundLabelCharacters`); a longer
    /// value (a pasted essay) is not a round label, and the whole report set is still written.
    @Test func aRoundValueLongerThan64CharactersIsNotALabel() throws {
        let folder = try TapestryBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = try TapestryBinary.run(["template", "csv"]).stdout.split(separator: "\n")[0]
        let items = header.split(separator: ",").count - 2
        let edge = String(repeating: "Q", count: 64), over = String(repeating: "Q", count: 65)
        let essay = String(repeating: "A long pasted answer. ", count: 40_000)
        var csv = "round," + header + "\n"
        let rounds = Array(repeating: edge, count: 30) + [over, essay]
        for (index, round) in rounds.enumerated() {
            csv += "\(round),r\(index),Members," + Array(repeating: "\(index % 5 + 1)", count: items).joined(separator: ",") + "\n"
        }
        let file = folder.appendingPathComponent("answers.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let result = try TapestryBinary.run(["assess", file.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: output.appendingPathComponent("assessment.json"), encoding: .utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let labels = (json["rounds"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(Set(labels) == [edge, "answers"])
        #expect(!text.contains(over) && !text.contains("A long pasted answer"))
        let findings = json["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { ($0["message"] as? String)?.contains("2 rows' round values are longer than 64 characters") == true })
    }
}
