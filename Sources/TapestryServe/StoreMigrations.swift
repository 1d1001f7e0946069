// Built only with the package trait `Serve` (`make serve`), so that `make demo` and `make test`
// neither fetch nor build the web server and its store.
#if Serve
import GRDB

/// The store's schema, one versioned migration at a time (GRDB records which ran in
/// `grdb_migrations`). Add a migration for a change; never edit one that has shipped.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-workshops") { db in
            // Settings of this store: the key CSRF tokens are made with, the facilitator key.
            try db.create(table: "meta") { table in
                table.primaryKey("key", .text)
                table.column("value", .text).notNull()
            }
            try db.create(table: "workshop") { table in
                table.primaryKey("id", .text)
                table.column("code", .text).notNull().unique()
                table.column("title", .text).notNull()
                table.column("minimumGroupSize", .integer).notNull()
                // SHA-256 of the facilitator secret; the secret itself is only printed.
                table.column("secretHash", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("closedAt", .datetime)
            }
            try db.create(table: "workshopTable") { table in
                table.column("workshopId", .text).notNull().references("workshop", onDelete: .cascade)
                table.column("position", .integer).notNull()
                table.column("name", .text).notNull()
                table.primaryKey(["workshopId", "position"])
            }
            // One row per browser and workshop: the upsert key that makes a double submit
            // store once and a later submit replace the earlier one.
            try db.create(table: "participant") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("workshopId", .text).notNull().references("workshop", onDelete: .cascade)
                table.column("tokenHash", .text).notNull()
                table.column("tablePosition", .integer)
                table.column("draft", .text).notNull().defaults(to: "{}")
                table.column("submitted", .text)
                table.column("submittedAt", .datetime)
                table.uniqueKey(["workshopId", "tokenHash"])
            }
        }
        return migrator
    }
}
#endif
