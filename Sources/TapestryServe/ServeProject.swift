// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import TapestryImport
import TapestryScoring

/// What `tapestry serve` takes from the project folder: the instrument (the project file's
/// `instrument:`, else the default), the smallest group shown, and the store's place.
public struct ServeProject: Sendable {
    /// The project folder.
    public var folder: String
    /// The instrument participants answer.
    public var instrument: Instrument
    /// The project's `min-group-size:`, else the default.
    public var minimumGroupSize: Int
    /// Where the store lives.
    public var storePath: String { URL(fileURLWithPath: folder).appendingPathComponent(WorkshopStore.relativePath).path }

    /// Reads the project folder `folder` (a folder without `tapestry.yaml` is fine: defaults).
    public init(folder: String) throws {
        self.folder = folder
        let file = URL(fileURLWithPath: folder).appendingPathComponent(ProjectFile.fileName).path
        let project = FileManager.default.fileExists(atPath: file) ? try ProjectFile.load(file) : nil
        instrument = try SettingsFiles.instrument(project?.instrument).instrument
        minimumGroupSize = project?.minimumGroupSize ?? ScoringOptions.anonymousGroupSize
    }
}
#endif
