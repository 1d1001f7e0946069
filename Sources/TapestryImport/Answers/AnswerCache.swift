#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One column's answers already read: each distinct cell value and what reading it gave (with
/// the words of its finding, if it makes one), so that folding, label matching and the checks
/// behind a finding's quote run once per distinct value instead of once per cell. Answer
/// columns hold a handful of distinct values: the first ``byteEntries`` are kept as bytes and
/// found by comparing bytes (no string is made of the cell), later ones by their text. A
/// column that holds many (free text in an item column, or a hostile file) stops being cached
/// after ``maxEntries``, and a value longer than ``maxKeyBytes`` is never cached, so the cache
/// stays small whatever the file holds.
struct AnswerCache {
    /// What one cell gave: its reading, and the finding it makes (without its line).
    struct Entry {
        var reading: AnswerReading
        var finding: (kind: RowFindings.Kind, message: String)?
    }

    /// The most distinct values kept as bytes for one column.
    static let byteEntries = 16
    /// The most distinct values kept as text for one column.
    static let maxEntries = 512
    /// The longest value kept, in UTF-8 bytes.
    static let maxKeyBytes = 64

    private var byBytes: [(bytes: [UInt8], entry: Entry)] = []
    private var byText: [String: Entry] = [:]

    /// The entry cached for `cell`, if any.
    func cached(_ cell: String) -> Entry? {
        byText[cell]
    }

    /// Keeps `entry` for `cell` while there is room and the value is short.
    mutating func store(_ entry: Entry, for cell: String) {
        if byText.count < Self.maxEntries, cell.utf8.count <= Self.maxKeyBytes { byText[cell] = entry }
    }

    /// The entry cached for the cell whose value is `bytes`, if any.
    func cached(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        for kept in byBytes where kept.bytes.count == bytes.count {
            let same = kept.bytes.withUnsafeBufferPointer { keptBytes in
                guard let left = keptBytes.baseAddress, let right = bytes.baseAddress else { return true }  // both empty
                return memcmp(left, right, bytes.count) == 0
            }
            if same { return kept.entry }
        }
        return byBytes.count < Self.byteEntries ? nil : cached(String(decoding: bytes, as: UTF8.self))
    }

    /// Keeps `entry` for the cell whose value is `bytes`, while there is room and it is short.
    mutating func store(_ entry: Entry, for bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.maxKeyBytes else { return }
        if byBytes.count < Self.byteEntries {
            byBytes.append((Array(bytes), entry))
        } else {
            store(entry, for: String(decoding: bytes, as: UTF8.self))
        }
    }
}
