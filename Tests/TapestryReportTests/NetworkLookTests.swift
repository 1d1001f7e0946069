import Foundation
import Testing
import TapestryReport
import TapestryScoring

/// Writes the fixture's reports to `TAPESTRY_LOOK` (a folder), to convert to pictures and look
/// at; does nothing without it.
@Suite struct NetworkLookTests {
    @Test func writeTheReportsToLookAt() throws {
        guard let folder = ProcessInfo.processInfo.environment["TAPESTRY_LOOK"] else { return }
        let root = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("charts"), withIntermediateDirectories: true)
        let model = try NetworkFixtures.model()
        for file in try MarkdownRenderer(jsonLink: false).render(model) {
            try file.contents.write(to: root.appendingPathComponent(file.name))
        }
        try HTMLRenderer(jsonLink: false).render(model).write(to: root.appendingPathComponent("report.html"))
        try XLSXRenderer().render(model).write(to: root.appendingPathComponent("report.xlsx"))
        try Data(TerminalRenderer(colored: false).render(model).utf8).write(to: root.appendingPathComponent("terminal.txt"))
        // Sixteen organisations, two with long names, and a map too large to name.
        var sixteen = NetworkFixtures.latest
        for name in ["Riverside Community Legal Advice and Advocacy Centre", "Northside Faith Forum"] {
            sixteen.nodes.append(NetworkNode(name: name, type: "faith", isMember: true, responded: true, inDegree: 1, outDegree: 1,
                                             degree: 1, betweenness: 0))
        }
        sixteen.tieList += [NetworkTie(from: 14, to: 15), NetworkTie(from: 15, to: 14), NetworkTie(from: 14, to: 0)]
        var large = NetworkFixtures.latest
        for index in 0..<66 {
            large.nodes.append(NetworkNode(name: "Extra \(index)", type: ["ngo", "faith", "business"][index % 3], isMember: true,
                                           responded: index % 4 != 0, inDegree: 1, outDegree: 1, degree: 1, betweenness: 0))
            large.tieList.append(NetworkTie(from: 14 + index, to: index % 14))
        }
        for (name, summary) in [("connections-16", sixteen), ("connections-80", large)] {
            let files = try MarkdownRenderer(jsonLink: false).render(try NetworkFixtures.model(latest: summary))
            if let chart = files.first(where: { $0.name == "charts/connections.svg" }) {
                try chart.contents.write(to: root.appendingPathComponent("charts/\(name).svg"))
            }
        }
    }
}
