import Foundation
import TapestryTestSupport
import Testing
@testable import TapestryImport

/// The zip layer of the xlsx reader: every offset and size of the archive is checked before it
/// is used, so a damaged or forged archive ends in an error that names the problem.
@Suite struct ZipArchiveTests {
    static let rows = "<row r=\"1\">" + TestWorkbook.text("A1", "id") + TestWorkbook.text("B1", "EQ1") + "</row>"
        + "<row r=\"2\">" + TestWorkbook.text("A2", "r1") + "<c r=\"B2\"><v>4</v></c></row>"
    static let workbook = TestWorkbook(sheet: TestWorkbook.sheet(rows))

    /// The problem text of an unreadable-workbook error, or nil for any other outcome.
    static func problem(_ data: Data, limits: WorkbookLimits = .standard) -> String? {
        do {
            _ = try XLSXReader.records(data: data, file: "test.xlsx", limits: limits)
            return nil
        } catch let ImportError.unreadableWorkbook(_, problem) {
            return problem
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [true, false])
    func storedAndDeflatedPartsRead(deflated: Bool) throws {
        let records = try TestWorkbook(sheet: TestWorkbook.sheet(Self.rows), deflated: deflated).records()
        #expect(records.map(\.fields) == [["id", "EQ1"], ["r1", "4"]])
        #expect(records.map(\.line) == [1, 2])
    }

    /// Offsets count from the start of the bytes given, also when they are a slice of more.
    @Test func aSliceReadsLikeItsOwnBytes() throws {
        let padded = Data(repeating: 0x50, count: 7) + Self.workbook.data + Data(repeating: 0, count: 3)
        let slice = padded[7..<(padded.count - 3)]
        #expect(try XLSXReader.records(data: slice, file: "test.xlsx").map(\.fields) == [["id", "EQ1"], ["r1", "4"]])
    }

    /// Issue 9: ZIPFoundation's in-memory archive trapped (`Range requires lowerBound <= upperBound`).
    @Test func aCentralDirectoryPastTheEndIsDamage() {
        var layout = Self.workbook.layout()
        layout.set(layout.endRecord + 16, layout.data.count + 1_000)
        #expect(Self.problem(layout.data)?.contains("central directory lies outside the file") == true)
        layout.set(layout.endRecord + 16, Int(UInt32.max) - 1)
        #expect(Self.problem(layout.data)?.contains("central directory lies outside the file") == true)
    }

    @Test func aCentralDirectoryLongerThanTheFileIsDamage() {
        var layout = Self.workbook.layout()
        layout.set(layout.endRecord + 12, 0xFFFF_FFF0)
        #expect(Self.problem(layout.data)?.contains("central directory lies outside the file") == true)
    }

    @Test func moreEntriesThanTheDirectoryHoldsIsDamage() {
        var layout = Self.workbook.layout()
        layout.set(layout.endRecord + 8, 9_000, bytes: 2)
        layout.set(layout.endRecord + 10, 9_000, bytes: 2)
        #expect(Self.problem(layout.data)?.contains("shorter than the parts it lists") == true)
        layout.set(layout.endRecord + 8, 5, bytes: 2)
        layout.set(layout.endRecord + 10, 5, bytes: 2)  // four parts: the fifth record is the end record
        #expect(Self.problem(layout.data)?.contains("central directory is damaged") == true)
    }

    @Test func aLocalHeaderPastTheEndIsDamage() {
        var layout = Self.workbook.layout()
        let record = layout.centralRecord["xl/worksheets/sheet.xml"] ?? 0
        layout.set(record + 42, layout.data.count + 5)
        #expect(Self.problem(layout.data)?.contains("local header of xl/worksheets/sheet.xml lies outside the file") == true)
        layout.set(record + 42, 1)  // inside the file, but no local header there
        #expect(Self.problem(layout.data)?.contains("local header of xl/worksheets/sheet.xml") == true)
    }

    @Test func compressedDataPastTheEndIsDamage() {
        var layout = Self.workbook.layout()
        layout.set((layout.centralRecord["xl/worksheets/sheet.xml"] ?? 0) + 20, 0x7FFF_FFFF)
        #expect(Self.problem(layout.data)?.contains("compressed data of xl/worksheets/sheet.xml runs past the end") == true)
    }

    @Test func aZIP64LocatorPastTheEndIsDamage() {
        var layout = Self.workbook.layout()
        layout.set(layout.endRecord + 8, 0xFFFF, bytes: 2)
        layout.set(layout.endRecord + 10, 0xFFFF, bytes: 2)
        layout.data.insert(contentsOf: TestWorkbook.littleEndian([(0x0706_4B50, 4), (0, 4), (layout.data.count * 4, 8), (1, 4)]),
                           at: layout.endRecord)
        #expect(Self.problem(layout.data)?.contains("ZIP64 end record is missing or lies outside the file") == true)
    }

    /// A well-formed ZIP64 archive (as some Java writers make) reads like any other.
    @Test func zip64RecordsAreRead() throws {
        var layout = Self.workbook.layout()
        let sheet = layout.centralRecord["xl/worksheets/sheet.xml"] ?? 0
        // Move the sheet's sizes and offset into a ZIP64 extra field of its central record.
        let sizes = (declared: layout.get(sheet + 24), compressed: layout.get(sheet + 20), offset: layout.get(sheet + 42))
        let nameLength = layout.get(sheet + 28, bytes: 2)
        let extra = TestWorkbook.littleEndian([(1, 2), (24, 2), (sizes.declared, 8), (sizes.compressed, 8), (sizes.offset, 8)])
        layout.data.insert(contentsOf: extra, at: sheet + 46 + nameLength)
        layout.set(sheet + 30, extra.count, bytes: 2)
        for field in [20, 24, 42] { layout.set(sheet + field, 0xFFFF_FFFF) }
        let end = layout.endRecord + extra.count
        let directorySize = layout.get(end + 12) + extra.count, directoryStart = layout.get(end + 16)
        // The ZIP64 end record and its locator, then an end record that defers to them.
        let zip64End = end
        var tail = TestWorkbook.littleEndian([(0x0606_4B50, 4), (44, 8), (45, 2), (45, 2), (0, 4), (0, 4),
                                              (4, 8), (4, 8), (directorySize, 8), (directoryStart, 8)])
        tail += TestWorkbook.littleEndian([(0x0706_4B50, 4), (0, 4), (zip64End, 8), (1, 4)])
        tail += TestWorkbook.littleEndian([(0x0605_4B50, 4), (0, 2), (0, 2), (0xFFFF, 2), (0xFFFF, 2),
                                           (0xFFFF_FFFF, 4), (0xFFFF_FFFF, 4), (0, 2)])
        let data = layout.data.prefix(end) + tail
        let records = try XLSXReader.records(data: data, file: "test.xlsx")
        #expect(records.map(\.fields) == [["id", "EQ1"], ["r1", "4"]])
    }

    @Test func notAZipArchive() {
        for data in [Data(), Data("PK\u{03}\u{04}nonsense".utf8), Data(repeating: 0, count: 100)] {
            #expect(Self.problem(data)?.contains("not a complete zip archive") == true)
        }
        let onlyTheEndRecord = TestWorkbook.littleEndian([(0x0605_4B50, 4), (0, 2), (0, 2), (0, 2), (0, 2), (0, 4), (0, 4), (0, 2)])
        #expect(Self.problem(onlyTheEndRecord) == "it has no worksheet")
    }

    @Test func encryptedAndUnknownMethodsAreNamed() {
        var layout = Self.workbook.layout()
        let record = layout.centralRecord["xl/worksheets/sheet.xml"] ?? 0
        layout.set(record + 10, 99, bytes: 2)
        #expect(Self.problem(layout.data)?.contains("uses compression method 99") == true)
        layout.set(record + 10, 8, bytes: 2)
        layout.set(record + 8, 1, bytes: 2)
        #expect(Self.problem(layout.data)?.contains("is encrypted") == true)
    }

    @Test func theFirstOfTwoPartsWithOneNameIsRead() throws {
        var workbook = Self.workbook
        workbook.parts.append(.init(name: "xl/worksheets/sheet.xml", data: Data(TestWorkbook.sheet("<row r=\"9\"/>").utf8)))
        #expect(try workbook.records().map(\.line) == [1, 2])
    }

    /// ``WorkbookLimits/maxEntries``: 10,000 parts pass, 10,001 fail.
    @Test func partsAreCountedUpToTheLimit() throws {
        var workbook = Self.workbook
        let padding = WorkbookLimits.maxEntries - workbook.parts.count
        workbook.parts += (0..<padding).map { .init(name: "xl/media/p\($0).bin", data: Data(), deflated: false) }
        #expect(try workbook.records().count == 2)
        workbook.parts.append(.init(name: "xl/media/one-more.bin", data: Data(), deflated: false))
        #expect(throws: ImportError.workbookLimit(file: "test.xlsx", place: "the zip archive", problem: "it has more than 10,000 parts")) {
            try workbook.records()
        }
    }

    /// No bytes make the reader trap: every truncation of a workbook, and seeded random
    /// damage to every region of it, ends in records or an ``ImportError``.
    @Test func damagedArchivesNeverTrap() {
        let data = Self.workbook.data
        var outcomes = [String: Int]()
        func read(_ bytes: Data) {
            do {
                _ = try XLSXReader.records(data: bytes, file: "test.xlsx")
                outcomes["records", default: 0] += 1
            } catch is ImportError {
                outcomes["import error", default: 0] += 1
            } catch {
                Issue.record("not an ImportError: \(error)")
            }
        }
        for length in 0..<data.count { read(data.prefix(length)) }
        var random = SeededGenerator(seed: 9)
        for _ in 0..<10_000 {
            var damaged = data
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let offset = Int.random(in: 0..<damaged.count, using: &random)
                damaged[offset] = [0x00, 0xFF, 0x7F, 0x80, UInt8.random(in: 0...255, using: &random)].randomElement(using: &random) ?? 0
            }
            read(damaged)
        }
        for _ in 0..<500 {
            let length = Int.random(in: 4..<600, using: &random)
            read(Data([0x50, 0x4B, 0x03, 0x04]) + Data((0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }))
        }
        #expect(outcomes["import error", default: 0] > 0)
        #expect(outcomes["records", default: 0] > 0)
    }
}

