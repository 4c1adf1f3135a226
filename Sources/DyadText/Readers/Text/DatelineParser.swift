import DyadCore

/// Finds the publication date in the first lines of an article: "MOSCOW, June 19, 2024 (Reuters) -",
/// "19 June 2024", "2024-06-19", "Published: Jun 19, 2024 10:00". A date must name its year.
public struct DatelineParser: Sendable {
    /// What the dateline says.
    public enum Outcome: Equatable, Sendable {
        /// A date that exists, read from the dateline.
        case found(CalendarDate)
        /// A date was written but does not exist ("Feb 30, 2024").
        case invalid(String)
        /// No date in the first lines.
        case none
    }

    private let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Creates the parser.
    public init() {}

    /// The date in the first 300 characters (first three non-empty lines) of `text`.
    public func date(in text: String) -> Outcome {
        let lines = text.prefix(300).split(separator: "\n", omittingEmptySubsequences: true).prefix(3)
        for line in lines {
            let outcome = date(inLine: line)
            if outcome != .none { return outcome }
        }
        return .none
    }

    private func date(inLine line: Substring) -> Outcome {
        // Words: runs of letters or digits, with "-" kept inside ISO dates.
        var words: [Substring] = []
        var start: Substring.Index?
        for index in line.indices {
            let c = line[index]
            if c.isLetter || c.isNumber || c == "-" {
                if start == nil { start = index }
            } else if let s = start {
                words.append(line[s..<index])
                start = nil
            }
        }
        if let s = start { words.append(line[s...]) }
        for (k, word) in words.enumerated() {
            // ISO: 2024-06-19.
            if word.count == 10, word.filter({ $0 == "-" }).count == 2,
               word.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 ? $0.element == "-" : $0.element.isASCIIDigit }) {
                if let date = CalendarDate(iso: word) { return .found(date) }
                return .invalid(String(word))
            }
            if let month = months[word.lowercased().trimmingDot()] {
                // Month D, YYYY / Month D YYYY.
                if k + 2 < words.count, let day = Int(words[k + 1]), let year = year(words[k + 2]) {
                    return make(year, month, day, "\(word) \(words[k + 1]), \(words[k + 2])")
                }
                // D Month YYYY.
                if k >= 1, k + 1 < words.count, let day = Int(words[k - 1]), let year = year(words[k + 1]) {
                    return make(year, month, day, "\(words[k - 1]) \(word) \(words[k + 1])")
                }
            }
        }
        return .none
    }

    private func year(_ word: Substring) -> Int? {
        guard word.count == 4, let value = Int(word), (1900...2100).contains(value) else { return nil }
        return value
    }

    private func make(_ year: Int, _ month: Int, _ day: Int, _ written: String) -> Outcome {
        guard (1...31).contains(day) else { return .none }
        if let date = CalendarDate(year: year, month: month, day: day) { return .found(date) }
        return .invalid(written)
    }
}

extension String {
    fileprivate func trimmingDot() -> String { hasSuffix(".") ? String(dropLast()) : self }
}
