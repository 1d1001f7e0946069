/// The last line of each respondent in each round, kept compactly for a file of any size: a
/// flat open-addressing table of a 64-bit hash of (round, identifier) → last line and where
/// that record starts (16 bytes a respondent, instead of about 60 for a dictionary of
/// strings). The identifiers themselves are not kept: when two rows' hashes meet, their
/// records are read again (``KeyReader``) and compared as text, so the result is exact. A
/// hash that two different respondents share (or a line or place too large to hold) moves
/// every respondent with that hash to an exact side table of their text, which stays as
/// small as such hashes are rare. The hash is keyed for the run (Swift's seeded `Hasher`) and
/// never leaves memory.
struct RespondentIndex: Sendable {
    /// A respondent in a round, as compared (``RespondentKeyer/normalize(_:)``).
    struct Key: Hashable, Sendable {
        var round: String
        var identifier: String
    }

    /// A row to add: its key's hash, its line, and where its record starts (a byte of the
    /// text, or a worksheet row's index) so that its key can be read again.
    struct Row: Sendable, Equatable {
        var hash: UInt64
        var line: Int
        var position: Int
    }

    /// Reads the key of the record at a position, on a line (the record was added, so it has one).
    typealias KeyReader = (_ position: Int, _ line: Int) -> Key

    /// Hashes a key.
    typealias Hash = @Sendable (_ round: String, _ identifier: String) -> UInt64

    /// One slot of the table: empty when `line` is 0 (lines start at 1); every key with this
    /// hash is in ``side`` when `line` is ``collided``.
    private struct Entry {
        var hash: UInt64 = 0
        var line: UInt32 = 0
        var position: UInt32 = 0
    }

    private static let collided = UInt32.max

    /// The default hash: Swift's `Hasher`, seeded at random for each run.
    static let keyedHash: Hash = { round, identifier in
        var hasher = Hasher()
        hasher.combine(round)
        hasher.combine(identifier)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    let hash: Hash
    private var entries: [Entry]
    /// Slots in use.
    private var used = 0
    /// The respondents whose hash is shared with another's (or whose line or place does not fit).
    private var side: [Key: Int] = [:]

    /// An index for about `expected` respondents (it grows past them), hashing with `hash`.
    init(expected: Int = 0, hash: @escaping Hash = RespondentIndex.keyedHash) {
        self.hash = hash
        entries = Array(repeating: Entry(), count: Self.capacity(for: expected))
    }

    /// Slots for `count` keys at most four fifths full.
    private static func capacity(for count: Int) -> Int { max(16, count + count / 4 + 1) }

    /// Whether no respondent was added.
    var isEmpty: Bool { used == 0 }

    /// How many respondents are kept in the exact side table (a test looks at it).
    var sideCount: Int { side.count }

    /// The first slot to look at for `hash`.
    private func home(_ hash: UInt64) -> Int {
        Int(hash.multipliedFullWidth(by: UInt64(entries.count)).high)
    }

    /// Adds `row`, later in the file than every row added before: its line becomes its key's
    /// last. `key` reads a record's key again when hashes meet.
    mutating func add(_ row: Row, key: KeyReader) {
        if (used + 1) * 5 > entries.count * 4 { grow() }
        let fits = row.line < Int(Self.collided) && row.position <= Int(UInt32.max)
        var slot = home(row.hash)
        while true {
            let entry = entries[slot]
            if entry.line == 0 {
                used += 1
                if fits {
                    entries[slot] = Entry(hash: row.hash, line: UInt32(row.line), position: UInt32(row.position))
                } else {
                    entries[slot] = Entry(hash: row.hash, line: Self.collided, position: 0)
                    side[key(row.position, row.line)] = row.line
                }
                return
            }
            if entry.hash == row.hash {
                let new = key(row.position, row.line)
                if entry.line == Self.collided {
                    side[new] = row.line
                    return
                }
                let old = key(Int(entry.position), Int(entry.line))
                if old == new && fits {
                    entries[slot].line = UInt32(row.line)
                    entries[slot].position = UInt32(row.position)
                } else {
                    side[old] = Int(entry.line)
                    side[new] = row.line
                    entries[slot].line = Self.collided
                }
                return
            }
            slot = slot + 1 == entries.count ? 0 : slot + 1
        }
    }

    /// The last line of `key` (whose hash is `hash`), asked for the row on `line`; nil when
    /// no row of it was added. `keyAt` reads a record's key again when another key has the
    /// same hash (it is not called when the last line is `line` itself).
    func lastLine(of key: Key, hash: UInt64, line: Int, keyAt: KeyReader) -> Int? {
        var slot = home(hash)
        while true {
            let entry = entries[slot]
            if entry.line == 0 { return nil }
            if entry.hash == hash {
                if entry.line == Self.collided { return side[key] }
                if Int(entry.line) == line { return line }
                return keyAt(Int(entry.position), Int(entry.line)) == key ? Int(entry.line) : nil
            }
            slot = slot + 1 == entries.count ? 0 : slot + 1
        }
    }

    /// Twice the slots, every entry placed again (by hash only: no key is read).
    private mutating func grow() {
        let old = entries
        entries = Array(repeating: Entry(), count: old.count * 2)
        for entry in old where entry.line != 0 {
            var slot = home(entry.hash)
            while entries[slot].line != 0 { slot = slot + 1 == entries.count ? 0 : slot + 1 }
            entries[slot] = entry
        }
    }
}
