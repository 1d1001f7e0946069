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

    /// The options, with the mapping file read and checked against `instrument`; the
    /// fallbacks are a project's settings, used when the flag is not given.
    func options(groupBy: String?, instrument: Instrument, fallbackMap: String? = nil, fallbackLinkKey: String? = nil) throws -> ImportOptions {
        let secret = try SettingsFiles.linkKey(linkKeyFile ?? fallbackLinkKey)
            ?? ProcessInfo.processInfo.environment[Self.linkKeyVariable].map { Data($0.utf8) }
        return ImportOptions(groupBy: groupBy, mapping: try SettingsFiles.mapping(map ?? fallbackMap, instrument: instrument),
                             includePartial: includePartial, keyer: RespondentKeyer(secret: secret))
    }
}
