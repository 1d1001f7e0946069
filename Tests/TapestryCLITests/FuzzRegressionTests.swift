import Foundation
import TapestryFuzzTargets
import Testing

/// Every input that once made a fuzz target crash, hang or run out of memory
/// (`Tests/Fuzz/crashes/<target>/`), replayed through that target: it must now return.
@Suite struct FuzzRegressionTests {
    static let folder = TapestryBinary.packageRoot.appendingPathComponent("Tests/Fuzz/crashes")

    static let inputs: [String] = FuzzTarget.allCases.flatMap { target in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target.rawValue).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target.rawValue)/\($0)" }
    }

    @Test(arguments: inputs)
    func replays(_ input: String) throws {
        let target = try #require(FuzzTarget(rawValue: String(input.split(separator: "/")[0])))
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(input))
        let start = Date()
        target.run(data)
        #expect(Date().timeIntervalSince(start) < 30, "\(input) took \(Date().timeIntervalSince(start)) s")
    }

    @Test func everyTargetHasAFolder() {
        for target in FuzzTarget.allCases {
            #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(target.rawValue).path), "\(target)")
        }
    }
}
