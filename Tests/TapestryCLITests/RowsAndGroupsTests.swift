import Foundation
import Testing

/// Issue 10, items 5–7 through the binary, on the sample exports (samples/exports/, each in
/// its platform's shape): rows answered only "not applicable" are a note, not a warning, so
/// `--strict` passes; the terminal lists warnings before notes; `inspect` counts rows as
/// `assess` does and suggests the `--group-by` to use.
@Suite struct RowsAndGroupsTests {
    /// A copy of a sample export, changed by `edit`, in a fresh folder.
    static func copy(_ sample: String, edit: (inout [String]) -> Void) throws -> URL {
        let text = try String(contentsOf: TapestryBinary.packageRoot.appendingPathComponent("samples/exports/\(sample)"), encoding: .utf8)
        var lines = text.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        edit(&lines)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(sample)
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: url)
        return url
    }

    /// Google Forms with three more members who answered every statement "Not applicable".
    static func notApplicable() throws -> URL {
        try copy("google-forms.csv") { lines in
            for index in 0..<3 {
                let cells = [String](repeating: "Not applicable", count: 51)
                lines.append((["9/20/2026 10:0\(index):00", "late\(index)@riverside.example", "Funder"] + cells).joined(separator: ","))
            }
        }
    }

    @Test func strictPassesWhenRowsAnswerOnlyNotApplicable() throws {
        let file = try Self.notApplicable()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try TapestryBinary.run(["assess", file.path, "--strict"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.unwrapped.contains("45 rows read, 41 scored, 4 set aside (4 of them answered only \"don't know\" or \"not applicable\")"))
        // The other note: the organisation column is not scored.
        #expect(result.stdout.contains("Findings: 2 notes"))
        #expect(result.stdout.unwrapped.contains("4 rows (lines 22, 44, 45, 46) answered only \"don't know\" or \"not applicable\""))
        let json = try firstRound(jsonObject(try TapestryBinary.run(["assess", file.path, "--format", "json"]).stdout))
        #expect(json["rows"] as? [String: Int] == ["read": 45, "accepted": 41, "rejected": 4, "onlyMissing": 4])
    }

    @Test func terminalListsWarningsBeforeNotes() throws {
        // Twelve unfinished responses right after the header rows bury the typo (a 6) under
        // a dozen notes in file order.
        let file = try Self.copy("qualtrics.csv") { lines in
            let unfinished = lines[3].replacingOccurrences(of: ",True,", with: ",False,")
            lines.insert(contentsOf: [String](repeating: unfinished, count: 12), at: 3)
        }
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try TapestryBinary.run(["assess", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Each finding starts a line; its further lines are indented more deeply.
        var findings: [String] = []
        for line in result.stdout.components(separatedBy: "\n").drop(while: { !$0.hasPrefix("Findings:") }).dropFirst() {
            if line.hasPrefix("    "), !findings.isEmpty { findings[findings.count - 1] += " " + line.trimmingCharacters(in: .whitespaces) } else { findings.append(line) }
        }
        #expect(findings.first?.contains("warning: 6 is outside the scale") == true, "\(findings.first ?? "")")
        #expect(findings.dropFirst().first?.contains(": note: ") == true)
    }

    @Test func inspectPrintsTheGroupByToUse() throws {
        let result = try TapestryBinary.run(["inspect", "samples/exports/google-forms.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  --group-by \"What kind of organisation do you represent?\"\n"))
        // Not among the columns to map to an item.
        #expect(!result.stdout.contains("\"What kind of organisation do you represent?\": ITEM_ID"))
        #expect(result.stdout.contains("data rows    42: 41 to score, 1 set aside (1 only don't know / not applicable)"))
        let json = try jsonObject(try TapestryBinary.run(["inspect", "samples/exports/google-forms.csv", "--format", "json"]).stdout)
        #expect(json["suggestedGroupBy"] as? String == "What kind of organisation do you represent?")
        let columns = try #require(json["columns"] as? [[String: Any]])
        #expect(columns.filter { $0["suggestedGroup"] as? Bool == true }.compactMap { $0["index"] as? Int } == [2])
        #expect(columns[2]["role"] as? String == "ignored")
    }

    @Test func theSuggestionWorksWithAssess() throws {
        let inspected = try jsonObject(try TapestryBinary.run(["inspect", "samples/exports/typeform.csv", "--format", "json"]).stdout)
        let heading = try #require(inspected["suggestedGroupBy"] as? String)
        let result = try TapestryBinary.run(["assess", "samples/exports/typeform.csv", "--group-by", heading, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect((try firstRound(jsonObject(result.stdout))["groups"] as? [[String: Any]])?.count == 5)
    }
}
