import Foundation
import TapestryTestSupport
import Testing

/// The Riverside sample's map of connections, every figure of every round (counts, density,
/// reciprocity, components, each member's degrees and betweenness, isolates, members not
/// responding, suggestions), computed again from the raw answers by networkx
/// (Tests/Tools/check_network.py).
@Suite struct NetworkCheckTests {
    static let checker = TapestryBinary.packageRoot.appendingPathComponent("Tests/Tools/check_network.py").path
    static let project = TapestryBinary.packageRoot.appendingPathComponent("samples/riverside/tapestry.yaml").path

    /// The Riverside project's JSON, written to a file.
    static func riversideJSON() throws -> URL {
        let result = try TapestryBinary.run(["assess", "--project", project, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try TapestryBinary.temporaryFolder().appendingPathComponent("assessment.json")
        try Data(result.stdout.utf8).write(to: file)
        return file
    }

    @Test func everyFigureEqualsNetworkx() throws {
        let check = try Python.run([Self.checker, try Self.riversideJSON().path, Self.project])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasSuffix("ok\n"), "\(check.output)")
    }

    @Test func theCheckerNoticesABetweennessThatDisagrees() throws {
        let file = try Self.riversideJSON()
        var text = try String(contentsOf: file, encoding: .utf8)
        // The food bank's betweenness in the first round, off in its tenth digit.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let network = try #require((json["rounds"] as? [[String: Any]])?.first?["network"] as? [String: Any])
        let node = try #require((network["nodes"] as? [[String: Any]])?.first)
        let betweenness = try #require(node["betweenness"] as? Double)
        let written = "\"betweenness\": \(betweenness)"
        let range = try #require(text.range(of: written))
        text.replaceSubrange(range, with: "\"betweenness\": \(betweenness + 1e-8)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let check = try Python.run([Self.checker, file.path, Self.project])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("Riverside Food Bank: betweenness"), "\(check.output)")
    }
}
