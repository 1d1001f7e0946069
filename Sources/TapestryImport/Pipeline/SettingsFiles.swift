import Foundation
import TapestryScoring

/// Reads the small files that settings point to (an instrument, a mapping file, a link key,
/// a template), with errors that name the file and say what is wrong.
public enum SettingsFiles {
    /// The largest settings file read, in bytes: 4 MiB. The YAML and template readers refuse
    /// texts over 1 MiB (``SettingsYAML/maximumBytes``); this bound, with room for UTF-16,
    /// keeps a wrong file (a video, `/dev/zero`) from being read whole into memory.
    public static let maximumBytes = 4 * 1_048_576

    /// A text file's contents, in whatever encoding it was saved; `what` says why it cannot be
    /// read when it cannot. Files over ``maximumBytes`` are refused before they are read.
    public static func text(_ path: String, what: String = "it does not exist or cannot be read") throws -> String {
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw ImportError.cannotOpen(file: path, reason: what)
        }
        guard data.count <= maximumBytes else {
            throw ImportError.settingsFileTooLarge(file: path, limit: maximumBytes)
        }
        return DecodedText(data: data).text
    }

    /// The instrument at `path`, or the default one when nil, with its YAML text.
    public static func instrument(_ path: String?) throws -> (instrument: Instrument, yaml: String) {
        guard let path else { return (try Instrument.partnershipHealth(), Instrument.partnershipHealthYAML ?? "") }
        let yaml = try text(path)
        return (try InstrumentLoader.load(yaml: yaml, file: path), yaml)
    }

    /// The mapping file at `path`, checked against `instrument`; empty when nil.
    public static func mapping(_ path: String?, instrument: Instrument) throws -> MappingFile {
        guard let path else { return MappingFile() }
        return try MappingFile.load(yaml: try text(path), file: path, instrument: instrument)
    }

    /// The environment variable that may hold the link key instead of a key file.
    public static let linkKeyVariable = "TAPESTRY_LINK_KEY"

    /// The link key: the file at `path` (surrounding white space removed), else
    /// ``linkKeyVariable`` in `environment`, else nil (keys then last for the run only). The
    /// command line reads its environment in one place (`RunSettings`), and passes it here.
    public static func linkKey(_ path: String?, environment: [String: String]) throws -> Data? {
        if let path {
            return Data(try text(path, what: "the link key cannot be read").trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        }
        return environment[linkKeyVariable].map { Data($0.utf8) }
    }
}
