import DyadCore
import DyadRelations

/// Which reports are the same event: equal source, target and CAMEO code, and dates in the same window.
///
/// Windows are fixed runs of `days` days counted from 1 January 1 (`days` = 1: the same calendar day), so that the
/// key of a report does not depend on which reports came before it, and two stores built from the same articles
/// hold the same events. Month- and year-precise dates are keys of their own ("2024-06"); undated reports share one.
/// An event's date is the earliest date among its reports.
public struct DeduplicationPolicy: Sendable, Hashable {
    /// The window's length in days.
    public let days: Int

    /// Creates the policy; `days` must be at least 1.
    public init(days: Int = 1) throws(StoreError) {
        guard days >= 1 else {
            throw StoreError("a deduplication window of \(days) days is not possible", hint: "give 1 day or more")
        }
        self.days = days
    }

    /// The same-day policy.
    public static let sameDay = try! DeduplicationPolicy(days: 1)

    /// The deduplication key of a report.
    public func key(of mention: EventMentionRecord) -> String {
        let when: String
        if let date = mention.date {
            if mention.precision == .day && days > 1 {
                when = "w\(days):" + CalendarDate.from(ordinal: (date.ordinal / days) * days).description
            } else {
                when = mention.precision.iso(date)
            }
        } else {
            when = "undated"
        }
        return "\(when)|\(mention.source.code)|\(mention.target?.code ?? "-")|\(mention.cameo)"
    }

    /// The event id of a key: the first 16 hex digits of its SHA-256.
    public static func id(of key: String) -> String { String(SHA256.hex(key.utf8).prefix(16)) }
}

/// Which stored events a question is about. Every filter is optional; all given ones must hold.
public struct EventQuery: Sendable {
    /// Either side's code starts with this.
    public var actor: ActorSelector?
    /// Between these two (either direction unless `directed`).
    public var dyad: (ActorSelector, ActorSelector)?
    /// Only from the first to the second of `dyad`.
    public var directed: Bool
    /// The CAMEO code starts with this ("05" for the root, "057" for the code and its children).
    public var code: String?
    /// The days.
    public var window: DateWindow
    /// A word or phrase in a reporting sentence (case-insensitive).
    public var text: String?
    /// At most this many events.
    public var limit: Int?
    /// Continue after this cursor (from ``EventPage/next``).
    public var after: String?

    /// Creates a query.
    public init(actor: ActorSelector? = nil, dyad: (ActorSelector, ActorSelector)? = nil, directed: Bool = false,
                code: String? = nil, window: DateWindow = DateWindow(), text: String? = nil, limit: Int? = nil,
                after: String? = nil) {
        self.actor = actor
        self.dyad = dyad
        self.directed = directed
        self.code = code
        self.window = window
        self.text = text
        self.limit = limit
        self.after = after
    }

    /// Whether `event` passes the filters other than text and paging.
    public func admits(_ event: RelationEvent) -> Bool {
        if let actor, !(actor.matches(event.source) || event.target.map(actor.matches) == true) { return false }
        if let (a, b) = dyad, !DyadSeries.involves(event, a, b, directed: directed) { return false }
        if let code, !event.cameo.hasPrefix(code) { return false }
        return window.contains(event.date)
    }

    /// The order events are listed in, and the cursor: date (undated first), then id.
    public static func cursor(of event: RelationEvent) -> String {
        let day = event.date?.ordinal ?? 0
        let digits = String(day)
        return String(repeating: "0", count: max(0, 7 - digits.count)) + digits + "-" + event.id
    }
}

/// One page of events.
public struct EventPage: Sendable, Hashable {
    public var events: [RelationEvent]
    /// The cursor for the next page; `nil` on the last.
    public var next: String?
}
