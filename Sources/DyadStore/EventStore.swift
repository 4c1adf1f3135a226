import DyadCore
import DyadRelations

/// Where coded documents and their deduplicated events live. Every store passes the same conformance suite
/// (`DyadStoreTests`); the SQLite store is the embedded default.
public protocol EventStore: AnyObject {
    /// How reports are merged into events.
    var deduplication: DeduplicationPolicy { get }

    /// Stores a batch in one transaction: each document whose text is new, with its sentences, actors and event
    /// mentions (merged into events). A document that cannot be stored is listed in the outcome and the rest kept.
    func store(_ batch: [CodedDocument]) throws -> BatchOutcome

    /// Replaces what is stored for each document (matched by hash) with a new coding, in one transaction.
    func replaceCoding(_ batch: [CodedDocument]) throws

    /// Stored documents in ingest order, `limit` at a time, after the `offset` first.
    func documents(offset: Int, limit: Int) throws -> [StoredDocument]

    /// The events a query selects, in date-then-id order, a page at a time.
    func events(_ query: EventQuery) throws -> EventPage

    /// One event, if stored.
    func event(id: String) throws -> RelationEvent?

    /// The reports of the given events, ordered by event, publication date, document id and sentence.
    func mentions(of eventIDs: [String]) throws -> [StoredMention]

    /// How much is stored.
    func counts() throws -> StoreCounts

    /// The actors (at the principal level) in the most events, either side, with their event counts.
    func topActors(limit: Int) throws -> [(actor: String, events: Int)]

    /// The partners of an actor (see ``PartnerRanking``).
    func partners(of actor: ActorSelector, level: PartnerLevel, window: DateWindow) throws -> [PartnerSummary]

    /// Whether queries may run on several threads at once (while writes stay one at a time).
    var supportsConcurrentReads: Bool { get }

    /// A test hook, called inside a batch's transaction at each ``IngestPoint`` with the batch's number (from 1).
    var hook: (@Sendable (IngestPoint, Int) -> Void)? { get set }
}

extension EventStore {
    public var supportsConcurrentReads: Bool { false }

    /// Every event the query selects (all pages).
    public func allEvents(_ query: EventQuery = EventQuery()) throws -> [RelationEvent] {
        var query = query
        query.limit = nil
        query.after = nil
        return try events(query).events
    }

    /// A dyad's time series (see ``DyadSeries``), from the events of its first actor; with `b` `nil`, the first
    /// actor with all its partners.
    public func series(_ a: ActorSelector, _ b: ActorSelector?, options: SeriesOptions) throws -> (DyadSeriesResult, [RelationEvent]) {
        let events = try allEvents(EventQuery(actor: a))
        return (DyadSeries.compute(events, a: a, b: b, options: options), events)
    }
}
