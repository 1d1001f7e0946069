import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `tapestry assess` killed with SIGKILL at many points while it writes a large report set:
/// the folder holds the complete earlier set or the complete new one, byte for byte, never a
/// mix; and the next run succeeds and leaves no temporary.
@Suite struct ReportSetKillTests {
    /// Respondents per survey: enough that the workbook, listing their answers
    /// (`--include-responses`), takes a few seconds to write in a debug build, so that kills
    /// land inside the write.
    static let respondents = 20_000

    @Test func aKilledRunLeavesTheEarlierSetOrTheNewOneWhole() throws {
        let root = try TapestryBinary.temporaryFolder()
        // Two surveys whose every report file differs (other answers, other coalition name).
        let surveys = [root.appendingPathComponent("spring.csv"), root.appendingPathComponent("autumn.csv")]
        try OutputRuns.survey(respondents: Self.respondents, seed: 1, answers: 1...5, to: surveys[0])
        try OutputRuns.survey(respondents: Self.respondents, seed: 2, answers: 2...5, to: surveys[1])
        func arguments(_ survey: Int, _ out: URL) -> [String] {
            ["assess", surveys[survey].path, "--coalition", surveys[survey].lastPathComponent, "--output", out.path, "--force",
             "--include-responses"]
        }

        // The two complete sets, and how long writing one takes (from its temporary folder's
        // appearance to the run's end).
        var sets: [[String: Data]] = []
        var window = 0.0
        for survey in 0..<2 {
            let reference = root.appendingPathComponent("reference\(survey)")
            let timing = try Self.run(arguments(survey, reference), watching: reference, killAfter: nil)
            #expect(timing.result.status == 0, "\(timing.result.stderr)")
            window = max(window, timing.window ?? 0)
            let set = try OutputRuns.snapshot(reference)
            try OutputRuns.expectWhole(set)
            sets.append(set)
        }
        for name in sets[0].keys where name != ".tapestry-report.json" {
            #expect(sets[0][name] != sets[1][name], "\(name) is the same in both sets; a mix would not show")
        }
        #expect(window > 0.2, "the write took \(window) s; too short for the kills to land inside it")

        let out = root.appendingPathComponent("reports")
        try FileManager.default.copyItem(at: root.appendingPathComponent("reference0"), to: out)
        var current = 0
        // Kills: during scoring (before the write), right as the write starts, and across it.
        let delays: [Double?] = [nil, 0, 0.02, 0.1] + [0.25, 0.5, 0.75, 0.9, 0.97, 1.05].map { window * $0 }
        var killedWhileWriting = 0
        for (trial, delay) in delays.enumerated() {
            let next = 1 - current
            let outcome = try Self.run(arguments(next, out), watching: out, killAfter: delay ?? -0.5)
            let found = try OutputRuns.snapshot(out)
            let which = sets.firstIndex(of: found)
            #expect(which != nil, "trial \(trial) (delay \(String(describing: delay))): the folder holds neither set whole: \(found.keys.sorted())")
            if outcome.killed && outcome.window != nil { killedWhileWriting += 1 }
            current = which ?? current
            // At most the one temporary folder of the run just killed, nothing else.
            let left = try OutputRuns.beside(out, except: ["spring.csv", "autumn.csv", "reference0", "reference1"])
            #expect(left.count <= 1 && left.allSatisfy { $0.hasPrefix(".reports.tapestry-") }, "trial \(trial): \(left)")
        }
        // The late delays (0.9–1.05 of a write measured earlier) may land after the end when the
        // machine is busier than it was then; at least three must land inside the write.
        #expect(killedWhileWriting >= 3, "only \(killedWhileWriting) kills landed inside the write")

        // The next run succeeds and leaves no temporary.
        let last = try Self.run(arguments(1 - current, out), watching: out, killAfter: nil)
        #expect(last.result.status == 0, "\(last.result.stderr)")
        #expect(try OutputRuns.snapshot(out) == sets[1 - current])
        #expect(try OutputRuns.beside(out, except: ["spring.csv", "autumn.csv", "reference0", "reference1"]).isEmpty)
    }

    /// Runs `arguments`, watching for a new temporary folder of `out`; kills the run `killAfter`
    /// seconds after it appears (a negative value: that many seconds after the start, before
    /// it appears), or lets it finish. Returns how long the write took (or had run when
    /// killed), nil if no temporary folder was seen.
    static func run(_ arguments: [String], watching out: URL, killAfter: Double?) throws
        -> (result: (status: Int32, stderr: String, killed: Bool), window: Double?, killed: Bool) {
        let earlier = Set(try OutputRuns.temporaries(of: out))
        let started = Date()
        let running = try OutputRuns.start(arguments)
        var appeared: Date?
        var killed = false
        while running.process.isRunning {
            if appeared == nil, try !Set(OutputRuns.temporaries(of: out)).subtracting(earlier).isEmpty { appeared = Date() }
            if let killAfter {
                let due = killAfter < 0 ? started.addingTimeInterval(-killAfter) : appeared?.addingTimeInterval(killAfter)
                if let due, Date() >= due, appeared == nil || killAfter >= 0 {
                    kill(running.process.processIdentifier, SIGKILL)
                    killed = true
                    break
                }
            }
            usleep(2_000)
        }
        let result = running.finish()
        return (result, appeared.map { Date().timeIntervalSince($0) }, killed && result.killed)
    }
}
