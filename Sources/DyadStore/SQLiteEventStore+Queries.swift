import DyadCore
import DyadRelations
import GRDB

extension SQLiteEventStore {
    public func documents(offset: Int, limit: Int) throws -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT hash, doc_id, source, url, published, title, text, version FROM documents
                ORDER BY seq LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map { row in
                let published: String? = row["published"]
                let document = Document(id: row["doc_id"], date: published.flatMap { CalendarDate(iso: $0) },
                                        source: row["source"], url: row["url"], title: row["title"], text: row["text"])
                return StoredDocument(document: document, hash: row["hash"], version: row["version"])
            }
        }
    }

    /// The SQL condition "code starts with `prefix`", on a column, as an index range.
    static func prefix(_ column: String, _ prefix: String, _ arguments: inout [(any DatabaseValueConvertible)?]) -> String {
        arguments.append(prefix)
        arguments.append(prefix + "~")
        return "(\(column) >= ? AND \(column) < ?)"
    }

    static func conditions(_ query: EventQuery) -> (sql: String, arguments: [(any DatabaseValueConvertible)?]) {
        var parts: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let actor = query.actor {
            let source = prefix("source", actor.prefix, &arguments)
            let target = prefix("target", actor.prefix, &arguments)
            parts.append("(\(source) OR \(target))")
        }
        if let (a, b) = query.dyad {
            let forward = prefix("source", a.prefix, &arguments) + " AND " + prefix("target", b.prefix, &arguments)
            if query.directed {
                parts.append("(\(forward))")
            } else {
                let backward = prefix("source", b.prefix, &arguments) + " AND " + prefix("target", a.prefix, &arguments)
                parts.append("((\(forward)) OR (\(backward)))")
            }
        }
        if let code = query.code { parts.append(prefix("cameo", code, &arguments)) }
        if !query.window.isUnbounded {
            parts.append("day > 0")
            if let since = query.window.since {
                parts.append("day >= ?")
                arguments.append(since.ordinal)
            }
            if let until = query.window.until {
                parts.append("day <= ?")
                arguments.append(until.ordinal)
            }
        }
        if let text = query.text {
            parts.append("""
                EXISTS (SELECT 1 FROM event_mentions m JOIN sentences s ON s.document = m.document AND s.idx = m.sentence
                    JOIN documents d ON d.hash = m.document WHERE m.event = events.id
                    AND instr(lower(substr(d.text, s.start + 1, s.end - s.start)), lower(?)) > 0)
                """)
            arguments.append(text)
        }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), arguments)
    }

    static func event(_ row: Row) -> RelationEvent {
        let day: Int = row["day"]
        return RelationEvent(id: row["id"], date: day > 0 ? CalendarDate.from(ordinal: day) : nil,
                             precision: DatePrecision(rawValue: row["precision"]) ?? .day, source: row["source"],
                             target: row["target"], cameo: row["cameo"], quadClass: row["quad_class"],
                             goldstein: row["goldstein"], mentions: row["mentions"])
    }

    public func events(_ query: EventQuery) throws -> EventPage {
        var (sql, arguments) = Self.conditions(query)
        if let after = query.after {
            let parts = after.split(separator: "-", maxSplits: 1)
            guard parts.count == 2, let day = Int(parts[0]) else {
                throw StoreError("'\(after)' is not a cursor of this store", hint: "pass the 'next' value of a previous page")
            }
            sql += " AND (day, id) > (?, ?)"
            arguments.append(day)
            arguments.append(String(parts[1]))
        }
        var statement = "SELECT id, day, precision, source, target, cameo, quad_class, goldstein, mentions FROM events "
            + "WHERE \(sql) ORDER BY day, id"
        if let limit = query.limit {
            statement += " LIMIT ?"
            arguments.append(limit + 1)
        }
        let bound = StatementArguments(arguments)
        let rows = try read { db in try Row.fetchAll(db, sql: statement, arguments: bound).map(Self.event) }
        if let limit = query.limit, rows.count > limit {
            let page = Array(rows.prefix(limit))
            return EventPage(events: page, next: page.last.map(EventQuery.cursor(of:)))
        }
        return EventPage(events: rows, next: nil)
    }

    public func event(id: String) throws -> RelationEvent? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT id, day, precision, source, target, cameo, quad_class, goldstein, mentions FROM events WHERE id = ?
                """, arguments: [id]).map(Self.event)
        }
    }

    public func mentions(of eventIDs: [String]) throws -> [StoredMention] {
        var result: [StoredMention] = []
        for start in stride(from: 0, to: eventIDs.count, by: 500) {
            let chunk = Array(eventIDs[start..<min(start + 500, eventIDs.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let rows = try read { db in
                try Row.fetchAll(db, sql: """
                    SELECT m.*, e.precision, d.doc_id, d.source AS outlet, d.url, d.published, d.length, d.version,
                        substr(d.text, s.start + 1, s.end - s.start) AS sentence_text
                    FROM event_mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.hash = m.document
                    LEFT JOIN sentences s ON s.document = m.document AND s.idx = m.sentence
                    WHERE m.event IN (\(marks))
                    """, arguments: StatementArguments(chunk))
            }
            result += rows.map(Self.mention)
        }
        return result.sorted { a, b in
            if a.eventID != b.eventID { return a.eventID < b.eventID }
            let pa = a.published?.ordinal ?? Int.max, pb = b.published?.ordinal ?? Int.max
            if pa != pb { return pa < pb }
            if a.documentID != b.documentID { return a.documentID < b.documentID }
            return a.record.sentence < b.record.sentence
        }
    }

    static func mention(_ row: Row) -> StoredMention {
        let day: Int = row["day"]
        let dateStart: Int? = row["date_start"], dateEnd: Int? = row["date_end"]
        let targetCode: String? = row["target_code"]
        let target = targetCode.map { code in
            ActorEvidence(code: code, name: row["target_name"], text: row["target_text"],
                          span: Span(start: row["target_start"], end: row["target_end"]), entry: row["target_entry"])
        }
        let record = EventMentionRecord(
            sentence: row["sentence"], date: day > 0 ? CalendarDate.from(ordinal: day) : nil,
            precision: DatePrecision(rawValue: row["precision"]) ?? .day,
            dateSpan: dateStart.flatMap { start in dateEnd.map { Span(start: start, end: $0) } },
            source: ActorEvidence(code: row["source_code"], name: row["source_name"], text: row["source_text"],
                                  span: Span(start: row["source_start"], end: row["source_end"]), entry: row["source_entry"]),
            target: target, cameo: "", actionStart: row["action_start"], modality: row["modality"],
            speakerCode: row["speaker_code"], speakerText: row["speaker_text"], rule: row["rule"])
        let published: String? = row["published"]
        return StoredMention(eventID: row["event"], documentHash: row["document"], documentID: row["doc_id"],
                             outlet: row["outlet"], url: row["url"], published: published.flatMap { CalendarDate(iso: $0) },
                             documentLength: row["length"], sentenceText: row["sentence_text"] ?? "",
                             version: row["version"], record: record)
    }

    public func counts() throws -> StoreCounts {
        try read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return StoreCounts(documents: try count("documents"), sentences: try count("sentences"),
                               actorMentions: try count("actor_mentions"), events: try count("events"),
                               eventMentions: try count("event_mentions"))
        }
    }

    /// The ranking computed in SQL over the indexes; a test checks it against ``PartnerRanking``.
    public func partners(of actor: ActorSelector, level: PartnerLevel, window: DateWindow) throws -> [PartnerSummary] {
        let sourceIs = "(source >= ?1 AND source < ?2)", targetIs = "(target >= ?1 AND target < ?2)"
        let other = level == .full ? "CASE WHEN \(sourceIs) THEN target ELSE source END"
            : "CASE WHEN \(sourceIs) THEN target_principal ELSE source_principal END"
        var sql = """
            SELECT \(other) AS partner, count(*), sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3),
                sum(quad_class = 4), sum(\(sourceIs)), sum(goldstein), sum(mentions),
                min(CASE WHEN day > 0 THEN day END), max(CASE WHEN day > 0 THEN day END)
            FROM events WHERE target IS NOT NULL AND (\(sourceIs) OR \(targetIs)) AND \(sourceIs) <> \(targetIs)
            """
        var arguments: [(any DatabaseValueConvertible)?] = [actor.prefix, actor.prefix + "~"]
        if !window.isUnbounded {
            sql += " AND day > 0"
            if let since = window.since {
                sql += " AND day >= ?3"
                arguments.append(since.ordinal)
            }
            if let until = window.until {
                sql += window.since == nil ? " AND day <= ?3" : " AND day <= ?4"
                arguments.append(until.ordinal)
            }
        }
        sql += " GROUP BY partner"
        let bound = StatementArguments(arguments)
        let rows = try read { db in try Row.fetchAll(db, sql: sql, arguments: bound) }
        return rows.map { row in
            var summary = PartnerSummary(partner: row[0])
            summary.events = row[1]
            summary.quadClasses = [row[2], row[3], row[4], row[5]]
            summary.cooperation = summary.quadClasses[0] + summary.quadClasses[1]
            summary.conflict = summary.quadClasses[2] + summary.quadClasses[3]
            summary.outgoing = row[6]
            summary.incoming = summary.events - summary.outgoing
            summary.goldsteinSum = row[7]
            summary.mentions = row[8]
            let first: Int? = row[9], last: Int? = row[10]
            summary.first = first.map(CalendarDate.from(ordinal:))
            summary.last = last.map(CalendarDate.from(ordinal:))
            return summary
        }.sorted(by: PartnerSummary.ranks)
    }
}
