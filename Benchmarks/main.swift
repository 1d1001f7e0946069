// Benchmarks for tapestry's scoring and canonical CSV import. Run with a release build:
// `make benchmark` (swift run -c release tapestry-benchmarks [rows]).
//
// Each measurement is printed beside a baseline measured in the same run on the same data,
// as a ratio, so that numbers from different machines can be compared:
// - scoring: AssessmentBuilder against one plain pass that only sums every answer (the
//   least any scorer must do);
// - import: reading and scoring a canonical CSV against reading the same bytes and counting
//   line breaks;
// - tokenizing: our CSVTokenizer against the SwiftCSV package on the same text (issue 3 asks
//   that a well-kept package be used if it is fast enough and handles every dialect).
// Peak memory (max RSS) is printed after each step: the accumulators must not grow with the
// number of rows.
import Foundation
import SwiftCSV
import TapestryImport
import TapestryScoring

let rows = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 200_000 : 200_000
let instrument = try Instrument.partnershipHealth()
let itemCount = instrument.items.count

/// A deterministic generator (xorshift), so every run scores the same answers.
struct Generator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

func answers(_ generator: inout Generator) -> [Int?] {
    (0..<itemCount).map { _ in
        let roll = generator.next(20)
        return roll == 0 ? nil : 1 + generator.next(5)
    }
}

print("tapestry benchmarks: \(rows) respondents × \(itemCount) items, \(instrument.dimensions.count) dimensions, 5 groups")
print(String(format: "peak memory at start: %.1f MB", peakMemoryMB()))

// Scoring.
var generator = Generator()
let sample = (0..<1_000).map { _ in answers(&generator) }
var checksum = 0
let baseline = seconds {
    for index in 0..<rows {
        for answer in sample[index % sample.count] { checksum &+= answer ?? 0 }
    }
}
var rounds: [RoundResult] = []
let scoring = seconds {
    var builder = AssessmentBuilder(instrument: instrument)
    for index in 0..<rows {
        builder.add(Response(group: "group \(index % 5)", answers: sample[index % sample.count]), round: "r")
    }
    rounds = builder.results(options: ScoringOptions())
}
print(String(format: "scoring:  %.3f s (%.0f respondents/s); baseline pass %.3f s; ratio %.1f×; peak memory %.1f MB",
             scoring, Double(rows) / scoring, baseline, scoring / baseline, peakMemoryMB()))

// Import: a canonical CSV of the same size, written to a temporary file.
var csv = "respondent,group," + instrument.items.map(\.id).joined(separator: ",") + "\n"
for index in 0..<rows {
    csv += "R\(index),group \(index % 5)," + sample[index % sample.count].map { $0.map(String.init) ?? "" }.joined(separator: ",") + "\n"
}
let file = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-benchmark-\(getpid()).csv")
try csv.write(to: file, atomically: true, encoding: .utf8)
csv = ""
defer { try? FileManager.default.removeItem(at: file) }
let size = Double((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) / 1e6
var lines = 0
let readBaseline = try seconds {
    let data = try Data(contentsOf: file)
    lines = data.withUnsafeBytes { buffer in
        var count = 0
        for byte in buffer where byte == 10 { count += 1 }
        return count
    }
}
var imported: Assessment?
let importing = try seconds {
    imported = try Assessor.assess(
        AssessmentRequest(inputs: [.init(path: file.path, round: "r")], importing: ImportOptions(groupBy: "group")), instrument: instrument)
}
print(String(format: "import:   %.3f s for %.1f MB (%.1f MB/s); baseline read+count %.3f s; ratio %.1f×; peak memory %.1f MB",
             importing, size, size / importing, readBaseline, importing / readBaseline, peakMemoryMB()))

// Tokenizing alone: ours (which also tracks the line each record starts on) and SwiftCSV.
let text = try String(contentsOf: file, encoding: .utf8)
var ourRecords = 0
let ours = seconds {
    var tokenizer = CSVTokenizer(text: text)
    while tokenizer.next() != nil { ourRecords += 1 }
}
var theirRecords = 0
let theirs = try seconds {
    let csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false)
    try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { _ in theirRecords += 1 }
}
print(String(format: "tokenize: CSVTokenizer %.3f s; SwiftCSV 0.10.0 %.3f s; ratio %.1f× (records %d / %d)",
             ours, theirs, theirs / ours, ourRecords, theirRecords + 1))

// The two paths must agree, or the benchmark measured the wrong thing.
let direct = rounds[0].dimensions.map(\.mean)
let viaImport = imported?.rounds[0].dimensions.map(\.mean) ?? []
guard direct == viaImport, lines == rows + 1, checksum != 0 else {
    print("benchmark self-check FAILED: import and direct scoring disagree")
    exit(1)
}
print("self-check: import and direct scoring give the same dimension means")
