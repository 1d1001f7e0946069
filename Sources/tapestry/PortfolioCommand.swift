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
                let instrument = try project.instrument.map { path -> Instrument in
                    let data: Data
                    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                        throw ImportError.cannotOpen(file: path, reason: "it does not exist or cannot be read")
                    }
                    return try InstrumentLoader.load(yaml: DecodedText(data: data).text, file: path)
                } ?? Instrument.partnershipHealth()
                let minimum = project.minimumGroupSize ?? ScoringOptions.anonymousGroupSize
                let secret = try project.linkKeyFile.map { path -> Data in
                    do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                        throw ImportError.cannotOpen(file: path, reason: "the link key cannot be read")
                    }
                }
                var mapping = MappingFile()
                if let map = project.map {
                    let data: Data
                    do { data = try Data(contentsOf: URL(fileURLWithPath: map)) } catch {
                        throw ImportError.cannotOpen(file: map, reason: "it does not exist or cannot be read")
                    }
                    mapping = try MappingFile.load(yaml: DecodedText(data: data).text, file: map, instrument: instrument)
                }
                let request = AssessmentRequest(
                    inputs: project.rounds.map { .init(path: $0.file, round: $0.label) },
                    coalition: project.coalition,
                    importing: ImportOptions(groupBy: project.groupBy, mapping: mapping,
                                             keyer: RespondentKeyer(secret: secret.map { Data(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).utf8) }),
                                             roundBy: project.roundBy),
                    scoring: ScoringOptions(minimumGroupSize: minimum))
                let assessment = try Assessor.assess(request, instrument: instrument)
                entries.append(PortfolioEntry(name: project.coalition ?? project.folder.lastPathComponent, assessment: assessment,
                                              minimumResponses: minResponses ?? minimum))
            }
            let workbook = try PortfolioWorkbook(toolVersion: ToolVersion.current).render(entries)
            try AtomicFileWriter.write([("portfolio.xlsx", workbook), ("portfolio.md", Data(PortfolioMarkdown.render(entries).utf8))],
                                       into: output, force: force)
            print(PortfolioMarkdown.render(entries), terminator: "")
        }
    }
}
