import Foundation
import TapestryReport
import TapestryScoring

/// Sends each requested format to standard output or, as one report set, into the `--output`
/// folder.
enum ReportOutput {
    /// The formats written when `--output` is given without `--format`: every format that
    /// writes a file (the HTML report too, the one a coordinator e-mails), and the terminal
    /// summary.
    static var everyFile: [OutputFormat] {
        [.terminal] + OutputFormat.available.filter { $0.fileName != nil }
    }

    /// Renders `formats`; the files go into `folder` as one set (written before anything is
    /// printed, so that a failure prints only its message), the rest to standard output. The
    /// workbook lists each respondent's answers only with `includeResponses`.
    static func emit(_ assessment: Assessment, formats: [OutputFormat], folder: ReportFolder?, template: String?,
                     includeResponses: Bool = false) throws {
        // Built once: every renderer lays out this one model, so no two outputs can disagree.
        let model = ReportModel(assessment, catalogue: try RecommendationCatalogue.shipped(), toolVersion: ToolVersion.current)
        var files: [ReportFile] = []
        var printed: [String] = []
        for format in formats {
            switch format {
            case .terminal:
                printed.append(TerminalRenderer(colored: Terminal.supportsColor, width: Terminal.width).render(model))
            case .json:
                let text = JSONRenderer().render(model)
                if folder == nil { printed.append(text) } else { files.append(ReportFile(format.fileName ?? "assessment.json", contents: Data(text.utf8))) }
            case .xlsx:
                files.append(ReportFile(format.fileName ?? "report.xlsx") { try XLSXRenderer(includingResponses: includeResponses).render(model, to: $0) })
            case .markdown:
                let renderer = try MarkdownRenderer(template: template, jsonLink: formats.contains(.json))
                files += try renderer.render(model).map { ReportFile($0.name, contents: $0.contents) }
            case .html:
                files.append(ReportFile(format.fileName ?? "report.html", contents: try HTMLRenderer(jsonLink: formats.contains(.json)).render(model)))
            }
        }
        if let folder, !files.isEmpty {
            try folder.write(files)
        }
        for text in printed { print(text, terminator: "") }
        if let folder, !files.isEmpty {
            let written = files.map(\.name).filter { !$0.hasPrefix("charts/") }.map { URL(fileURLWithPath: folder.path).appendingPathComponent($0).path }
            FileHandle.standardError.write(Data("tapestry: wrote \(written.joined(separator: ", "))\n".utf8))
        }
    }
}
