import Foundation
import Testing
@testable import TapestryImport

/// Inflating one part: the stream ends at the end of the compressed data, whatever the
/// deflate data says, and checks what it produced against the archive's checksum.
@Suite struct ZipPartStreamTests {
    typealias Book = TestWorkbook
    static let sheet = Book.sheet("<row r=\"1\">" + Book.text("A1", "id") + "</row><row r=\"2\">" + Book.text("A2", "r1") + "</row>")

    static func stream(_ layout: Book.Layout, limits: WorkbookLimits = .standard) throws -> ZipPartStream {
        let archive = try ZipArchive(data: layout.data, file: "test.xlsx", limits: limits)
        let entry = try #require(try archive.entry("xl/worksheets/sheet.xml"))
        return ZipPartStream(archive: layout.data, entry: entry, file: "test.xlsx", limits: limits,
                             budget: InflationBudget(limit: limits.workbookBytes))
    }

    static func problem(_ layout: Book.Layout) -> String? {
        do {
            _ = try stream(layout).drain()
            return nil
        } catch let ImportError.unreadableWorkbook(_, problem) {
            return problem
        } catch {
            return "\(error)"
        }
    }

    @Test func aPartIsReadWhole() throws {
        #expect(try Self.stream(Book(sheet: Self.sheet).layout()).drain() == Self.sheet.utf8.count)
    }

    /// ZIPFoundation's inflater on Linux ignores the part's compressed size and tells zlib that
    /// every chunk is a full buffer long, so a stream cut short was inflated on into the bytes
    /// after it and past the end of the chunk; here the end of the compressed data ends the part.
    @Test func aTruncatedDeflateStreamEndsEarly() throws {
        var layout = Book(sheet: Self.sheet).layout()
        let record = layout.centralRecord["xl/worksheets/sheet.xml"] ?? 0
        let local = layout.localHeader["xl/worksheets/sheet.xml"] ?? 0
        let size = layout.get(record + 20)
        for cut in [1, size / 2, size - 1] {
            layout.set(record + 20, cut)
            layout.set(local + 18, cut)
            #expect(Self.problem(layout) == "xl/worksheets/sheet.xml is damaged: its compressed data ends early", "cut to \(cut)")
        }
    }

    @Test func invalidDeflateDataIsDamage() throws {
        var layout = Book(sheet: Self.sheet).layout()
        let local = layout.localHeader["xl/worksheets/sheet.xml"] ?? 0
        let start = local + 30 + "xl/worksheets/sheet.xml".utf8.count
        layout.data[start] = 0xFF  // block type 3, which deflate does not have
        #expect(Self.problem(layout) == "xl/worksheets/sheet.xml is damaged: its compressed data is invalid")
    }

    @Test func aChecksumMismatchIsDamage() throws {
        var layout = Book(sheet: Self.sheet).layout()
        let record = layout.centralRecord["xl/worksheets/sheet.xml"] ?? 0
        layout.set(record + 16, layout.get(record + 16) ^ 1)
        #expect(Self.problem(layout) == "xl/worksheets/sheet.xml is damaged: its checksum does not match its contents")
    }

    @Test func storedSizesMustAgree() throws {
        var layout = Book(sheet: Self.sheet, deflated: false).layout()
        let record = layout.centralRecord["xl/worksheets/sheet.xml"] ?? 0
        layout.set(record + 24, layout.get(record + 24) + 1)
        #expect(throws: ImportError.unreadableWorkbook(file: "test.xlsx", problem: "the zip archive is damaged: the sizes of xl/worksheets/sheet.xml disagree")) {
            try Self.stream(layout)
        }
    }

    /// The count runs as the part inflates: a part declared small but inflating past the limit
    /// stops one byte past it, whatever its header says.
    @Test func thePartLimitIsCountedNotTrusted() throws {
        var limits = WorkbookLimits()
        limits.partBytes = Self.sheet.utf8.count
        var layout = Book(sheet: Self.sheet).layout()
        #expect(try Self.stream(layout, limits: limits).drain() == Self.sheet.utf8.count)
        limits.partBytes -= 1
        let record = layout.centralRecord["xl/worksheets/sheet.xml"] ?? 0
        layout.set(record + 24, 10)  // declared size: a lie
        let stream = try Self.stream(layout, limits: limits)
        #expect(throws: ImportError.workbookLimit(file: "test.xlsx", place: "xl/worksheets/sheet.xml",
                                                  problem: "it inflates to more than \((Self.sheet.utf8.count - 1).grouped) bytes")) {
            try stream.drain()
        }
        #expect(stream.produced == Self.sheet.utf8.count)
    }
}
