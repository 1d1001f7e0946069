import ArgumentParser
import Foundation
import TapestryImport
import TapestryScoring

/// `--instrument PATH`, shared by every subcommand that needs an instrument.
struct InstrumentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "An instrument YAML file to use instead of the default partnership health check.",
        valueName: "path"))
    var instrument: String?

    /// The instrument and its YAML text, validated; errors name the file, line and column.
    func load(fallback: String? = nil) throws -> (instrument: Instrument, yaml: String) {
        try SettingsFiles.instrument(instrument ?? fallback)
    }
}
