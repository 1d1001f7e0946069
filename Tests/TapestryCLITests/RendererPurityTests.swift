import Foundation
import Testing

/// The rule of the report model: renderers lay the model out and compute nothing. This reads
/// every renderer's source and fails on the tell-tale signs of a statistic, a band, a
/// threshold or a change worked out in a renderer (or a word the model owns spelled again).
@Suite struct RendererPurityTests {
    /// The folders of `Sources/TapestryReport` that hold renderers (the model is in `Model/`).
    static let rendererFolders = ["Terminal", "JSON", "Markdown", "HTML", "SVG", "XLSX", "Portfolio"]

    /// What a renderer must not contain, and why.
    static let forbidden: [(pattern: String, reason: String)] = [
        (#"(?<!ReportNumbers)\.health\("#, "health on 0–100 is the model's (Area.health)"),
        (#"\.oriented\("#, "orienting a score is the model's"),
        (#"\bBand\("#, "bands are decided in the scoring library"),
        (#"HealthSummary\."#, "the health index and category health are the scoring library's"),
        (#"RoundHighlights\("#, "highlights are the model's (Round.strongest…)"),
        (#"GroupComparison\("#, "the comparison is the model's (ComparisonModel)"),
        (#"ChangeCalculator"#, "changes are the scoring library's"),
        (#"\(lower is better\)"#, "the words are ReportWords.lowerIsBetter"),
        (#"counts\b[^\n]*reduce\(0, \+\)|counts\[[^\n]*\]\s*[-+*/]"#, "a sum or share of answers is the scoring library's (ItemStatistics.agree…)"),
        (#"(==|<|>)\s*(50|75)(\.0)?\b|==\s*0?\.(5|75)\b|\b(50|75)\b[^"\n]{0,20}(concern|strength)|(concern|strength)[^"\n]{0,20}\b(50|75)\b"#,
         "band thresholds come from BandThresholds, not literals"),
        (#"1–5"#, "the scale is the instrument's (model.scale)"),
        (#"String\(format: *"%[-+ ]?\.?[0-9]*f"#, "numbers are written by ReportNumbers"),
    ]

    static func rendererSources() throws -> [(path: String, text: String)] {
        let root = TapestryBinary.packageRoot.appendingPathComponent("Sources/TapestryReport")
        var sources: [(String, String)] = []
        for folder in rendererFolders {
            let url = root.appendingPathComponent(folder)
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { continue }
            for file in files.sorted() where file.hasSuffix(".swift") {
                sources.append(("\(folder)/\(file)", try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)))
            }
        }
        return sources
    }

    @Test func renderersComputeNothing() throws {
        let sources = try Self.rendererSources()
        #expect(sources.count >= 20, "the renderer folders were not found")
        for (path, text) in sources {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                // A line may say why it is not what it looks like (chart geometry, say).
                if code.hasPrefix("//") || code.hasSuffix("// layout, not a statistic") { continue }
                for rule in Self.forbidden where code.range(of: rule.pattern, options: .regularExpression) != nil {
                    Issue.record("\(path):\(number + 1): \(rule.reason): \(code)")
                }
            }
        }
    }

    @Test func theCheckNoticesAComputation() {
        for line in ["let agree = item.counts.suffix(2).reduce(0, +)", "if tick == 75 {", "(50.0, \"concern below 50\")",
                     "title + \" (lower is better)\"", "String(format: \"%.2f\", mean)", "scale.health(mean, polarity: p)"] {
            #expect(Self.forbidden.contains { line.range(of: $0.pattern, options: .regularExpression) != nil }, "\(line)")
        }
        for line in ["ReportNumbers.health(round.healthIndex)", "let height = top + 50", "String(text.prefix(50))"] {
            #expect(!Self.forbidden.contains { line.range(of: $0.pattern, options: .regularExpression) != nil }, "\(line)")
        }
    }
}
