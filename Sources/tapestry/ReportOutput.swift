import Foundation
import TapestryReport
import TapestryScoring

/// Sends each requested format to standard output or into the `--output` folder.
enum ReportOutput {
    static func emit(_ assessment: Assessment, formats: [OutputFormat], output: String?, force: Bool) throws {
        var files: [(name: String, contents: Data)] = []
        for format in formats {
            let text: String
            switch format {
            case .terminal:
                print(TerminalRenderer(colored: Terminal.supportsColor).render(assessment), terminator: "")
                continue
            case .json:
                text = JSONRenderer().render(assessment)
            case .markdown, .xlsx:
                continue
            }
            if output == nil {
                print(text, terminator: "")
            } else if let name = format.fileName {
                files.append((name, Data(text.utf8)))
            }
        }
        if let output, !files.isEmpty {
            try AtomicFileWriter.write(files, into: output, force: force)
        }
    }
}
