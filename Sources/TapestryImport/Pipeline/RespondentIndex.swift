/// The last line of each respondent in each round, kept compactly for a file of any size: a
/// flat open-addressing table of a 64-bit hash of (round, identifier) → last line and where
/// that record starts (12 bytes a respondent: the hash's high bits choose the slot, its low
/// 32 bits are kept; about 60 bytes for a dictionary of strings). The identifiers themselves
/// are not kept: when two rows' kept bits meet on their way through the table, their records
/// are read again (``KeyReader``) and compared as text, so the result is exact. Kept bits
/// that two different respondents share (or a line or place too large to hold) move every
/// respondent meeting that slot to an exact side table of their text, which stays as small as
/// such meetings are rare. The hash is keyed for the run (Swift's seeded `Hasher`) and never
/// leaves memory.
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

    /// One slot of the table: empty when `line` is 0 (lines start at 1); every key whose
    /// search stops here is in ``side`` when `line` is ``collided``.
    private struct Entry {
        /// The hash's low 32 bits.
        var bits: UInt32 = 0
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
    private var side: [Key: Place] = [:]

    /// A record's line and where it starts.
    private struct Place {
        var line: Int
        var position: Int
    }

    /// An index for about `expected` respondents (it grows past them), hashing with `hash`.
    init(expected: Int = 0, hash: @escaping Hash = RespondentIndex.keyedHash) {
        self.hash = hash
        entries = Array(repeating: Entry(), count: Self.capacity(for: expected))
    }

    /// Slots for `count` keys at most seven eighths full.
    private static func capacity(for count: Int) -> Int { max(16, count + count / 7 + 1) }

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
        if (used + 1) * 8 > entries.count * 7 { grow(key: key) }
        let fits = row.line < Int(Self.collided) && row.position <= Int(UInt32.max)
        let bits = UInt32(truncatingIfNeeded: row.hash)
        var slot = home(row.hash)
        while true {
            let entry = entries[slot]
            if entry.line == 0 {
                used += 1
                if fits {
                    entries[slot] = Entry(bits: bits, line: UInt32(row.line), position: UInt32(row.position))
                } else {
                    entries[slot] = Entry(bits: bits, line: Self.collided, position: 0)
                    side[key(row.position, row.line)] = Place(line: row.line, position: row.position)
                }
                return
            }
            if entry.bits == bits {
                let new = key(row.position, row.line)
                if entry.line == Self.collided {
                    side[new] = Place(line: row.line, position: row.position)
                    return
                }
                let old = key(Int(entry.position), Int(entry.line))
                if old == new && fits {
                    entries[slot].line = UInt32(row.line)
                    entries[slot].position = UInt32(row.position)
                } else {
                    side[old] = Place(line: Int(entry.line), position: Int(entry.position))
                    side[new] = Place(line: row.line, position: row.position)
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
        let bits = UInt32(truncatingIfNeeded: hash)
        var slot = home(hash)
        while true {
            let entry = entries[slot]
            if entry.line == 0 { return nil }
            if entry.bits == bits {
                if entry.line == Self.collided { return side[key]?.line }
                if Int(entry.line) == line { return line }
                return keyAt(Int(entry.position), Int(entry.line)) == key ? Int(entry.line) : nil
            }
            slot = slot + 1 == entries.count ? 0 : slot + 1
        }
    }

    /// Twice the slots, every key placed again: its hash is made anew from its record, read
    /// again with `key` (or from the side table), so growing is slow; an index sized for its
    /// file (``init(expected:hash:)``) never grows.
    private mutating func grow(key: KeyReader) {
        var keys: [Int: Key] = [:]
        var moved: [Place] = []
        for entry in entries where entry.line != 0 && entry.line != Self.collided {
            keys[Int(entry.line)] = key(Int(entry.position), Int(entry.line))
            moved.append(Place(line: Int(entry.line), position: Int(entry.position)))
        }
        for (sideKey, place) in side {
            keys[place.line] = sideKey
            moved.append(place)
        }
        entries = Array(repeating: Entry(), count: entries.count * 2)
        used = 0
        side = [:]
        // Each key once, with its own last line: a line names its key.
        for place in moved {
            let placed = keys[place.line]!
            add(Row(hash: hash(placed.round, placed.identifier), line: place.line, position: place.position)) { _, line in keys[line]! }
        }
    }
}
