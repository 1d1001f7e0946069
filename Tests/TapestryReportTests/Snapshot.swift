import Foundation
import Testing

/// Golden-file checks: generated text is compared with `Snapshots/<name>`. Set
/// `TAPESTRY_RECORD=1` to write the files anew; a recording run fails on purpose, so that
/// nobody records by accident.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TAPESTRY_RECORD"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); run again without TAPESTRY_RECORD", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs; if the change is intended, re-record with TAPESTRY_RECORD=1",
                sourceLocation: sourceLocation)
    }
}
