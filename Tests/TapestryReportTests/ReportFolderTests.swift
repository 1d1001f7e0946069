import Foundation
import Testing
@testable import TapestryReport
#if canImport(Glibc)
import Glibc
#endif

/// The report-set writer on its own: what it may replace, what a failure leaves (the earlier
/// set, no temporary), its locks and its limits. The CLI tests (ReportSetTests) run it through
/// `tapestry`, killed, raced and with links planted.
@Suite struct ReportFolderTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tapestry-rf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder` (hidden ones too) and its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let name = walker?.nextObject() as? String {
            var directory: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &directory), !directory.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// The names beside `folder` in its parent other than `folder` itself (temporaries).
    static func beside(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
            .filter { $0 != folder.lastPathComponent }
    }

    static var set: [ReportFile] {
        [ReportFile("assessment.json", contents: Data("{}".utf8)),
         ReportFile("report.md", contents: Data("# one".utf8)),
         ReportFile("charts/trend.svg", contents: Data("<svg/>".utf8))]
    }

    @Test func aNewFolderGetsTheSetAndItsManifest() throws {
        let out = try Self.scratch().appendingPathComponent("a/b/out")
        try ReportFolder(path: out.path, project: nil, force: false).write(Self.set)
        let files = try Self.snapshot(out)
        #expect(files.keys.sorted() == [".tapestry-report.json", "assessment.json", "charts/trend.svg", "report.md"])
        let manifest = try #require(try JSONSerialization.jsonObject(with: files[".tapestry-report.json"]!) as? [String: Any])
        #expect(manifest["schema"] as? String == "tapestry.report-set/1")
        #expect(manifest["files"] as? [String] == ["assessment.json", "charts/trend.svg", "report.md"])
        #expect(manifest["project"] is NSNull)
        #expect(try Self.beside(out).isEmpty)
        // The folder's mode follows the umask, like mkdir (not the 0700 of its temporary).
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int)
        #expect(mode == 0o777 & ~Int(DirectoryHandle.umaskValue))
    }

    @Test func anotherRunsSetNeedsForceAndLeavesNoStaleFile() throws {
        let out = try Self.scratch().appendingPathComponent("out")
        try ReportFolder(path: out.path, project: nil, force: false).write(Self.set)
        #expect(throws: OutputError.reportExists(path: out.path, project: nil)) {
            try ReportFolder(path: out.path, project: nil, force: false)
        }
        try ReportFolder(path: out.path, project: nil, force: true).write([ReportFile("report.md", contents: Data("# two".utf8))])
        #expect(try Self.snapshot(out).keys.sorted() == [".tapestry-report.json", "report.md"])
        #expect(try Self.beside(out).isEmpty)
    }

    @Test func aProjectReplacesItsOwnSetButNotAnotherProjects() throws {
        let root = try Self.scratch()
        let project = root.appendingPathComponent("tapestry.yaml")
        let other = root.appendingPathComponent("other/tapestry.yaml")
        let out = root.appendingPathComponent("reports")
        try ReportFolder(path: out.path, project: project.path, force: false).write(Self.set)
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(".tapestry-report.json"))) as? [String: Any])
        #expect(manifest["project"] as? String == "../tapestry.yaml")
        try ReportFolder(path: out.path, project: project.path, force: false).write(Self.set)
        #expect(throws: OutputError.reportExists(path: out.path, project: project.path)) {
            try ReportFolder(path: out.path, project: other.path, force: false)
        }
        #expect(throws: OutputError.reportExists(path: out.path, project: project.path)) {
            try ReportFolder(path: out.path, project: nil, force: false)
        }
    }

    @Test func foreignFilesAreNeverReplacedEvenWithForce() throws {
        let out = try Self.scratch().appendingPathComponent("out")
        try ReportFolder(path: out.path, project: nil, force: false).write(Self.set)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("photos"), withIntermediateDirectories: true)
        let before = try Self.snapshot(out)
        #expect(throws: OutputError.foreignFiles(path: out.path, names: ["notes.txt", "photos/"])) {
            try ReportFolder(path: out.path, project: nil, force: true).write(Self.set)
        }
        #expect(try Self.snapshot(out) == before)
        #expect(try Self.beside(out).isEmpty)
    }

    @Test func aFolderAnEarlierVersionWroteIsReplacedWithForce() throws {
        let out = try Self.scratch().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("charts"), withIntermediateDirectories: true)
        for name in ["assessment.json", "report.md", "report.xlsx", "charts/trend.svg", ".report.xlsx.4242.tmp", "charts/.trend.svg.17.tmp"] {
            try Data("old".utf8).write(to: out.appendingPathComponent(name))
        }
        #expect(throws: OutputError.reportExists(path: out.path, project: nil)) {
            try ReportFolder(path: out.path, project: nil, force: false)
        }
        try ReportFolder(path: out.path, project: nil, force: true).write(Self.set)
        #expect(try Self.snapshot(out).keys.sorted() == [".tapestry-report.json", "assessment.json", "charts/trend.svg", "report.md"])
    }

    @Test func aFailingWriterLeavesTheEarlierSetAndNoTemporary() throws {
        let out = try Self.scratch().appendingPathComponent("out")
        try ReportFolder(path: out.path, project: nil, force: false).write(Self.set)
        let before = try Self.snapshot(out)
        let failures: [(ReportFile, OutputError?)] = [
            (ReportFile("report.xlsx") { _ in throw ReportError.workbook("disk full") }, nil),
            (ReportFile("report.xlsx") { _ in throw CocoaError(.fileWriteOutOfSpace) },
             .cannotWrite(path: out.path + "/report.xlsx", reason: CocoaError(.fileWriteOutOfSpace).localizedDescription)),
            (ReportFile("report.xlsx") { _ in }, .cannotWrite(path: out.path + "/report.xlsx", reason: "the file was not made")),
            (ReportFile("report.xlsx") { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) },
             .cannotWrite(path: out.path + "/report.xlsx", reason: "the file was not made")),
            (ReportFile("../escape.md", contents: Data()), .cannotWrite(path: out.path, reason: "`../escape.md` is not a usable file name in a report set")),
            (ReportFile(".tapestry-report.json", contents: Data()),
             .cannotWrite(path: out.path, reason: "`.tapestry-report.json` is not a usable file name in a report set")),
        ]
        for (file, expected) in failures {
            do {
                try ReportFolder(path: out.path, project: nil, force: true).write(Self.set + [file])
                Issue.record("\(file.name): no error")
            } catch let error as OutputError {
                #expect(error == expected)
            } catch let error as ReportError {
                #expect(expected == nil && error == .workbook("disk full"))
            }
            #expect(try Self.snapshot(out) == before)
            #expect(try Self.beside(out).isEmpty)
        }
    }

    @Test func aFailureCreatingTheFolderRemovesTheFoldersItMade() throws {
        let root = try Self.scratch()
        let out = root.appendingPathComponent("made/for/out")
        #expect(throws: ReportError.workbook("no")) {
            try ReportFolder(path: out.path, project: nil, force: false).write([ReportFile("report.xlsx") { _ in throw ReportError.workbook("no") }])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    @Test func aLinkAsTheFolderIsFollowedAndALinkToNothingIsRefused() throws {
        let root = try Self.scratch()
        let real = root.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let link = root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try ReportFolder(path: link.path, project: nil, force: false).write(Self.set)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try Self.snapshot(real).count == 4)
        let dangling = root.appendingPathComponent("dangling")
        try FileManager.default.createSymbolicLink(at: dangling, withDestinationURL: root.appendingPathComponent("nowhere"))
        #expect(throws: OutputError.self) { try ReportFolder(path: dangling.path, project: nil, force: true) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("nowhere").path))
    }

    @Test func staleTemporariesOfKilledRunsAreRemovedButLinksAndLiveOnesAreNot() throws {
        let root = try Self.scratch()
        let out = root.appendingPathComponent("out")
        let stale = root.appendingPathComponent(".out.tapestry-abcdefghij")
        try FileManager.default.createDirectory(at: stale.appendingPathComponent("charts"), withIntermediateDirectories: true)
        try Data(count: 1000).write(to: stale.appendingPathComponent("charts/x.svg"))
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent(".out.tapestry-klmnopqrst"), withDestinationURL: outside)
        try ReportFolder(path: out.path, project: nil, force: false).write(Self.set)
        #expect(try Self.beside(out).sorted() == [".out.tapestry-klmnopqrst", "outside"])
        #expect(try Data(contentsOf: outside.appendingPathComponent("keep.txt")) == Data("keep".utf8))
    }

    @Test func aSecondWriterOfTheSameFolderStopsAtOnce() throws {
        let root = try Self.scratch()
        let out = root.appendingPathComponent("out")
        // A live writer: it holds the parent's lock and its own temporary folder, locked.
        let parent = try DirectoryHandle(path: root.path)
        #expect(parent.tryLock())
        let live = try parent.makeUniqueDirectory(prefix: TemporaryName.prefix(for: "out"))
        let liveFolder = try DirectoryHandle(live, in: parent)
        liveFolder.lock()
        let start = Date()
        #expect(throws: OutputError.busy(path: out.path)) {
            try ReportFolder(path: out.path, project: nil, force: true).write(Self.set)
        }
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(live).path))
        withExtendedLifetime((parent, liveFolder)) {}
    }

    @Test func aWriterOfAnotherFolderBesideIsWaitedFor() throws {
        let root = try Self.scratch()
        let out = root.appendingPathComponent("out")
        let parent = try DirectoryHandle(path: root.path)
        #expect(parent.tryLock())
        let released = Date().addingTimeInterval(0.3)
        let descriptor = parent.descriptor
        Thread { Thread.sleep(until: released); flock(descriptor, LOCK_UN) }.start()
        try ReportFolder(path: out.path, project: nil, force: false).write(Self.set)
        #expect(Date() >= released)
        withExtendedLifetime(parent) {}
        #expect(try Self.snapshot(out).count == 4)
    }

    @Test func theWorkingFolderAndTheTopFolderAreRefused() throws {
        let here = FileManager.default.currentDirectoryPath
        #expect(throws: OutputError.holdsWorkingFolder(path: here)) { try ReportFolder(path: ".", project: nil, force: true) }
        #expect(throws: OutputError.cannotWrite(path: "/", reason: "it is the top folder of the disk; choose a folder inside it")) {
            try ReportFolder(path: "/", project: nil, force: true)
        }
        let file = try Self.scratch().appendingPathComponent("file")
        try Data().write(to: file)
        #expect(throws: OutputError.cannotWrite(path: file.path, reason: "it is a file, not a folder")) {
            try ReportFolder(path: file.path, project: nil, force: true)
        }
    }

    @Test func theProjectIsNamedRelativeToTheFolder() {
        #expect(ReportFolder.relativePath(from: "/p/reports", to: "/p/tapestry.yaml") == "../tapestry.yaml")
        #expect(ReportFolder.relativePath(from: "/p/reports", to: "/p/reports/x/tapestry.yaml") == "x/tapestry.yaml")
        #expect(ReportFolder.relativePath(from: "/srv/out", to: "/home/p/tapestry.yaml") == "../../home/p/tapestry.yaml")
    }

    // MARK: Limits, at their edges

    @Test func temporaryNamesKeepAtMost100BytesOfTheName() {
        let hundred = String(repeating: "é", count: 50)
        #expect(TemporaryName.prefix(for: hundred) == "." + hundred + ".tapestry-")
        #expect(TemporaryName.prefix(for: hundred + "x") == "." + hundred + ".tapestry-")
        #expect(TemporaryName.prefix(for: String(repeating: "a", count: 99) + "é") == "." + String(repeating: "a", count: 99) + ".tapestry-")
        #expect(TemporaryName.isTemporary(TemporaryName.prefix(for: "out") + TemporaryName.suffix(), of: "out"))
        #expect(!TemporaryName.isTemporary(".out.tapestry-abc", of: "out"))
    }

    @Test func aFolderWithALongNameIsWritten() throws {
        let out = try Self.scratch().appendingPathComponent(String(repeating: "r", count: 255))
        try ReportFolder(path: out.path, project: nil, force: false).write(Self.set)
        #expect(try Self.snapshot(out).count == 4)
    }

    /// A manifest of exactly ``ReportManifest/maximumSize`` bytes is read; one byte more is not.
    @Test(arguments: [0, 1])
    func theManifestsSizeLimit(extra: Int) throws {
        let out = try Self.scratch().appendingPathComponent("out")
        try ReportFolder(path: out.path, project: nil, force: false).write(Self.set)
        let url = out.appendingPathComponent(".tapestry-report.json")
        var data = try Data(contentsOf: url)
        data += Data(repeating: 0x20, count: ReportManifest.maximumSize - data.count + extra)
        try data.write(to: url)
        let contents = try FolderContents.read("out", in: DirectoryHandle(path: out.deletingLastPathComponent().path))
        // Not a manifest: the folder is judged as an earlier version's, and the note is foreign.
        #expect(contents == (extra == 0 ? .reportSet(project: nil) : .foreign([".tapestry-report.json"])))
    }

    /// A set of ``FolderContents/maximumEntries`` entries is looked at whole; one more is not.
    @Test(arguments: [0, 1])
    func theEntriesLimit(extra: Int) throws {
        let out = try Self.scratch().appendingPathComponent("out")
        // The manifest counts as one entry. (Made directly: the writer would flush each file.)
        let names = (0..<(FolderContents.maximumEntries - 1 + extra)).map { "f\($0)" }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for name in names { _ = FileManager.default.createFile(atPath: out.appendingPathComponent(name).path, contents: nil) }
        try ReportManifest(project: nil, files: names).encoded().write(to: out.appendingPathComponent(ReportManifest.fileName))
        let contents = try FolderContents.read("out", in: DirectoryHandle(path: out.deletingLastPathComponent().path))
        #expect(contents == (extra == 0 ? .reportSet(project: nil) : .foreign(["(more than 10000 files)"])))
    }

    /// Files in 7 nested folders are looked at; an 8th level is not.
    @Test(arguments: [7, 8])
    func theDepthLimit(folders: Int) throws {
        let out = try Self.scratch().appendingPathComponent("out")
        let name = (1...folders).map { "d\($0)" }.joined(separator: "/") + "/f"
        try ReportFolder(path: out.path, project: nil, force: false).write([ReportFile(name, contents: Data())])
        let contents = try FolderContents.read("out", in: DirectoryHandle(path: out.deletingLastPathComponent().path))
        #expect(contents == (folders == 7 ? .reportSet(project: nil) : .foreign(["d1/d2/d3/d4/d5/d6/d7/d8/"])))
    }
}

/// A workbook part cut short (libxlsxwriter does not check its own temporary writes) is found.
@Suite struct WorkbookCheckTests {
    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<worksheet xmlns=\"x\"><sheetData/></worksheet>\n", true),
        ("<?xml version=\"1.0\"?>\n<worksheet xmlns=\"x\"><sheetData><row r=\"1\"><c r=\"A1\"", false),
        ("<?xml version=\"1.0\"?><c:chartSpace xmlns:c=\"x\"><c:chart/></c:chartSpace>", true),
        ("<?xml version=\"1.0\"?><c:chartSpace xmlns:c=\"x\"><c:chart/></c:chart", false),
        ("<?xml version=\"1.0\"?><!-- note --><Relationships/>", true),
        ("", false),
    ])
    func aPartIsWholeOnlyWithItsEndTag(xml: String, whole: Bool) {
        let data = Data(xml.utf8)
        #expect(WorkbookCheck.isComplete(head: data.prefix(WorkbookCheck.headBytes), tail: data.suffix(WorkbookCheck.tailBytes)) == whole)
    }
}
