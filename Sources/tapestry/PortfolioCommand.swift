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

    @Option(name: .long, help: ArgumentHelp(
        "A folder of its own for portfolio.xlsx and portfolio.md, replaced as a whole, all at once.", valueName: "dir"))
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
            // Checked now, so that a portfolio that cannot be written stops before its work.
            let target = try ReportFolder(path: output, project: nil, force: force)
            var entries: [PortfolioEntry] = []
            for folder in folders {
                let project = try ProjectFile.load(folder)
                let (instrument, request) = try SettingsFiles.request(for: project)
                let minimum = request.scoring.minimumGroupSize
                let assessment = try Assessor.assess(request, instrument: instrument)
                let model = ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: ToolVersion.current)
                entries.append(PortfolioEntry(name: project.coalition ?? project.folder.lastPathComponent, model: model,
                                              minimumResponses: minResponses ?? minimum))
            }
            let workbook = PortfolioWorkbook(toolVersion: ToolVersion.current)
            let markdown = PortfolioMarkdown.render(entries)
            try target.write([ReportFile("portfolio.xlsx") { try workbook.render(entries, to: $0) },
                              ReportFile("portfolio.md", contents: Data(markdown.utf8))])
            print(markdown, terminator: "")
        }
    }
}
