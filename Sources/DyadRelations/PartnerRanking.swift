import DyadCore

/// One partner of an actor: how much they dealt with each other, and how.
public struct PartnerSummary: Sendable, Hashable, Codable {
    /// The partner's code at the level asked for ("RUS", or "RUSGOV" with the full level).
    public var partner: String
    /// Events between the two, either direction.
    public var events: Int = 0
    /// Events in quad classes 1 and 2.
    public var cooperation: Int = 0
    /// Events in quad classes 3 and 4.
    public var conflict: Int = 0
    /// Events per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict.
    public var quadClasses: [Int] = [0, 0, 0, 0]
    /// Events the actor directed at the partner.
    public var outgoing: Int = 0
    /// Events the partner directed at the actor.
    public var incoming: Int = 0
    /// Sum of the events' Goldstein values.
    public var goldsteinSum: Double = 0
    /// Sentences reporting these events, over all articles.
    public var mentions: Int = 0
    /// The earliest and latest event dates.
    public var first: CalendarDate?, last: CalendarDate?

    /// Creates an empty summary for `partner`.
    public init(partner: String) { self.partner = partner }

    /// The mean Goldstein value; 0 without events.
    public var goldsteinMean: Double { events == 0 ? 0 : goldsteinSum / Double(events) }

    /// Adds one event.
    public mutating func add(_ event: RelationEvent, outgoing isOutgoing: Bool) {
        events += 1
        if (1...4).contains(event.quadClass) { quadClasses[event.quadClass - 1] += 1 }
        if event.isCooperation { cooperation += 1 }
        if event.isConflict { conflict += 1 }
        if isOutgoing { outgoing += 1 } else { incoming += 1 }
        goldsteinSum += event.goldstein
        mentions += event.mentions
        if let date = event.date {
            if first.map({ date < $0 }) ?? true { first = date }
            if last.map({ date > $0 }) ?? true { last = date }
        }
    }

    /// The ranking order: more events first, then more cooperation, then the code.
    public static func ranks(_ a: PartnerSummary, before b: PartnerSummary) -> Bool {
        if a.events != b.events { return a.events > b.events }
        if a.cooperation != b.cooperation { return a.cooperation > b.cooperation }
        return a.partner < b.partner
    }
}

/// A period of time an analysis is restricted to, both ends included; an open end is `nil`.
public struct DateWindow: Sendable, Hashable {
    /// The first day counted.
    public var since: CalendarDate?
    /// The last day counted.
    public var until: CalendarDate?

    /// Creates the window.
    public init(since: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.since = since
        self.until = until
    }

    /// Whether the window is open at both ends.
    public var isUnbounded: Bool { since == nil && until == nil }

    /// Whether an event with this date counts (undated events count only in an unbounded window).
    public func contains(_ date: CalendarDate?) -> Bool {
        guard let date else { return isUnbounded }
        if let since, date < since { return false }
        if let until, date > until { return false }
        return true
    }
}

/// Who an actor deals with most, and how (pure: the same events give the same ranking).
public enum PartnerRanking {
    /// The partners of `actor` among `events`, in either direction, sorted by events. Events inside the actor
    /// (`PRKGOV` against `PRKOPP` for `PRK`) and events without a target have no partner and are left out.
    public static func rank(_ events: some Sequence<RelationEvent>, actor: ActorSelector, level: PartnerLevel = .principal,
                            window: DateWindow = DateWindow()) -> [PartnerSummary] {
        var partners: [String: PartnerSummary] = [:]
        var principals: [String: String] = [:]
        for event in events {
            guard let target = event.target, window.contains(event.date) else { continue }
            let sourceIsActor = actor.matches(event.source), targetIsActor = actor.matches(target)
            guard sourceIsActor != targetIsActor else { continue }
            let other = sourceIsActor ? target : event.source
            let key: String
            switch level {
            case .full: key = other
            case .principal:
                if let known = principals[other] {
                    key = known
                } else {
                    key = ActorSelector.principal(of: other)
                    principals[other] = key
                }
            }
            partners[key, default: PartnerSummary(partner: key)].add(event, outgoing: sourceIsActor)
        }
        return partners.values.sorted(by: PartnerSummary.ranks)
    }
}
