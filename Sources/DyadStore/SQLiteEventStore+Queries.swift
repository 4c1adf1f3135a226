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

    /// The columns of an event, in the order ``event(_:)`` reads them.
    static let eventColumns = "id, day, precision, source, target, cameo, quad_class, goldstein, mentions"

    /// One SELECT of a query: the rows of one index range (an actor as source, or as target), with the filters
    /// every branch shares. A query is the UNION of its branches, so that each is a scan of a covering index
    /// rather than SQLite's multi-index OR, which looks every row up again by its key.
    static func branches(_ query: EventQuery) -> [(sql: String, arguments: [(any DatabaseValueConvertible)?])] {
        var shared: [String] = []
        var sharedArguments: [(any DatabaseValueConvertible)?] = []
        var ranges: [(index: String?, parts: [String], arguments: [(any DatabaseValueConvertible)?])] = []
        func range(_ column: String, _ selector: ActorSelector) -> (String, [(any DatabaseValueConvertible)?]) {
            ("(\(column) >= ? AND \(column) < ?)", [selector.prefix, selector.prefix + "~"])
        }
        if let (a, b) = query.dyad {
            let (sa, aa) = range("source", a), (tb, ab) = range("target", b)
            ranges.append(("events_source_cover", [sa, tb], aa + ab))
            if !query.directed {
                let (sb, bb) = range("source", b), (ta, at) = range("target", a)
                ranges.append(("events_source_cover", [sb, ta], bb + at))
            }
            if let actor = query.actor {
                let (s, sArgs) = range("source", actor), (t, tArgs) = range("target", actor)
                shared.append("(\(s) OR \(t))")
                sharedArguments += sArgs + tArgs
            }
        } else if let actor = query.actor {
            let (s, sArgs) = range("source", actor), (t, tArgs) = range("target", actor)
            ranges.append(("events_source_cover", [s], sArgs))
            ranges.append(("events_target_cover", [t], tArgs))
        } else {
            ranges.append((nil, [], []))
        }
        if let code = query.code {
            shared.append("(cameo >= ? AND cameo < ?)")
            sharedArguments += [code, code + "~"]
        }
        if !query.window.isUnbounded {
            shared.append("day > 0")
            if let since = query.window.since {
                shared.append("day >= ?")
                sharedArguments.append(since.ordinal)
            }
            if let until = query.window.until {
                shared.append("day <= ?")
                sharedArguments.append(until.ordinal)
            }
        }
        if let text = query.text {
            shared.append("""
                EXISTS (SELECT 1 FROM event_mentions m JOIN sentences s ON s.document = m.document AND s.idx = m.sentence
                    JOIN documents d ON d.hash = m.document WHERE m.event = events.id
                    AND instr(lower(substr(d.text, s.start + 1, s.end - s.start)), lower(?)) > 0)
                """)
            sharedArguments.append(text)
        }
        return ranges.map { branch in
            let parts = branch.parts + shared
            let hint = branch.index.map { " INDEXED BY \($0)" } ?? ""
            return ("SELECT \(eventColumns) FROM events\(hint) WHERE \(parts.isEmpty ? "1" : parts.joined(separator: " AND "))",
                    branch.arguments + sharedArguments)
        }
    }

    static func event(_ row: Row) -> RelationEvent {
        let day: Int = row[1]
        let precision: String = row[2]
        return RelationEvent(id: row[0], date: day > 0 ? CalendarDate.from(ordinal: day) : nil,
                             precision: DatePrecision(rawValue: precision) ?? .day, source: row[3], target: row[4],
                             cameo: row[5], quadClass: row[6], goldstein: row[7], mentions: row[8])
    }

    public func events(_ query: EventQuery) throws -> EventPage {
        let branches = Self.branches(query)
        var arguments = branches.flatMap(\.arguments)
        var sql = branches.count == 1 ? branches[0].sql
            : "SELECT * FROM (" + branches.map(\.sql).joined(separator: " UNION ") + ")"
        if let after = query.after {
            let parts = after.split(separator: "-", maxSplits: 1)
            guard parts.count == 2, let day = Int(parts[0]) else {
                throw StoreError("'\(after)' is not a cursor of this store", hint: "pass the 'next' value of a previous page")
            }
            sql = "SELECT * FROM (\(sql)) WHERE (day, id) > (?, ?)"
            arguments.append(day)
            arguments.append(String(parts[1]))
        }
        sql += " ORDER BY day, id"
        if let limit = query.limit {
            sql += " LIMIT ?"
            arguments.append(limit + 1)
        }
        let bound = StatementArguments(arguments)
        let statement = sql
        let rows = try read { db in
            var events: [RelationEvent] = []
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: statement), arguments: bound)
            while let row = try cursor.next() { events.append(Self.event(row)) }
            return events
        }
        if let limit = query.limit, rows.count > limit {
            let page = Array(rows.prefix(limit))
            return EventPage(events: page, next: page.last.map(EventQuery.cursor(of:)))
        }
        return EventPage(events: rows, next: nil)
    }

    public func event(id: String) throws -> RelationEvent? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.eventColumns) FROM events WHERE id = ?"), arguments: [id])
                .map(Self.event)
        }
    }

    public func mentions(of eventIDs: [String]) throws -> [StoredMention] {
        var result: [StoredMention] = []
        for start in stride(from: 0, to: eventIDs.count, by: 500) {
            let chunk = Array(eventIDs[start..<min(start + 500, eventIDs.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let rows = try read { db in
                try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT \(Self.mentionColumns)
                    FROM event_mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.hash = m.document
                    LEFT JOIN sentences s ON s.document = m.document AND s.idx = m.sentence
                    WHERE m.event IN (\(marks))
                    """), arguments: StatementArguments(chunk))
            }
            result += rows.map(Self.mention)
        }
        return result.sorted(by: StoredMention.reportOrder)
    }

    /// The columns ``mention(_:)`` reads, in its order (positions are much cheaper than names in GRDB).
    static let mentionColumns = """
        m.event, m.document, m.sentence, m.day, m.date_start, m.date_end, m.source_code, m.source_name, m.source_text,
        m.source_start, m.source_end, m.source_entry, m.target_code, m.target_name, m.target_text, m.target_start,
        m.target_end, m.target_entry, m.action_start, m.modality, m.speaker_code, m.speaker_text, m.rule,
        e.precision, d.doc_id, d.source, d.url, d.published, d.length, d.version,
        substr(d.text, s.start + 1, s.end - s.start), s.start
        """

    static func mention(_ row: Row) -> StoredMention {
        let day: Int = row[3]
        let dateStart: Int? = row[4], dateEnd: Int? = row[5]
        let targetCode: String? = row[12]
        let target = targetCode.map { code in
            ActorEvidence(code: code, name: row[13], text: row[14], span: Span(start: row[15], end: row[16]), entry: row[17])
        }
        let precision: String = row[23]
        let record = EventMentionRecord(
            sentence: row[2], date: day > 0 ? CalendarDate.from(ordinal: day) : nil,
            precision: DatePrecision(rawValue: precision) ?? .day,
            dateSpan: dateStart.flatMap { start in dateEnd.map { Span(start: start, end: $0) } },
            source: ActorEvidence(code: row[6], name: row[7], text: row[8], span: Span(start: row[9], end: row[10]),
                                  entry: row[11]),
            target: target, cameo: "", actionStart: row[18], modality: row[19], speakerCode: row[20],
            speakerText: row[21], rule: row[22])
        let published: String? = row[27]
        let sentenceText: String? = row[30], sentenceStart: Int? = row[31]
        return StoredMention(eventID: row[0], documentHash: row[1], documentID: row[24], outlet: row[25], url: row[26],
                             published: published.flatMap { CalendarDate(iso: $0) }, documentLength: row[28],
                             sentenceText: sentenceText ?? "", sentenceStart: sentenceStart ?? 0, version: row[29],
                             record: record)
    }

    public func topActors(limit: Int) throws -> [(actor: String, events: Int)] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT actor, count(*) AS n FROM (SELECT source_principal AS actor FROM events
                    UNION ALL SELECT target_principal FROM events WHERE target_principal IS NOT NULL)
                GROUP BY actor ORDER BY n DESC, actor LIMIT ?
                """), arguments: [limit]).map { (actor: $0[0], events: $0[1]) }
        }
    }

    public func counts() throws -> StoreCounts {
        try read { db in
            func count(_ table: String) throws -> Int {
                try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM \(table)")) ?? 0
            }
            return StoreCounts(documents: try count("documents"), sentences: try count("sentences"),
                               actorMentions: try count("actor_mentions"), events: try count("events"),
                               eventMentions: try count("event_mentions"))
        }
    }

    /// The ranking computed in SQL over the covering indexes; a test checks it against ``PartnerRanking``.
    public func partners(of actor: ActorSelector, level: PartnerLevel, window: DateWindow) throws -> [PartnerSummary] {
        let target = level == .full ? "target" : "target_principal", source = level == .full ? "source" : "source_principal"
        var dates = ""
        var arguments: [(any DatabaseValueConvertible)?] = [actor.prefix, actor.prefix + "~"]
        if !window.isUnbounded {
            dates = " AND day > 0"
            if let since = window.since {
                dates += " AND day >= ?3"
                arguments.append(since.ordinal)
            }
            if let until = window.until {
                dates += window.since == nil ? " AND day <= ?3" : " AND day <= ?4"
                arguments.append(until.ordinal)
            }
        }
        var sql = """
            SELECT partner, count(*), sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4),
                sum(outgoing), sum(goldstein), sum(mentions), min(CASE WHEN day > 0 THEN day END),
                max(CASE WHEN day > 0 THEN day END)
            FROM (SELECT \(target) AS partner, 1 AS outgoing, quad_class, goldstein, mentions, day
                    FROM events INDEXED BY events_source_cover
                    WHERE source >= ?1 AND source < ?2 AND target IS NOT NULL AND NOT (target >= ?1 AND target < ?2)\(dates)
                UNION ALL
                SELECT \(source), 0, quad_class, goldstein, mentions, day FROM events INDEXED BY events_target_cover
                    WHERE target >= ?1 AND target < ?2 AND NOT (source >= ?1 AND source < ?2)\(dates))
            """
        sql += " GROUP BY partner"
        let bound = StatementArguments(arguments)
        let rows = try read { db in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: bound) }
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
