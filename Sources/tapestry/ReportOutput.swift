import Foundation
import TapestryReport
import TapestryScoring

/// Sends each requested format to standard output or into the `--output` folder.
enum ReportOutput {
    static func emit(_ assessment: Assessment, formats: [OutputFormat], output: String?, force: Bool, template: String?) throws {
        var files: [(name: String, contents: Data)] = []
        for format in formats {
            let contents: Data
            switch format {
            case .terminal:
                print(TerminalRenderer(colored: Terminal.supportsColor).render(assessment), terminator: "")
                continue
            case .json:
                contents = Data(JSONRenderer().render(assessment).utf8)
            case .xlsx:
                contents = try XLSXRenderer(toolVersion: ToolVersion.current).render(assessment)
            case .markdown:
                let renderer = try MarkdownRenderer(template: template, catalogue: try RecommendationCatalogue.shipped(),
                                                    jsonLink: formats.contains(.json), toolVersion: ToolVersion.current)
                files += try renderer.render(assessment)
                continue
            }
            if output == nil {
                print(String(decoding: contents, as: UTF8.self), terminator: "")
            } else if let name = format.fileName {
                files.append((name, contents))
            }
        }
        if let output, !files.isEmpty {
            try AtomicFileWriter.write(files, into: output, force: force)
            let written = files.map(\.name).filter { !$0.hasPrefix("charts/") }.map { URL(fileURLWithPath: output).appendingPathComponent($0).path }
            FileHandle.standardError.write(Data("tapestry: wrote \(written.joined(separator: ", "))\n".utf8))
        }
    }
}
