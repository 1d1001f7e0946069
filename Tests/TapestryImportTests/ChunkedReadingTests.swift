import Foundation
import Testing
@testable import TapestryImport
@testable import TapestryScoring
import TapestryTestSupport

/// A file read in parts (on both cores) and merged gives exactly what reading it in one pass
/// gives: every round's results, kept responses, row counts and findings (text, line,
/// column, order), whatever the parts. Random instruments (2–9 points, reverse items,
/// negative dimensions), random answers (digits, labels, "Don't know", blanks, numbers off the
/// scale, unknown text), groups (some personal-looking, some taking a neutral label's name),
/// rounds, repeated respondents, dates, multi-line quoted cells and blank lines; parts start
/// at random records, at every record, and around the multi-line cells.
@Suite struct ChunkedReadingTests {
    /// One random case: its instrument and its file's text.
    struct Case {
        var instrument: Instrument
        var text: String
    }

    static func randomCase(_ random: inout SeededGenerator) -> Case {
        let points = Int.random(in: 2...9, using: &random)
        let minimum = Int.random(in: 0...1, using: &random)
        let labels = (0..<points).map { "Label \(Character(UnicodeScalar(UInt8(65 + $0))))" }
        let scale = Scale(min: minimum, max: minimum + points - 1, labels: labels, missing: ["Don't know"])
        var itemNumber = 0
        let dimensions = (0..<Int.random(in: 1...4, using: &random)).map { index in
            let items = (0..<Int.random(in: 1...5, using: &random)).map { _ in
                itemNumber += 1
                return Item(id: "Q\(itemNumber)", text: "item \(itemNumber)", reverse: Bool.random(using: &random))
            }
            return Dimension(id: "d\(index)", title: "D\(index)", category: "principle",
                             polarity: Bool.random(using: &random) ? .positive : .negative, items: items)
        }
        let instrument = Instrument(id: "random", version: "1", title: "Random", scale: scale, dimensions: dimensions)
        let itemIDs = dimensions.flatMap { $0.items.map(\.id) }
        var lines = ["respondent,round,group,submitted," + itemIDs.joined(separator: ",") + ",comments"]
        let groups = ["North", "South", "ana@example.org", "Group 1", "", "Group 2", "East"]
        let comments = ["", "fine", "\"a, b\"", "\"line one\nline two\"", "\"said \"\"hi\"\"\"", "\"\n\n\"", "ok"]
        for row in 0..<Int.random(in: 0...60, using: &random) {
            if Int.random(in: 0..<15, using: &random) == 0 { lines.append("") }
            let id = Int.random(in: 0..<4, using: &random) == 0 ? "" : "m\(Int.random(in: 0..<25, using: &random))"
            let round = ["", "", "2026-Q1", "2026-Q2"].randomElement(using: &random)!
            let day = Int.random(in: 1...28, using: &random)
            let date = Int.random(in: 0..<6, using: &random) == 0 ? "" : "2026-03-\(day < 10 ? "0" : "")\(day) 10:\(row % 60 < 10 ? "0" : "")\(row % 60)"
            let answers = itemIDs.map { _ -> String in
                switch Int.random(in: 0..<10, using: &random) {
                case 0: return ""
                case 1: return "Don't know"
                case 2: return "99"
                case 3: return Int.random(in: 0..<3, using: &random) == 0 ? "maybe" : " \(labels.randomElement(using: &random)!.lowercased()) "
                case 4, 5: return labels.randomElement(using: &random)!
                default: return String(Int.random(in: scale.min...scale.max, using: &random))
                }
            }
            var fields = [id, round, groups.randomElement(using: &random)!, date] + answers + [comments.randomElement(using: &random)!]
            if Int.random(in: 0..<20, using: &random) == 0 { fields.append("extra") }
            lines.append(fields.joined(separator: ","))
        }
        return Case(instrument: instrument, text: lines.joined(separator: Bool.random(using: &random) ? "\n" : "\r\n"))
    }

    /// What reading a file gave: everything a report is made of.
    struct Outcome: Equatable {
        var rounds: [RoundResult]
        var findings: [Finding]
        var rows: RowTally
        var links: FileLinks
        var latest: Date?
    }

    static func read(_ file: SurveyFile, reader: ExportReader, instrument: Instrument, keep: Int,
                     parts: [FilePart]) throws -> Outcome {
        var builder = AssessmentBuilder(instrument: instrument, keepingResponses: true, atMost: keep)
        var labels = GroupLabels()
        let report = try reader.read(file, defaultRound: "spring", into: &builder, groupLabels: &labels, parts: parts)
        return Outcome(rounds: builder.results(options: ScoringOptions(minimumGroupSize: 2)), findings: report.findings,
                       rows: report.rows, links: report.links, latest: report.latestResponse)
    }

    @Test func partsMergedEqualOnePass() throws {
        var random = SeededGenerator(seed: 13)
        var compared = 0
        for _ in 0..<150 {
            let generated = Self.randomCase(&random)
            let file = try SurveyFile(data: Data(generated.text.utf8), path: "random.csv", instrument: generated.instrument)
            let reader = ExportReader(instrument: generated.instrument, options: ImportOptions(groupBy: "group"))
            let keep = Int.random(in: 0...8, using: &random)
            let whole = try Self.read(file, reader: reader, instrument: generated.instrument, keep: keep, parts: file.dataParts(at: []))
            let starts = file.recordStarts()
            let quotedLines = Set(generated.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { $0.element.contains("\"") }.map { $0.offset + 1 })
            let splits: [[RecordStart]] = [
                starts,
                starts.filter { _ in Bool.random(using: &random) },
                starts.filter { _ in Int.random(in: 0..<8, using: &random) == 0 },
                // Around the quoted cells: the records that hold one, and the next ones.
                starts.filter { quotedLines.contains($0.line) || quotedLines.contains($0.line - 1) },
            ]
            for split in splits {
                let parts = file.dataParts(at: split)
                let merged = try Self.read(file, reader: reader, instrument: generated.instrument, keep: keep, parts: parts)
                #expect(merged == whole, "seed 13, case \(compared)")
                compared += 1
            }
        }
        #expect(compared == 600)
    }

    /// Parts hold records as the file splits them: a part at every record reads every record
    /// once, with its own line, multi-line quoted cells included.
    @Test func partsCoverEveryRecordOnce() throws {
        let text = "respondent,Q1,Q2,comments\na,1,2,\"two\nlines\"\n\nb,3,4,x\r\nc,5,1,\"\"\"q\"\"\"\n"
        let instrument = CanonicalCSVReaderTests.instrument
        let file = try SurveyFile(data: Data(text.utf8), path: "in.csv", instrument: instrument)
        let parts = file.dataParts(at: file.recordStarts())
        #expect(parts.count == 5)  // the header, a, the blank line, b, c
        let records = parts.flatMap { Array(file.records(in: $0)) }
        #expect(records.map(\.line) == [2, 5, 6])
        #expect(records.map { $0[safe: 3] } == ["two\nlines", "x", "\"q\""])
        #expect(records == Array(file.dataRecords()))
    }

    /// A merged builder is the builder the responses were added to one by one: the same
    /// rounds in the same order, counts, health scores (floating-point sums added in the same
    /// order), linked scores (the later one kept), kept responses up to the limit, and renamed groups.
    @Test func builderMergeEqualsOneByOne() {
        let instrument = CanonicalCSVReaderTests.instrument
        var random = SeededGenerator(seed: 7)
        let events = (0..<200).map { _ -> (Response?, String) in
            let round = ["a", "b", "c"].randomElement(using: &random)!
            if Int.random(in: 0..<5, using: &random) == 0 { return (nil, round) }
            let answers = (0..<2).map { _ in Int.random(in: 0..<4, using: &random) == 0 ? nil : Int.random(in: 1...5, using: &random) }
            let key = Int.random(in: 0..<3, using: &random) == 0 ? "k\(Int.random(in: 0..<10, using: &random))" : nil
            return (Response(group: ["x", "y", nil].randomElement(using: &random)!, answers: answers, respondentKey: key,
                             date: Date(timeIntervalSince1970: Double(Int.random(in: 0...1_000_000, using: &random)))), round)
        }
        func feed(_ builder: inout AssessmentBuilder, _ slice: ArraySlice<(Response?, String)>) {
            for (response, round) in slice {
                if let response { builder.add(response, round: round) } else { builder.reject(round: round) }
            }
        }
        var single = AssessmentBuilder(instrument: instrument, keepingResponses: true, atMost: 30)
        feed(&single, events[...])
        var merged = AssessmentBuilder(instrument: instrument, keepingResponses: true, atMost: 30)
        var start = 0
        while start < events.count {
            let end = min(events.count, start + Int.random(in: 1...40, using: &random))
            var part = merged.part()
            feed(&part, events[start..<end])
            merged.merge(part)
            start = end
        }
        let options = ScoringOptions(minimumGroupSize: 1)
        #expect(merged.results(options: options) == single.results(options: options))
        #expect(single.results(options: options).allSatisfy { $0.healthScores != nil && !$0.linked.isEmpty })
        // Group names a part went by are renamed when merged, in its counts and kept responses.
        var renamed = AssessmentBuilder(instrument: instrument, keepingResponses: true)
        var part = renamed.part()
        part.add(Response(group: "raw", answers: [1, 2]), round: "a")
        renamed.merge(part, groupNames: ["raw": "Group 1"])
        let result = renamed.results(options: options)[0]
        #expect(result.groups.map(\.name) == ["Group 1"])
        #expect(result.responses.map(\.group) == ["Group 1"])
    }

    /// Findings merged keep each kind's cap as if added one by one: past
    /// ``TextLimits/findingsPerKind`` of a kind, only counted (the random files are too small
    /// to reach it), and the note about rows with only missing answers lists the first lines.
    @Test func findingsMergeKeepsEachKindsCap() {
        let cap = TextLimits.findingsPerKind
        let kinds: [RowFindings.Kind] = [.outOfRange, .unknownAnswer, .duplicate]
        let events = (0..<(3 * cap)).map { line in (kinds[line % 7 == 0 ? 2 : line % 2], line) }
        func finding(_ line: Int) -> Finding { Finding(severity: .warning, file: "f", line: line, message: "m\(line)") }
        var single = RowFindings(file: "f")
        for (kind, line) in events {
            single.add(kind, finding(line))
            if line % 5 == 0 { single.addOnlyMissing(line: line) }
        }
        for cuts in [[1], [cap - 1, cap + 3], [10, 700, 1500, 2999]] {
            var merged = RowFindings(file: "f")
            for (start, end) in zip([0] + cuts, cuts + [events.count]) {
                var part = RowFindings(file: "f")
                for (kind, line) in events[start..<end] {
                    part.add(kind, finding(line))
                    if line % 5 == 0 { part.addOnlyMissing(line: line) }
                }
                merged.merge(part)
            }
            #expect(merged.findings == single.findings)
        }
        #expect(single.findings.count == 2 * cap + events.count { $0.0 == .duplicate } + 2 + 1)
        #expect(single.findings.last?.message.hasPrefix("600 rows (lines 0, 5, 10, 15, 20 and 595 more)") == true)
    }
}
