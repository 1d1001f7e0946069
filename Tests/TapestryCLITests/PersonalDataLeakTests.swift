import Foundation
import Testing

/// The sample exports carry unique fake personal data in every personal column (e-mail
/// addresses, names, IP addresses, custom data, network ids): none of it may appear in any
/// output of `assess` (terminal, JSON, written files) or `inspect`.
@Suite struct PersonalDataLeakTests {
    static let planted = ["@riverside.example", "Plantedname", "Plantedsurname", "198.51.100.", "custom-Planted", "ext-Planted", "planted"]

    @Test(arguments: SampleExportsTests.files)
    func plantedValuesNeverReachAnOutput(file: String) throws {
        let arguments = try #require(try SampleExportsTests.entry(file)["arguments"] as? [String])
        let folder = try TapestryBinary.temporaryFolder()
        var outputs: [String] = []
        for format in ["terminal", "json"] {
            let result = try TapestryBinary.run(["assess", "samples/exports/\(file)", "--format", format] + arguments)
            #expect(result.status == 0)
            outputs += [result.stdout, result.stderr]
        }
        let written = try TapestryBinary.run(["assess", "samples/exports/\(file)", "--format", "json", "--output", folder.path] + arguments)
        #expect(written.status == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            outputs.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        for format in ["text", "json"] {
            let result = try TapestryBinary.run(["inspect", "samples/exports/\(file)", "--format", format] + arguments.filter { $0 != "--group-by" })
            outputs += [result.stdout, result.stderr]
        }
        for output in outputs {
            for value in Self.planted {
                #expect(!output.contains(value), "\(file): \(value) leaked")
            }
        }
        // The file does hold them: the test would prove nothing otherwise. (An xlsx is
        // compressed; its planted values are checked through `inspect`'s personal columns.)
        if file.hasSuffix(".xlsx") {
            let inspection = try jsonObject(try TapestryBinary.run(["inspect", "samples/exports/\(file)", "--format", "json"]).stdout)
            let roles = (inspection["columns"] as? [[String: Any]] ?? []).compactMap { $0["role"] as? String }
            #expect(roles.filter { $0 == "personal" }.count == 2)
        } else {
            let raw = String(decoding: try Data(contentsOf: TapestryBinary.packageRoot.appendingPathComponent("samples/exports/\(file)")), as: UTF8.self)
            #expect(Self.planted.contains { raw.contains($0) }, "\(file) holds no planted value")
        }
    }

    @Test func personalValuesInAnswerCellsAreNotQuoted() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let file = folder.appendingPathComponent("misplaced.csv")
        try "respondent,EQ1,EQ2\nr1,ann.secret@example.org,4\nr2,203.0.113.99,3\nr3,+44 20 7946 0958,5\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try TapestryBinary.run(["assess", file.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("looks like personal data (not shown)"))
        for value in ["ann.secret", "203.0.113.99", "7946"] { #expect(!result.stdout.contains(value)) }
    }
}
