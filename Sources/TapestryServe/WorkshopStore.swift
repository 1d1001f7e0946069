// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import Foundation
import GRDB

/// The workshops and their answers, in one SQLite file in the project folder
/// (`.tapestry/workshops.sqlite`), written ahead (WAL) with a full sync on every commit, so
/// that an answer acknowledged to a browser survives the server being killed.
public final class WorkshopStore: Sendable {
    /// The file's place in a project folder.
    public static let relativePath = ".tapestry/workshops.sqlite"

    private let pool: DatabasePool

    /// Opens (creating if need be) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        // The folder is the owner's alone: it holds every answer.
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try StoreMigrations.migrator.migrate(pool)
    }

    /// The store of the project folder `folder`.
    public convenience init(projectFolder folder: String) throws {
        try self.init(path: URL(fileURLWithPath: folder).appendingPathComponent(Self.relativePath).path)
    }

    // MARK: Settings

    /// The value of `key`, made by `make` and kept the first time it is asked for.
    func setting(_ key: String, make: @escaping @Sendable () -> String) throws -> String {
        try pool.write { db in
            if let value = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) {
                return value
            }
            let value = make()
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
            return value
        }
    }

    // MARK: Workshops

    /// Stores a new workshop with a fresh id and join code; returns it.
    func createWorkshop(title: String, tables: [String], minimumGroupSize: Int, secretHash: String) async throws -> Workshop {
        try await pool.write { db in
            var code = Secrets.joinCode()
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM workshop WHERE code = ?", arguments: [code]) == true {
                code = Secrets.joinCode()
            }
            let workshop = Workshop(id: Secrets.token(bytes: 8), code: code, title: title, tables: tables,
                                    minimumGroupSize: minimumGroupSize, closedAt: nil)
            try db.execute(
                sql: "INSERT INTO workshop (id, code, title, minimumGroupSize, secretHash, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [workshop.id, code, title, minimumGroupSize, secretHash, Date()])
            for (position, name) in tables.enumerated() {
                try db.execute(sql: "INSERT INTO workshopTable (workshopId, position, name) VALUES (?, ?, ?)",
                               arguments: [workshop.id, position, name])
            }
            return workshop
        }
    }

    /// The workshop with this id, or nil.
    public func workshop(id: String) async throws -> Workshop? {
        try await pool.read { db in try Self.workshop(db, where: "id = ?", id) }
    }

    /// The workshop with this join code (any case), or nil.
    public func workshop(code: String) async throws -> Workshop? {
        try await pool.read { db in try Self.workshop(db, where: "code = ?", code.uppercased()) }
    }

    /// Every workshop, newest first.
    public func workshops() async throws -> [Workshop] {
        try await pool.read { db in
            let ids = try String.fetchAll(db, sql: "SELECT id FROM workshop ORDER BY createdAt DESC, rowid DESC")
            return try ids.compactMap { try Self.workshop(db, where: "id = ?", $0) }
        }
    }

    /// The stored hash of the workshop's facilitator secret.
    func secretHash(workshop id: String) async throws -> String? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT secretHash FROM workshop WHERE id = ?", arguments: [id])
        }
    }

    /// Closes the workshop: answers can no longer come in or change.
    func close(workshop id: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE workshop SET closedAt = ? WHERE id = ? AND closedAt IS NULL", arguments: [Date(), id])
        }
    }

    private static func workshop(_ db: Database, where condition: String, _ value: String) throws -> Workshop? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM workshop WHERE \(condition)", arguments: [value]) else { return nil }
        let id: String = row["id"]
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM workshopTable WHERE workshopId = ? ORDER BY position", arguments: [id])
        return Workshop(id: id, code: row["code"], title: row["title"], tables: tables,
                        minimumGroupSize: row["minimumGroupSize"], closedAt: row["closedAt"])
    }

    // MARK: Participants

    /// The participant of `workshop` whose token hashes to `tokenHash`, or nil.
    func participant(workshop id: String, tokenHash: String) async throws -> Participant? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT * FROM participant WHERE workshopId = ? AND tokenHash = ?", arguments: [id, tokenHash])
            else { return nil }
            return Participant(id: row["id"], table: row["tablePosition"],
                               draft: Self.decode(row["draft"]) ?? [:], submitted: Self.decode(row["submitted"]))
        }
    }

    /// Records the participant's table (creating the participant), unless the workshop is closed.
    /// Returns false when it is closed.
    func chooseTable(workshop id: String, tokenHash: String, table: Int) async throws -> Bool {
        try await pool.write { db in
            guard try Self.isOpen(db, id) else { return false }
            try db.execute(sql: """
                INSERT INTO participant (workshopId, tokenHash, tablePosition) VALUES (?, ?, ?)
                ON CONFLICT (workshopId, tokenHash) DO UPDATE SET tablePosition = excluded.tablePosition
                """, arguments: [id, tokenHash, table])
            return true
        }
    }

    /// Merges `answers` into the participant's draft (nil removes an answer); with `submit`,
    /// the draft then becomes the sent answers, replacing any sent before. Returns false,
    /// changing nothing, when the workshop is closed or the participant has no table.
    func save(workshop id: String, tokenHash: String, answers: [String: Int?], submit: Bool) async throws -> Bool {
        try await pool.write { db in
            guard try Self.isOpen(db, id),
                  let row = try Row.fetchOne(
                    db, sql: "SELECT id, draft, tablePosition FROM participant WHERE workshopId = ? AND tokenHash = ?",
                    arguments: [id, tokenHash]),
                  (row["tablePosition"] as Int?) != nil
            else { return false }
            var draft = Self.decode(row["draft"]) ?? [:]
            for (item, value) in answers { draft[item] = value }
            let text = Self.encode(draft)
            if submit {
                try db.execute(sql: "UPDATE participant SET draft = ?, submitted = ?, submittedAt = ? WHERE id = ?",
                               arguments: [text, text, Date(), row["id"] as Int64])
            } else {
                try db.execute(sql: "UPDATE participant SET draft = ? WHERE id = ?", arguments: [text, row["id"] as Int64])
            }
            return true
        }
    }

    private static func isOpen(_ db: Database, _ id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT closedAt IS NULL FROM workshop WHERE id = ?", arguments: [id]) == true
    }

    // MARK: Answers

    /// Per table, in table order: browsers that chose it and answers sent.
    public func progress(of workshop: Workshop) async throws -> [TableProgress] {
        try await pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT tablePosition, COUNT(*) AS started, COUNT(submitted) AS submitted FROM participant
                WHERE workshopId = ? AND tablePosition IS NOT NULL GROUP BY tablePosition
                """, arguments: [workshop.id])
            var counts: [Int: (Int, Int)] = [:]
            for row in rows { counts[row["tablePosition"]] = (row["started"], row["submitted"]) }
            return workshop.tables.enumerated().map { position, name in
                TableProgress(name: name, started: counts[position]?.0 ?? 0, submitted: counts[position]?.1 ?? 0)
            }
        }
    }

    /// Every sent answer set of the workshop, by table in table order, then in the order
    /// participants first chose a table.
    public func submitted(workshop id: String) async throws -> [SubmittedAnswers] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT tablePosition, submitted FROM participant
                WHERE workshopId = ? AND submitted IS NOT NULL AND tablePosition IS NOT NULL ORDER BY tablePosition, id
                """, arguments: [id]).map { row in
                SubmittedAnswers(table: row["tablePosition"], answers: Self.decode(row["submitted"]) ?? [:])
            }
        }
    }

    private static func encode(_ answers: [String: Int]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: answers, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func decode(_ text: String?) -> [String: Int]? {
        guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
        return object.compactMapValues { ($0 as? NSNumber)?.intValue }
    }
}
#endif
