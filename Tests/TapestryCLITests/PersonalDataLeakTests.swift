import Foundation
import Testing
import TapestryTestSupport

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

    /// Group values that are an e-mail address, an IP address, a phone number and people's
    /// names, and a name typed into an answer cell.
    static let personalGroups = ["alice.member@corp.example", "192.168.77.12", "+44 20 7946 0018", "Bob Q. Jones", "Maria Garcia"]
    static let leaked = ["alice.member", "corp.example", "192.168.77", "7946", "Bob Q", "Jones", "Maria", "Garcia", "Henry", "Leakname"]

    /// Every output of `assess` (terminal, JSON, Markdown and its charts, the workbook's XML)
    /// and of `compare`, for a file whose groups are named like personal data.
    @Test func personalGroupNamesAndCellTextReachNoOutput() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let header = try TapestryBinary.run(["template", "csv"]).stdout.split(separator: "\n")[0]
        // respondent, group, organisation, the items, then the two connection questions.
        let items = header.split(separator: ",").count - 5
        // Sizes 3, 2, 6, 6, 6 and 6 Funders: the first two are hidden together (5).
        var rows = [String(header)]
        var number = 0
        for (group, size) in zip(Self.personalGroups + ["Funders"], [3, 2, 6, 6, 6, 6]) {
            for _ in 0..<size {
                number += 1
                var answers = (0..<items).map { String(1 + (number + $0) % 5) }
                if number == 7 { answers[1] = "Henry Leakname" }
                rows.append("r\(number),\"\(group)\",," + answers.joined(separator: ",") + ",,")
            }
        }
        let input = folder.appendingPathComponent("groups.csv")
        try (rows.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)

        var outputs: [(String, String)] = []
        for format in ["terminal", "json"] {
            let result = try TapestryBinary.run(["assess", input.path, "--group-by", "group", "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            outputs += [("assess \(format)", result.stdout), ("assess \(format) stderr", result.stderr)]
            let compare = try TapestryBinary.run(["compare", input.path, "--group-by", "group", "--format", format])
            #expect(compare.status == 0, "\(compare.stderr)")
            outputs += [("compare \(format)", compare.stdout), ("compare \(format) stderr", compare.stderr)]
        }
        let written = folder.appendingPathComponent("out")
        let result = try TapestryBinary.run(["assess", input.path, "--group-by", "group", "--format", "json", "--format", "markdown",
                                             "--format", "xlsx", "--output", written.path])
        #expect(result.status == 0, "\(result.stderr)")
        outputs += [("assess files", result.stdout + result.stderr)]
        outputs += try Self.texts(inReportFolder: written)
        #expect(outputs.contains { $0.0.hasSuffix(".svg") })
        for (name, text) in outputs {
            for value in Self.leaked { #expect(!text.contains(value), "\(name): \(value) leaked") }
        }
        // The groups are there under neutral labels, and the rule says why.
        let json = try #require(outputs.first { $0.0 == "assessment.json" }?.1)
        for label in ["Group 1", "Group 2", "Group 5", "Funders"] { #expect(json.contains("\"\(label)\""), "\(label)") }
        #expect(json.contains("5 group names look like personal data"))
        #expect(json.contains("a value that looks like personal data (not shown) is not an answer"))
        // The input does hold every value the test looks for.
        let raw = try String(contentsOf: input, encoding: .utf8)
        for value in Self.leaked { #expect(raw.contains(value)) }
    }

    /// Organisation and connection cells holding e-mail addresses and phone numbers.
    static let personalNames = ["chair.person@foodbank.example", "+44 20 7946 0321", "0161 496 0777",
                                "helper@tenants.example", "+1 415 555 0199"]
    static let leakedNames = ["chair.person", "foodbank.example", "7946 0321", "0161 496", "helper@", "tenants.example", "555 0199"]

    /// An e-mail address or a phone number written where an organisation's name belongs (the
    /// respondent's own, a member worked with, one that should join) reaches no output:
    /// terminal, JSON, Markdown (and its charts), HTML, the workbook.
    @Test func personalValuesInOrganisationAndConnectionCellsReachNoOutput() throws {
        let folder = try TapestryBinary.temporaryFolder()
        let members = folder.appendingPathComponent("members.csv")
        try "name,type\nRiverside Food Bank,nonprofit\nHope Kitchen,nonprofit\nSt Mark's Church,faith\nOak Street Residents,tenants\nAl-Noor Mosque,faith\nGreen Grocers,business\n"
            .write(to: members, atomically: true, encoding: .utf8)
        let header = try TapestryBinary.run(["template", "csv"]).stdout.split(separator: "\n")[0]
        let items = header.split(separator: ",").count - 5
        let organisations = ["Riverside Food Bank", "Hope Kitchen", "St Mark's Church", "Oak Street Residents", "Al-Noor Mosque",
                             Self.personalNames[0], Self.personalNames[1]]
        var rows = [String(header)]
        for (number, organisation) in organisations.enumerated() {
            let answers = (0..<items).map { String(1 + (number + $0) % 5) }
            let worksWith = ["Hope Kitchen; \(Self.personalNames[2])", "Riverside Food Bank; \(Self.personalNames[3])",
                             "Riverside Food Bank", "St Mark's Church", "Riverside Food Bank", "Hope Kitchen", "Hope Kitchen"][number]
            let shouldJoin = number == 0 ? "Farmers Market; \(Self.personalNames[4])" : number == 1 ? "Farmers Market" : ""
            rows.append("r\(number),Members,\"\(organisation)\"," + answers.joined(separator: ",") + ",\"\(worksWith)\",\"\(shouldJoin)\"")
        }
        let input = folder.appendingPathComponent("connections.csv")
        try (rows.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let common = [input.path, "--members", members.path]
        var outputs: [(String, String)] = []
        for format in ["terminal", "json"] {
            let result = try TapestryBinary.run(["assess"] + common + ["--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            outputs += [("assess \(format)", result.stdout), ("assess \(format) stderr", result.stderr)]
        }
        let inspect = try TapestryBinary.run(["inspect"] + common + ["--format", "json"])
        outputs += [("inspect", inspect.stdout + inspect.stderr)]
        let written = folder.appendingPathComponent("out")
        let result = try TapestryBinary.run(["assess"] + common + ["--output", written.path])
        #expect(result.status == 0, "\(result.stderr)")
        outputs += [("assess files", result.stdout + result.stderr)]
        outputs += try Self.texts(inReportFolder: written)
        #expect(Set(outputs.map(\.0)).isSuperset(of: ["assessment.json", "report.md", "report.html", "report.xlsx"]))
        for (name, text) in outputs {
            for value in Self.leakedNames { #expect(!text.contains(value), "\(name): \(value) leaked") }
        }
        // The connections were read (the test would prove nothing otherwise), and the values dropped and counted.
        let json = try #require(outputs.first { $0.0 == "assessment.json" }?.1)
        #expect(json.contains("\"network\": {"))
        #expect(json.contains("\"name\": \"Farmers Market\""))
        #expect(json.contains("5 answers look like personal data"))
        let raw = try String(contentsOf: input, encoding: .utf8)
        for value in Self.leakedNames { #expect(raw.contains(value), "\(value)") }
    }

    /// Every file of a report folder as text, by name: a workbook as each of its XML parts
    /// (unzipped), so that a value hidden in any sheet is found.
    static func texts(inReportFolder folder: URL) throws -> [(String, String)] {
        var texts: [(String, String)] = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where !file.hasDirectoryPath {
            if file.pathExtension == "xlsx" {
                let unzipped = try Python.run(["-c", "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
                    + "for n in z.namelist(): print(n); print(z.read(n).decode('utf-8', 'replace'))", file.path])
                #expect(unzipped.status == 0)
                #expect(unzipped.output.contains("xl/worksheets/sheet1.xml"))
                texts.append((file.lastPathComponent, unzipped.output))
            } else {
                texts.append((file.lastPathComponent, try String(contentsOf: file, encoding: .utf8)))
            }
        }
        return texts
    }
}
