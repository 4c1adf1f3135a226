import DyadCore
import DyadRelations
import Foundation
import GRDB

/// The embedded default store: one SQLite file (`dyad.sqlite` unless told otherwise), in WAL mode, read by several
/// connections at once while one writes. A batch is one
/// transaction, so a process killed inside a batch leaves the database as it was before the batch; SQLite rolls the
/// unfinished transaction back the next time the file is opened. Writes come from one thread at a time; reads
/// (every query, ``storedID(hash:)``) may come from several.
public final class SQLiteEventStore: EventStore, @unchecked Sendable {
    /// The database file.
    public let path: String
    public let deduplication: DeduplicationPolicy
    public var hook: (@Sendable (IngestPoint, Int) -> Void)?
    let queue: DatabasePool
    var batches = 0
    var principals: [String: String] = [:]

    /// Opens (creating when absent) the database at `path` and brings its schema up to date. A database built with
    /// another deduplication window is refused, because its events were merged differently.
    public init(path: String, deduplication: DeduplicationPolicy = .sameDay) throws {
        self.path = path
        self.deduplication = deduplication
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(queue)
            try queue.write { db in
                let stored = try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = 'dedup_days'")
                if let stored, stored != String(deduplication.days) {
                    throw StoreError("\(path) merges reports into events with a \(stored)-day window, not \(deduplication.days)",
                                     hint: "pass --window \(stored), or use another --db for another window")
                }
                if stored == nil {
                    try db.execute(sql: "INSERT INTO settings(name, value) VALUES ('dedup_days', ?)",
                                   arguments: [String(deduplication.days)])
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("cannot open \(path) as a Dyad database: \(Self.describe(error))",
                             hint: "check the path, or give another with --db")
        }
    }

    /// Closes the database (after a checkpoint of its write-ahead log); the store is unusable afterwards.
    public var supportsConcurrentReads: Bool { true }

    public func close() throws {
        do {
            try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            try queue.close()
        } catch {
            throw StoreError("closing \(path) failed: \(Self.describe(error))")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return "\(error)"
    }

    /// Runs `body` in one write transaction, turning SQLite's errors into store errors that name the file.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("writing \(path) failed: \(Self.describe(error))",
                             hint: "nothing of this batch was kept; check the disk and rerun (ingest is idempotent)")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StoreError("reading \(path) failed: \(Self.describe(error))")
        }
    }

    /// The id a text with this content hash was stored under, if any. Safe to call from several threads.
    public func storedID(hash: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT doc_id FROM documents WHERE hash = ?", arguments: [hash]) }
    }

    public func store(_ batch: [CodedDocument]) throws -> BatchOutcome {
        batches += 1
        let number = batches
        return try write { db in
            var outcome = BatchOutcome()
            var seen: [String: String] = [:]
            var first = true
            for record in batch {
                if let earlier = try seen[record.hash]
                    ?? String.fetchOne(db, sql: "SELECT doc_id FROM documents WHERE hash = ?", arguments: [record.hash]) {
                    outcome.duplicates.append(.init(id: record.document.id, storedAs: earlier))
                    continue
                }
                var counts = (mentions: 0, newEvents: 0)
                do {
                    try db.inSavepoint {
                        try insertDocument(db, record)
                        if first { hook?(.document, number) }
                        counts = try insertCoding(db, record)
                        if first { hook?(.events, number) }
                        return .commit
                    }
                    first = false
                    seen[record.hash] = record.document.id
                    outcome.stored.append(record.document.id)
                    outcome.mentions += counts.mentions
                    outcome.newEvents += counts.newEvents
                } catch {
                    outcome.failed.append(.init(id: record.document.id, message: Self.describe(error)))
                }
            }
            hook?(.commit, number)
            return outcome
        }
    }

    public func replaceCoding(_ batch: [CodedDocument]) throws {
        try write { db in
            for record in batch {
                let affected = try String.fetchAll(db, sql: "SELECT DISTINCT event FROM event_mentions WHERE document = ?",
                                                   arguments: [record.hash])
                for table in ["event_mentions", "actor_mentions", "sentences"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE document = ?", arguments: [record.hash])
                }
                try db.execute(sql: "UPDATE documents SET version = ? WHERE hash = ?", arguments: [record.version, record.hash])
                guard db.changesCount == 1 else {
                    throw StoreError("document '\(record.document.id)' is not stored, so it cannot be re-coded")
                }
                _ = try insertCoding(db, record)
                for id in affected {
                    try db.execute(sql: """
                        UPDATE events SET mentions = (SELECT count(*) FROM event_mentions WHERE event = ?1),
                            day = coalesce((SELECT min(day) FROM event_mentions WHERE event = ?1), day) WHERE id = ?1
                        """, arguments: [id])
                }
                try db.execute(sql: "DELETE FROM events WHERE mentions = 0")
            }
        }
    }

    func insertDocument(_ db: Database, _ record: CodedDocument) throws {
        let document = record.document
        try db.cachedStatement(sql: """
            INSERT INTO documents(hash, doc_id, source, url, published, title, text, length, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [record.hash, document.id, document.source, document.url, document.date?.description,
                                     document.title, document.text, document.text.unicodeScalars.count, record.version])
    }

    /// Inserts sentences, actor mentions and event mentions of a stored document; returns the mentions written and
    /// the events that were new.
    func insertCoding(_ db: Database, _ record: CodedDocument) throws -> (mentions: Int, newEvents: Int) {
        let sentence = try db.cachedStatement(sql: "INSERT INTO sentences(document, idx, start, end) VALUES (?, ?, ?, ?)")
        for (index, span) in record.sentences.enumerated() {
            try sentence.execute(arguments: [record.hash, index, span.start, span.end])
        }
        let actor = try db.cachedStatement(sql: """
            INSERT INTO actor_mentions(document, sentence, start, end, text, code, name, entry, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for mention in record.actors {
            try actor.execute(arguments: [record.hash, mention.sentence, mention.span.start, mention.span.end, mention.text,
                                          mention.code, mention.name, mention.entry, mention.rule])
        }
        let newEvent = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO events(id, key, day, precision, source, target, source_principal, target_principal,
                cameo, quad_class, goldstein, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """)
        let mentionRow = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_mentions(event, document, sentence, day, date_start, date_end, source_code,
                source_name, source_text, source_start, source_end, source_entry, target_code, target_name, target_text,
                target_start, target_end, target_entry, action_start, modality, speaker_code, speaker_text, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let seenAgain = try db.cachedStatement(sql: """
            UPDATE events SET mentions = mentions + 1, day = CASE WHEN ?2 < day THEN ?2 ELSE day END WHERE id = ?1
            """)
        var mentions = 0, newEvents = 0
        for event in record.events {
            let code: EventCode
            do { code = try EventCode(event.cameo) } catch {
                throw StoreError("event code '\(event.cameo)' in sentence \(event.sentence) is not a CAMEO code")
            }
            let key = deduplication.key(of: event)
            let id = DeduplicationPolicy.id(of: key)
            let day = event.date?.ordinal ?? 0
            try newEvent.execute(arguments: [id, key, day, event.precision.rawValue, event.source.code, event.target?.code,
                                             principal(event.source.code), event.target.map { principal($0.code) },
                                             event.cameo, code.quadClass.rawValue, code.goldstein])
            let isNew = db.changesCount == 1
            let target = event.target
            let values: [(any DatabaseValueConvertible)?] = [
                id, record.hash, event.sentence, day, event.dateSpan?.start, event.dateSpan?.end, event.source.code,
                event.source.name, event.source.text, event.source.span.start, event.source.span.end, event.source.entry,
                target?.code, target?.name, target?.text, target?.span.start, target?.span.end, target?.entry,
                event.actionStart, event.modality, event.speakerCode, event.speakerText, event.rule,
            ]
            try mentionRow.execute(arguments: StatementArguments(values))
            guard db.changesCount == 1 else { continue }
            mentions += 1
            if isNew { newEvents += 1 } else { try seenAgain.execute(arguments: [id, day]) }
        }
        return (mentions, newEvents)
    }

    func principal(_ code: String) -> String {
        if let known = principals[code] { return known }
        let value = ActorSelector.principal(of: code)
        principals[code] = value
        return value
    }
}
