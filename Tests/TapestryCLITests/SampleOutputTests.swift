import Foundation
import Testing

/// The outputs kept under samples/ are what the current code makes from the sample data.
/// `make samples` (TAPESTRY_RECORD_SAMPLES=1) writes them anew and fails on purpose.
@Suite struct SampleOutputTests {
    static let arguments = ["assess", "samples/riverside/responses.csv", "--group-by", "group",
                            "--coalition", "Riverside Food Justice Coalition"]

    @Test(arguments: [("terminal", "summary.txt"), ("json", "assessment.json")])
    func riversideOutputIsCurrent(format: String, file: String) throws {
        let result = try TapestryBinary.run(Self.arguments + ["--format", format])
        #expect(result.status == 0)
        let url = TapestryBinary.packageRoot.appendingPathComponent("samples/riverside/\(file)")
        if ProcessInfo.processInfo.environment["TAPESTRY_RECORD_SAMPLES"] != nil {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded samples/riverside/\(file); run again without TAPESTRY_RECORD_SAMPLES")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(result.stdout == expected, "samples/riverside/\(file) is out of date: run `make samples`")
    }
}
