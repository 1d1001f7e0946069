import Foundation

/// Runs the `tapestry` binary and measures what it cost: CPU time (user + system, which other
/// work on the machine does not inflate, unlike wall time) and peak resident memory, both
/// from the kernel's accounting, taken by `Tests/Tools/measure.py` (see there why a process
/// of its own does the measuring). A run still going after `wallLimit` seconds is killed and
/// reported as such.
struct MeasuredRun {
    var status: Int32
    var killed: Bool
    var cpuSeconds: Double
    var peakMegabytes: Double
    var stdout: String
    var stderr: String

    private struct Report: Decodable {
        var status: Int32
        var killed: Bool
        var cpu: Double
        var peakKB: Double
    }

    static func run(_ arguments: [String], in directory: URL, wallLimit: Double = 60) throws -> MeasuredRun {
        let reportFile = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-measure-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: reportFile) }
        let script = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/measure.py").path
        let result = try TapestryBinary.run(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", script, reportFile.path, String(wallLimit), try TapestryBinary.url.path] + arguments, in: directory)
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: reportFile))
        return MeasuredRun(status: report.status, killed: report.killed, cpuSeconds: report.cpu,
                           peakMegabytes: report.peakKB / 1024,
                           stdout: result.stdout, stderr: result.stderr)
    }
}
