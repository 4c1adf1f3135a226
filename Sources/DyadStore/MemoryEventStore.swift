import DyadCore
import DyadRelations

/// A store in memory, for tests and short runs; it behaves as the SQLite store does (same conformance suite), and a
/// batch that throws leaves it unchanged.
public final class MemoryEventStore: EventStore {
    public let deduplication: DeduplicationPolicy
    public var hook: (@Sendable (IngestPoint, Int) -> Void)?

    struct State {
        var documents: [StoredDocument] = []
        var byHash: [String: Int] = [:]
        var sentences: [String: [Span]] = [:]
        var actors: [String: [ActorMentionRecord]] = [:]
        var events: [String: RelationEvent] = [:]
        /// Mentions by event id, keyed by (document hash, sentence) so that a report is counted once.
        var mentions: [String: [MentionKey: EventMentionRecord]] = [:]
    }

    struct MentionKey: Hashable {
        var document: String, sentence: Int
    }

    var state = State()
    var batches = 0

    /// Creates an empty store.
    public init(deduplication: DeduplicationPolicy = .sameDay) {
        self.deduplication = deduplication
    }

    public func store(_ batch: [CodedDocument]) throws -> BatchOutcome {
        batches += 1
        var next = state
        var outcome = BatchOutcome()
        var first = true
        for record in batch {
            if let index = next.byHash[record.hash] {
                outcome.duplicates.append(.init(id: record.document.id, storedAs: next.documents[index].document.id))
                continue
            }
            var attempt = next
            do {
                attempt.byHash[record.hash] = attempt.documents.count
                attempt.documents.append(StoredDocument(document: record.document, hash: record.hash, version: record.version))
                if first { hook?(.document, batches) }
                let counts = try insert(record, into: &attempt)
                if first { hook?(.events, batches) }
                next = attempt
                first = false
                outcome.stored.append(record.document.id)
                outcome.mentions += counts.mentions
                outcome.newEvents += counts.newEvents
            } catch {
                outcome.failed.append(.init(id: record.document.id, message: "\(error)"))
            }
        }
        hook?(.commit, batches)
        state = next
        return outcome
    }

    public func replaceCoding(_ batch: [CodedDocument]) throws {
        var next = state
        for record in batch {
            guard let index = next.byHash[record.hash] else {
                throw StoreError("document '\(record.document.id)' is not stored, so it cannot be re-coded")
            }
            next.documents[index].version = record.version
            for (id, reports) in next.mentions {
                let kept = reports.filter { $0.key.document != record.hash }
                guard kept.count != reports.count else { continue }
                if kept.isEmpty {
                    next.mentions[id] = nil
                    next.events[id] = nil
                } else {
                    next.mentions[id] = kept
                    next.events[id]?.mentions = kept.count
                    next.events[id]?.date = kept.values.compactMap(\.date).min()
                }
            }
            _ = try insert(record, into: &next)
        }
        state = next
    }

    func insert(_ record: CodedDocument, into state: inout State) throws -> (mentions: Int, newEvents: Int) {
        state.sentences[record.hash] = record.sentences
        state.actors[record.hash] = record.actors
        var mentions = 0, newEvents = 0
        for mention in record.events {
            let code: EventCode
            do { code = try EventCode(mention.cameo) } catch {
                throw StoreError("event code '\(mention.cameo)' in sentence \(mention.sentence) is not a CAMEO code")
            }
            let id = DeduplicationPolicy.id(of: deduplication.key(of: mention))
            let key = MentionKey(document: record.hash, sentence: mention.sentence)
            guard state.mentions[id]?[key] == nil else { continue }
            state.mentions[id, default: [:]][key] = mention
            mentions += 1
            if var event = state.events[id] {
                event.mentions += 1
                if let date = mention.date, event.date.map({ date < $0 }) ?? true { event.date = date }
                state.events[id] = event
            } else {
                newEvents += 1
                state.events[id] = RelationEvent(id: id, date: mention.date, precision: mention.precision,
                                                 source: mention.source.code, target: mention.target?.code,
                                                 cameo: mention.cameo, quadClass: code.quadClass.rawValue,
                                                 goldstein: code.goldstein, mentions: 1)
            }
        }
        return (mentions, newEvents)
    }

    public func documents(offset: Int, limit: Int) throws -> [StoredDocument] {
        Array(state.documents.dropFirst(offset).prefix(limit))
    }

    public func events(_ query: EventQuery) throws -> EventPage {
        var selected = state.events.values.filter(query.admits)
        if let text = query.text?.lowercased() {
            selected = selected.filter { event in
                (state.mentions[event.id] ?? [:]).keys.contains { key in
                    sentenceText(key.document, key.sentence).lowercased().contains(text)
                }
            }
        }
        var ordered = selected.map { (EventQuery.cursor(of: $0), $0) }.sorted { $0.0 < $1.0 }
        if let after = query.after {
            guard after.split(separator: "-", maxSplits: 1).count == 2 else {
                throw StoreError("'\(after)' is not a cursor of this store", hint: "pass the 'next' value of a previous page")
            }
            ordered = ordered.filter { $0.0 > after }
        }
        if let limit = query.limit, ordered.count > limit {
            let page = ordered.prefix(limit)
            return EventPage(events: page.map(\.1), next: page.last?.0)
        }
        return EventPage(events: ordered.map(\.1), next: nil)
    }

    public func event(id: String) throws -> RelationEvent? { state.events[id] }

    func sentenceText(_ hash: String, _ sentence: Int) -> String {
        guard let index = state.byHash[hash], let span = state.sentences[hash]?[safe: sentence] else { return "" }
        let scalars = state.documents[index].document.text.unicodeScalars
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(start, offsetBy: span.end - span.start)
        return String(scalars[start..<end])
    }

    public func mentions(of eventIDs: [String]) throws -> [StoredMention] {
        var result: [StoredMention] = []
        for id in eventIDs {
            guard let event = state.events[id] else { continue }
            for (key, record) in state.mentions[id] ?? [:] {
                guard let index = state.byHash[key.document] else { continue }
                let stored = state.documents[index]
                var record = record
                record.cameo = ""
                record.precision = event.precision
                result.append(StoredMention(eventID: id, documentHash: key.document, documentID: stored.document.id,
                                            outlet: stored.document.source, url: stored.document.url,
                                            published: stored.document.date,
                                            documentLength: stored.document.text.unicodeScalars.count,
                                            sentenceText: sentenceText(key.document, key.sentence),
                                            sentenceStart: state.sentences[key.document]?[safe: key.sentence]?.start ?? 0,
                                            version: stored.version, record: record))
            }
        }
        return result.sorted(by: StoredMention.reportOrder)
    }

    public func topActors(limit: Int) throws -> [(actor: String, events: Int)] {
        var counts: [String: Int] = [:]
        for event in state.events.values {
            counts[ActorSelector.principal(of: event.source), default: 0] += 1
            if let target = event.target { counts[ActorSelector.principal(of: target), default: 0] += 1 }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
            .map { (actor: $0.key, events: $0.value) }
    }

    public func counts() throws -> StoreCounts {
        StoreCounts(documents: state.documents.count, sentences: state.sentences.values.reduce(0) { $0 + $1.count },
                    actorMentions: state.actors.values.reduce(0) { $0 + $1.count }, events: state.events.count,
                    eventMentions: state.mentions.values.reduce(0) { $0 + $1.count })
    }

    public func partners(of actor: ActorSelector, level: PartnerLevel, window: DateWindow) throws -> [PartnerSummary] {
        PartnerRanking.rank(state.events.values, actor: actor, level: level, window: window)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
