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
    }
}
