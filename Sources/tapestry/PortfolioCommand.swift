import ArgumentParser
import Foundation
import TapestryImport
import TapestryReport
import TapestryScoring

/// `tapestry portfolio`: several coalitions in one funder workbook.
struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Compare the coalitions a funder supports: one workbook (and Markdown) from their project folders.",
        discussion: "Each DIR is a coalition's folder with a tapestry.yaml. Writes OUT/portfolio.xlsx and OUT/portfolio.md.")

    @Argument(help: ArgumentHelp("Coalition folders, each with a tapestry.yaml.", valueName: "dir"))
    var folders: [String]

    @Option(name: .long, help: ArgumentHelp("Where to write portfolio.xlsx and portfolio.md.", valueName: "dir"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("The fewest responses in a coalition's latest round to compare it (default: its min-group-size, else 5).", valueName: "n"))
    var minResponses: Int?

    @Flag(name: .long, help: "Replace an existing portfolio.")
    var force = false

    func validate() throws {
        if folders.isEmpty { throw ValidationError("give at least one coalition folder.") }
    }

    func run() throws {
        try ExitStatus.reporting {
            var entries: [PortfolioEntry] = []
            for folder in folders {
                let project = try ProjectFile.load(folder)
                let (instrument, request) = try SettingsFiles.request(for: project)
                let minimum = request.scoring.minimumGroupSize
                let assessment = try Assessor.assess(request, instrument: instrument)
                entries.append(PortfolioEntry(name: project.coalition ?? project.folder.lastPathComponent, assessment: assessment,
                                              minimumResponses: minResponses ?? minimum))
            }
            let workbook = try PortfolioWorkbook(toolVersion: ToolVersion.current).render(entries)
            let markdown = PortfolioMarkdown.render(entries)
            try AtomicFileWriter.write([("portfolio.xlsx", workbook), ("portfolio.md", Data(markdown.utf8))], into: output, force: force)
            print(markdown, terminator: "")
        }
    }
}
