import ArgumentParser
import Foundation
import TapestryImport
import TapestryScoring

/// How to read exports: shared by `assess` and `inspect`.
struct ImportFlags: ParsableArguments {
    /// The environment variable that may hold the link key instead of `--link-key-file`.
    static let linkKeyVariable = "TAPESTRY_LINK_KEY"

    @Option(name: .long, help: ArgumentHelp(
        "A mapping file (YAML) for headings and answer labels tapestry cannot work out (`inspect` shows what to add).",
        valueName: "file"))
    var map: String?

    @Flag(name: .long, help: "Score partial and test responses too (by default they are counted and set aside).")
    var includePartial = false

    @Option(name: .long, help: ArgumentHelp(
        "A file holding a secret key that links respondents across rounds by a keyed hash (or set \(linkKeyVariable)). Keep it out of the reports' folder.",
        valueName: "file"))
    var linkKeyFile: String?

    /// The options, with the mapping file read and checked against `instrument`.
    func options(groupBy: String?, instrument: Instrument, fallbackMap: String? = nil, fallbackLinkKey: String? = nil) throws -> ImportOptions {
        var mapping = MappingFile()
        if let map = map ?? fallbackMap {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: map))
            } catch {
                throw ImportError.cannotOpen(file: map, reason: "it does not exist or cannot be read")
            }
            mapping = try MappingFile.load(yaml: DecodedText(data: data).text, file: map, instrument: instrument)
        }
        return ImportOptions(groupBy: groupBy, mapping: mapping, includePartial: includePartial,
                             keyer: RespondentKeyer(secret: try linkKey(fallback: fallbackLinkKey)))
    }

    private func linkKey(fallback: String?) throws -> Data? {
        if let linkKeyFile = linkKeyFile ?? fallback {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: linkKeyFile))
                return Data(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).utf8)
            } catch {
                throw ImportError.cannotOpen(file: linkKeyFile, reason: "it does not exist or cannot be read")
            }
        }
        return ProcessInfo.processInfo.environment[Self.linkKeyVariable].map { Data($0.utf8) }
    }
}
