import Foundation

/// The workplace's `shared/` folder (real exports and export shapes from other projects,
/// never copied into this repository): beside the project, as CI has it, or wherever
/// `TAPESTRY_SHARED` says. Tests that read it run only when it is there, so that a newcomer's
/// `make test` passes on a bare clone.
enum SharedFolder {
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["TAPESTRY_SHARED"] { return URL(fileURLWithPath: path) }
        return TapestryBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("real-exports/README.md").path)
    }
}
