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
        guard let path = instrument ?? fallback else {
            return (try Instrument.partnershipHealth(), Instrument.partnershipHealthYAML ?? "")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ImportError.cannotOpen(file: path, reason: "it does not exist or cannot be read")
        }
        let yaml = DecodedText(data: data).text
        return (try InstrumentLoader.load(yaml: yaml, file: path), yaml)
    }
}
