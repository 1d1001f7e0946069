import Foundation
import Testing
@testable import TapestryImport
@testable import TapestryScoring
import TapestryTestSupport

/// The compact respondent index (hashes → last line) finds exactly the last lines a
/// dictionary of the identifiers finds, even when many identifiers share a hash: a tiny hash
/// is injected so that collisions are the rule, not the exception.
@Suite struct RespondentIndexTests {
    /// Hashes that collide often: by the identifier's length and last byte, or all the same.
    static let tinyHashes: [(String, RespondentIndex.Hash)] = [
        ("length", { round, identifier in UInt64(identifier.utf8.count + round.utf8.count) }),
        ("last byte", { _, identifier in UInt64(identifier.utf8.last ?? 0) % 3 }),
        ("constant", { _, _ in 7 }),
        ("keyed", RespondentIndex.keyedHash),
    ]

    @Test(arguments: 0..<tinyHashes.count) func sameLastLinesAsADictionary(hashIndex: Int) {
        let (name, hash) = Self.tinyHashes[hashIndex]
        var random = SeededGenerator(seed: 1_300 + UInt64(hashIndex))
        for trial in 0..<20 {
            // Rows in file order: position i holds keys[i] on line lines[i].
            let identifiers = (0..<Int.random(in: 1...300, using: &random)).map { "m\($0)" }
            let rounds = ["", "2026-Q1", "2026-Q2"]
            var keys: [RespondentIndex.Key] = []
            var lines: [Int] = []
            var line = 1
            for _ in 0..<Int.random(in: 0...600, using: &random) {
                keys.append(RespondentIndex.Key(round: rounds.randomElement(using: &random)!,
                                                identifier: identifiers.randomElement(using: &random)!))
                line += Int.random(in: 1...3, using: &random)
                // Now and then a line too large to hold in the table's 32 bits.
                lines.append(Int.random(in: 0..<50, using: &random) == 0 ? Int(UInt32.max) + line : line)
            }
            var index = RespondentIndex(expected: trial % 2 == 0 ? 0 : keys.count, hash: hash)
            var plain: [RespondentIndex.Key: Int] = [:]
            let keyAt: RespondentIndex.KeyReader = { position, line in
                #expect(lines[position] == line)
                return keys[position]
            }
            for (position, key) in keys.enumerated() {
                index.add(RespondentIndex.Row(hash: hash(key.round, key.identifier), line: lines[position], position: position),
                          key: keyAt)
                plain[key] = lines[position]
            }
            #expect(index.isEmpty == keys.isEmpty)
            // Every key of every row (added), and keys never added, asked for from every line.
            for round in rounds + ["2027"] {
                for identifier in identifiers + ["stranger", "m"] {
                    let key = RespondentIndex.Key(round: round, identifier: identifier)
                    for asking in [1, plain[key] ?? 2, Int(UInt32.max) + 9] {
                        let found = index.lastLine(of: key, hash: hash(round, identifier), line: asking, keyAt: keyAt)
                        #expect(found == plain[key], "\(name), trial \(trial), \(key), asked from line \(asking)")
                    }
                }
            }
            if name == "constant" && Set(keys).count > 1 { #expect(index.sideCount == Set(keys).count) }
            if name == "keyed" {
                // Only keys with a line beyond 32 bits go to the side table: those whose last line
                // is such, and (unless the table grew and placed them anew) those that ever had one.
                let overflowing = Set(keys.indices.filter { lines[$0] >= Int(UInt32.max) }.map { keys[$0] })
                let lastOverflowing = overflowing.filter { plain[$0]! >= Int(UInt32.max) }
                #expect(index.sideCount >= lastOverflowing.count && index.sideCount <= overflowing.count)
                if trial % 2 == 1 { #expect(index.sideCount == overflowing.count) }
            }
        }
    }

    /// Reading files with many repeated respondents under a hash that makes them collide
    /// gives the same results and findings (the duplicates, their lines) as the keyed hash.
    @Test func collidingHashesReadTheSameFile() throws {
        var random = SeededGenerator(seed: 1_313)
        var compared = 0
        for _ in 0..<60 {
            let generated = ChunkedReadingTests.randomCase(&random)
            let file = try SurveyFile(data: Data(generated.text.utf8), path: "random.csv", instrument: generated.instrument)
            let reader = ExportReader(instrument: generated.instrument, options: ImportOptions(groupBy: "group"))
            func read(_ hash: @escaping RespondentIndex.Hash, parts: [FilePart]) throws -> ChunkedReadingTests.Outcome {
                var builder = AssessmentBuilder(instrument: generated.instrument, keepingResponses: true, atMost: 5)
                var labels = GroupLabels()
                let report = try reader.read(file, defaultRound: "spring", into: &builder, groupLabels: &labels, parts: parts,
                                             respondentHash: hash)
                return ChunkedReadingTests.Outcome(
                    rounds: builder.results(options: ScoringOptions(minimumGroupSize: 2)), findings: report.findings,
                    rows: report.rows, links: report.links, latest: report.latestResponse)
            }
            let expected = try read(RespondentIndex.keyedHash, parts: file.dataParts(at: []))
            let starts = file.recordStarts().filter { _ in Bool.random(using: &random) }
            for (_, hash) in Self.tinyHashes {
                #expect(try read(hash, parts: file.dataParts(at: starts)) == expected, "case \(compared)")
                compared += 1
            }
        }
        #expect(compared == 240)
    }

    /// The file the hashes are tested on has duplicates for them to find.
    @Test func randomFilesHaveDuplicates() throws {
        var random = SeededGenerator(seed: 1_313)
        var duplicates = 0
        for _ in 0..<10 {
            let generated = ChunkedReadingTests.randomCase(&random)
            let file = try SurveyFile(data: Data(generated.text.utf8), path: "random.csv", instrument: generated.instrument)
            var builder = AssessmentBuilder(instrument: generated.instrument)
            let report = try ExportReader(instrument: generated.instrument, options: ImportOptions(groupBy: "group"))
                .read(file, defaultRound: "spring", into: &builder)
            duplicates += report.rows.duplicates
        }
        #expect(duplicates > 20)
    }
}
