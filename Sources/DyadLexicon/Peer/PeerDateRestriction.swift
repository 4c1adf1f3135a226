import DyadCore

/// When a dated actor code applies: `[CODE <DATE]`, `[CODE >DATE]` or `[CODE DATE-DATE]`.
public enum PeerDateRestriction: Sendable, Hashable, CustomStringConvertible {
    /// `<DATE`: before the day (not on it).
    case before(PeerDate)
    /// `>DATE`: from the day on (including it), so `<D` and `>D` split time without a gap or overlap.
    case after(PeerDate)
    /// `FROM-UNTIL`: from the first day through the last, both included.
    case between(PeerDate, PeerDate)

    /// Whether the code applies on `day`.
    public func covers(_ day: CalendarDate) -> Bool {
        switch self {
        case .before(let limit): day < limit.date
        case .after(let limit): day >= limit.date
        case .between(let first, let last): first.date <= day && day <= last.date
        }
    }

    /// The restriction in TABARI form, with the dates as written: `<080507`, `>000507`, `000507-080507`.
    public var description: String {
        switch self {
        case .before(let date): "<\(date)"
        case .after(let date): ">\(date)"
        case .between(let first, let last): "\(first)-\(last)"
        }
    }
}
