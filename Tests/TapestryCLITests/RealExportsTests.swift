import Foundation
import Testing

/// The real exports in ../shared/real-exports (other projects' data, not copied here): `inspect`
/// must report the platform, header rows, data rows and columns listed in their README, and
/// classify every personal-data column it names as personal.
@Suite(.enabled(if: SharedFolder.isPresent, "needs ../shared/real-exports beside the project (CI has it)"))
struct RealExportsTests {
    static let folder = SharedFolder.url.appendingPathComponent("real-exports")

    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var platform: String
        var headerRows: Int
        var dataRows: Int
        var columns: Int
        var description: String { file }
    }

    /// The facts table of the README: `| file | layout | header rows | data rows | columns | bytes |`.
    static var expected: [Expected] {
        guard let readme = try? String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        return readme.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 7, cells[1].hasSuffix(".csv"), let header = Int(cells[3]), let data = Int(cells[4]),
                  let columns = Int(cells[5]) else { return nil }
            let platform = cells[2].lowercased().hasPrefix("redcap") ? "redcap" : "qualtrics"
            return Expected(file: cells[1], platform: platform, headerRows: header, dataRows: data, columns: columns)
        }
    }

    /// The personal columns the README names: `Recipient*Name` stands for the first and last name.
    static let personal: Set<String> = [
        "IPAddress", "RecipientFirstName", "RecipientLastName", "RecipientEmail", "ExternalReference",
        "ExternalDataReference", "LocationLatitude", "LocationLongitude", "Name", "EmailAddress",
        "email", "first_name", "last_name", "address", "telephone_1", "dob",
    ]

    @Test func theReadmeListsEveryFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".csv") }
        #expect(Self.expected.map(\.file).sorted() == files.sorted())
        #expect(Self.expected.count == 7)
    }

    @Test(arguments: expected)
    func inspectReportsTheKnownFacts(expected: Expected) throws {
        let result = try TapestryBinary.run(["inspect", Self.folder.appendingPathComponent(expected.file).path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let inspection = try jsonObject(result.stdout)
        #expect(inspection["platform"] as? String == expected.platform)
        #expect(inspection["headerRows"] as? Int == expected.headerRows)
        #expect(inspection["dataRows"] as? Int == expected.dataRows)
        let columns = try #require(inspection["columns"] as? [[String: Any]])
        #expect(columns.count == expected.columns)
        var checked = 0
        for column in columns {
            let names = [column["header"], column["label"]].compactMap { $0 as? String }
            if names.contains(where: Self.personal.contains) {
                #expect(column["role"] as? String == "personal", "\(expected.file): \(names)")
                checked += 1
            }
        }
        #expect(checked >= 5, "\(expected.file): the README's personal columns should be present")
    }
}
