import DyadCore

/// A date in a TABARI/PETRARCH date restriction: `YYMMDD` or `YYYYMMDD`, kept as written and read as a calendar day.
///
/// Six-digit dates use the century pivot of KEDS, TABARI and PETRARCH (`dstr_to_ordate`): `00`–`30` are 2000–2030,
/// `31`–`99` are 1931–1999. The Phoenix dictionaries agree: their six-digit years run from 31 to 99 and from 00 to
/// 14, with none between 15 and 30. Earlier or later years must be written with eight digits (`19270101`).
public struct PeerDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Two-digit years up to this one are read as 20YY; later ones as 19YY.
    public static let lastTwentyFirstCenturyYear = 30

    /// The digits as written.
    public let text: String
    /// The day they name.
    public let date: CalendarDate

    /// Reads six or eight digits; `nil` for any other length, a non-digit, or a day that does not exist.
    public init?(_ text: some StringProtocol) {
        let utf8 = text.utf8
        let count = utf8.count
        guard count == 6 || count == 8 else { return nil }
        var fields = (0, 0, 0)  // year digits, month, day
        for (offset, byte) in utf8.enumerated() {
            guard (0x30...0x39).contains(byte) else { return nil }
            let digit = Int(byte - 0x30)
            switch count - offset {
            case 1...2: fields.2 = fields.2 * 10 + digit
            case 3...4: fields.1 = fields.1 * 10 + digit
            default: fields.0 = fields.0 * 10 + digit
            }
        }
        var year = fields.0
        if count == 6 { year += year <= PeerDate.lastTwentyFirstCenturyYear ? 2000 : 1900 }
        guard let date = CalendarDate(year: year, month: fields.1, day: fields.2) else { return nil }
        self.text = String(text)
        self.date = date
    }

    /// Orders by day.
    public static func < (lhs: PeerDate, rhs: PeerDate) -> Bool { lhs.date < rhs.date }

    /// The digits as written.
    public var description: String { text }
}
