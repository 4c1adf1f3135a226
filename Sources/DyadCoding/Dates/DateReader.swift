import DyadCore

/// Finds date expressions in a sentence and resolves them against the publication date: "on Tuesday", "yesterday",
/// "March 27", "27 March 2025", "in June 2024", "last month", "since August 2023", "in 2023", "the following year"
/// (after a year named earlier in the document).
public struct DateReader: Sendable {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]
    static let shortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sept"]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// A date expression found in a sentence.
    public struct Found: Sendable, Hashable {
        /// The tokens of the expression.
        public let tokens: Range<Int>
        /// The resolved date.
        public let date: EventDate
    }

    /// What earlier sentences of the document said about dates, for "the following year" and "the same day".
    public struct Context: Sendable, Hashable {
        /// The latest year the document named.
        public var lastYear: Int?
        /// The latest day the document named (a day-precision expression).
        public var lastDay: CalendarDate?

        /// An empty context, for the start of a document.
        public init() {}
    }

    /// Creates a reader.
    public init() {}

    /// The date expressions of sentence `sentence`, resolved against `published`; `context` holds what earlier
    /// sentences named (for "the following year", "the same day") and is updated.
    public func dates(in document: AnnotatedDocument, sentence: Sentence, published: CalendarDate,
                      context: inout Context) -> [Found] {
        let tokens = Array(sentence.tokens)
        let words = tokens.map { document.text(of: document.tokens[$0]).lowercasedIfNeeded() }
        var found: [Found] = []
        var index = 0
        func span(_ range: Range<Int>) -> Span {
            Span(start: document.tokens[tokens[range.lowerBound]].start, end: document.tokens[tokens[range.upperBound - 1]].end)
        }
        func add(_ range: Range<Int>, _ day: CalendarDate?, _ precision: EventDate.Precision) {
            // A date outside the calendar (year 0 or 10000 from arithmetic at the edges) is no date.
            guard let day else { return }
            found.append(Found(tokens: tokens[range.lowerBound]..<(tokens[range.upperBound - 1] + 1),
                               date: EventDate(day: day, precision: precision, span: span(range))))
            if precision != .day || range.count > 1 { context.lastYear = day.year }
            if precision == .day { context.lastDay = day }
        }
        while index < words.count {
            let word = words[index]
            let month = Self.month(word)
            // Most words start no expression: passed over before the comparisons below.
            if month == nil, !Self.mayStartExpression(word) {
                index += 1
                continue
            }
            let next = index + 1 < words.count ? words[index + 1] : ""
            let third = index + 2 < words.count ? words[index + 2] : ""
            if let month {
                // "March 27", "March 27, 2025", "March 2025", "in March"
                if let day = Int(next), (1...31).contains(day) {
                    var end = index + 2
                    var year: Int?
                    if third == ",", index + 3 < words.count, let y = Self.year(words[index + 3]) { year = y; end = index + 4 }
                    else if let y = Self.year(third) { year = y; end = index + 3 }
                    if let date = resolve(month: month, day: day, year: year, published: published) {
                        add(index..<end, date, .day)
                        index = end
                        continue
                    }
                } else if let year = Self.year(next) {
                    add(index..<(index + 2), CalendarDate(year: year, month: month, day: 1), .month)
                    index += 2
                    continue
                } else if index > 0,
                          (word == "may" ? ["in", "since", "last", "until", "during"]
                              : ["in", "since", "last", "early", "late", "mid", "until", "by", "this", "of", "during"])
                    .contains(words[index - 1]) {
                    let year = month <= published.month ? published.year : published.year - 1
                    add(index..<(index + 1), CalendarDate(year: year, month: month, day: 1), .month)
                    index += 1
                    continue
                }
            }
            if let day = Int(word), (1...31).contains(day), let month = Self.month(next) {
                // "27 March", "27 March 2025"
                let year = Self.year(third)
                if let date = resolve(month: month, day: day, year: year, published: published) {
                    let end = year == nil ? index + 2 : index + 3
                    add(index..<end, date, .day)
                    index = end
                    continue
                }
            }
            if let weekday = Self.weekdays.firstIndex(of: word) {
                let back = (published.weekday - weekday + 7) % 7
                add(index..<(index + 1), published.adding(days: -back), .day)
                index += 1
                continue
            }
            switch word {
            case "yesterday":
                add(index..<(index + 1), published.adding(days: -1), .day)
            case "today":
                add(index..<(index + 1), published, .day)
            // (A `where` clause binds only the last pattern of a case, so each pattern carries its own guard.)
            case "last" where ["month", "year"].contains(next), "this" where ["month", "year"].contains(next),
                 "next" where ["month", "year"].contains(next):
                let shift = word == "last" ? -1 : word == "next" ? 1 : 0
                if next == "month" {
                    var month = published.month + shift, year = published.year
                    if month < 1 { month = 12; year -= 1 } else if month > 12 { month = 1; year += 1 }
                    add(index..<(index + 2), CalendarDate(year: year, month: month, day: 1), .month)
                } else {
                    add(index..<(index + 2), CalendarDate(year: published.year + shift, month: 1, day: 1), .year)
                }
                index += 2
                continue
            case "same" where next == "day" && index > 0 && words[index - 1] == "the":
                if let day = context.lastDay {
                    add((index - 1)..<(index + 2), day, .day)
                    index += 2
                    continue
                }
            case "following" where next == "year" && index > 0 && words[index - 1] == "the",
                 "previous" where next == "year" && index > 0 && words[index - 1] == "the":
                if let base = context.lastYear {
                    let year = word == "previous" ? base - 1 : base + 1
                    add((index - 1)..<(index + 2), CalendarDate(year: year, month: 1, day: 1), .year)
                    index += 2
                    continue
                }
            default:
                // "grew by 2000 soldiers": a number counting something is no year.
                let counting = index > 0 && ["by", "of", "to"].contains(words[index - 1]) && (next.first?.isLetter ?? false)
                if let year = Self.year(word), !counting {
                    context.lastYear = year
                    if index > 0, ["in", "since", "during", "until", "by", "early", "late", "mid"].contains(words[index - 1]) {
                        add(index..<(index + 1), CalendarDate(year: year, month: 1, day: 1), .year)
                    }
                }
            }
            index += 1
        }
        return found
    }

    /// Whether a word that names no month may still start a date expression, or be a year: a number (`Int` reads
    /// a sign too), a weekday, or a word the expressions begin with. Any other word is passed over.
    static func mayStartExpression(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if (first >= 0x30 && first <= 0x39) || first == 0x2B || first == 0x2D { return true }
        return (4...9).contains(word.utf8.count) && openers.contains(word)
    }

    /// Weekdays and the words that begin the other expressions ("yesterday", "last month", "the same day").
    private static let openers: Set<String> = Set(weekdays).union(["yesterday", "today", "last", "this", "next", "same",
                                                                    "following", "previous"])

    /// The month named by `word` (1–12), full or abbreviated ("Sept."), if any.
    static func month(_ word: String) -> Int? {
        // Most words are no month by their length or first letter, which is cheaper to see than hashing them.
        guard (3...10).contains(word.utf8.count), let first = word.utf8.first, monthInitials.contains(first) else { return nil }
        return monthNumbers[word]
    }

    /// The first bytes of the month names ("jfmasond"), lower case.
    private static let monthInitials = Set(monthNumbers.keys.compactMap(\.utf8.first))

    /// Month names, full and short, with and without a final dot, → month number (one table lookup per word, where
    /// searching the lists compared each word with 25 names).
    private static let monthNumbers: [String: Int] = {
        var numbers: [String: Int] = [:]
        for (index, name) in months.enumerated() { numbers[name] = index + 1 }
        for (index, name) in shortMonths.enumerated() where numbers[name] == nil { numbers[name] = index == 12 ? 9 : index + 1 }
        for (name, number) in numbers { numbers[name + "."] = number }
        return numbers
    }()

    /// A four-digit year 1900–2099, if `word` is one.
    static func year(_ word: String) -> Int? {
        // Four bytes, not four characters: only ASCII digits parse, and counting bytes needs no grapheme breaking.
        guard word.utf8.count == 4, let value = Int(word), (1900...2099).contains(value) else { return nil }
        return value
    }

    /// The day `month`/`day` of `year`, or of the year that puts it no later than a week after publication.
    func resolve(month: Int, day: Int, year: Int?, published: CalendarDate) -> CalendarDate? {
        if let year { return CalendarDate(year: year, month: month, day: day) }
        guard let sameYear = CalendarDate(year: published.year, month: month, day: day) else { return nil }
        return sameYear.ordinal > published.ordinal + 7 ? CalendarDate(year: published.year - 1, month: month, day: day) : sameYear
    }
}
