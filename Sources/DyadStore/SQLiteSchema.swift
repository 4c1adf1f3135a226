import GRDB

/// The SQLite store's migrations: named and append-only. A migration, once released, is never edited; a change of
/// schema is a new migration at the end of the list.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-29 documents, sentences and actor mentions") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    seq INTEGER PRIMARY KEY,
                    hash TEXT NOT NULL UNIQUE,
                    doc_id TEXT NOT NULL,
                    source TEXT,
                    url TEXT,
                    published TEXT,
                    title TEXT,
                    text TEXT NOT NULL,
                    length INTEGER NOT NULL,
                    version TEXT NOT NULL
                );
                CREATE INDEX documents_doc_id ON documents(doc_id);
                CREATE TABLE sentences (
                    document TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    end INTEGER NOT NULL,
                    PRIMARY KEY (document, idx)
                ) WITHOUT ROWID;
                CREATE TABLE actor_mentions (
                    document TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE,
                    sentence INTEGER NOT NULL,
                    start INTEGER NOT NULL,
                    end INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    code TEXT NOT NULL,
                    name TEXT NOT NULL,
                    entry TEXT NOT NULL,
                    rule TEXT NOT NULL
                );
                CREATE INDEX actor_mentions_document ON actor_mentions(document);
                """)
        }
        migrator.registerMigration("2026-11-29 events and their mentions") { db in
            try db.execute(sql: """
                CREATE TABLE events (
                    id TEXT PRIMARY KEY,
                    key TEXT NOT NULL,
                    day INTEGER NOT NULL,
                    precision TEXT NOT NULL,
                    source TEXT NOT NULL,
                    target TEXT,
                    source_principal TEXT NOT NULL,
                    target_principal TEXT,
                    cameo TEXT NOT NULL,
                    quad_class INTEGER NOT NULL,
                    goldstein REAL NOT NULL,
                    mentions INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX events_day ON events(day, id);
                CREATE INDEX events_source ON events(source, day);
                CREATE INDEX events_target ON events(target, day);
                CREATE INDEX events_cameo ON events(cameo);
                CREATE TABLE event_mentions (
                    event TEXT NOT NULL REFERENCES events(id),
                    document TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE,
                    sentence INTEGER NOT NULL,
                    day INTEGER NOT NULL,
                    date_start INTEGER,
                    date_end INTEGER,
                    source_code TEXT NOT NULL,
                    source_name TEXT NOT NULL,
                    source_text TEXT NOT NULL,
                    source_start INTEGER NOT NULL,
                    source_end INTEGER NOT NULL,
                    source_entry TEXT NOT NULL,
                    target_code TEXT,
                    target_name TEXT,
                    target_text TEXT,
                    target_start INTEGER,
                    target_end INTEGER,
                    target_entry TEXT,
                    action_start INTEGER NOT NULL,
                    modality TEXT NOT NULL,
                    speaker_code TEXT,
                    speaker_text TEXT,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (event, document, sentence)
                ) WITHOUT ROWID;
                CREATE INDEX event_mentions_document ON event_mentions(document);
                """)
        }
        migrator.registerMigration("2026-11-29 settings") { db in
            try db.execute(sql: "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        }
        migrator.registerMigration("2026-11-29 covering indexes for actor queries") { db in
            // Partner rankings and actor series read every event of one actor, as source or as target: indexes that
            // hold every column those read (the id comes with them, as the table's key) make each a range scan.
            try db.execute(sql: """
                DROP INDEX events_source;
                DROP INDEX events_target;
                CREATE INDEX events_source_cover ON events(source, day, target, target_principal, quad_class, goldstein,
                    mentions, precision, cameo);
                CREATE INDEX events_target_cover ON events(target, day, source, source_principal, quad_class, goldstein,
                    mentions, precision, cameo);
                """)
        }
        return migrator
    }
}
