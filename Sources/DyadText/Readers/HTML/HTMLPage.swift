import DyadCore

/// What one pass over a page found: its paragraphs (each tagged with the article-like element holding it), the
/// headline candidates and the metadata; `article()` then picks the article.
struct HTMLPage {
    /// A paragraph of visible text, whitespace collapsed.
    struct Paragraph {
        var text: String
        /// Index in `roots` of the innermost article-like element holding it, or -1.
        var root: Int
        /// Part of an `h1`.
        var isHeadline: Bool
    }

    /// An `<article>` or article-body element.
    struct Root {
        var parent: Int
        /// Bytes of text directly inside (not in nested roots).
        var textBytes = 0
    }

    /// A publication date the page states, and where.
    struct DateCandidate {
        var value: String
        /// Byte offset of the tag, for diagnostics.
        var offset: Int
        /// The tag, as the user would search for it ("<meta property=\"article:published_time\">").
        var origin: String
        /// Lower is preferred: published_time, then meta date, then `<time datetime>`.
        var rank: Int
    }

    var paragraphs: [Paragraph] = []
    var roots: [Root] = []
    var titleElement: String?
    var canonicalURL: String?
    var ogURL: String?
    var siteName: String?
    var dates: [DateCandidate] = []

    /// The headline and the article paragraphs (headline not repeated): from the article-like element holding the
    /// most text when there is one and it holds more than the headline, else from the whole body.
    func article() -> (headline: String?, body: [String]) {
        var total = roots.map(\.textBytes)
        // Nested roots come after their parents, so one backward sweep adds each into all its ancestors.
        for index in roots.indices.reversed() where roots[index].parent >= 0 {
            total[roots[index].parent] += total[index]
        }
        var best = -1
        for index in total.indices where total[index] > 0 && (best < 0 || total[index] > total[best]) { best = index }
        func isInBest(_ root: Int) -> Bool {
            var root = root
            while root >= 0 {
                if root == best { return true }
                root = roots[root].parent
            }
            return false
        }
        var selected = best < 0 ? paragraphs : paragraphs.filter { isInBest($0.root) }
        let headline = selected.first(where: \.isHeadline)?.text
            ?? paragraphs.first(where: \.isHeadline)?.text
            ?? titleElement.map(trimmingSiteName)
        // An <article> holding only the headline is not where the text is: fall back to the whole body.
        if selected.allSatisfy({ $0.isHeadline && $0.text == headline }) { selected = paragraphs }
        let body = selected.filter { !($0.isHeadline && $0.text == headline) }.map(\.text)
        return (headline.flatMap { $0.isEmpty ? nil : $0 }, body)
    }

    /// The page's address: the canonical link, else `og:url`.
    var url: String? { canonicalURL ?? ogURL }

    /// A `<title>` without a trailing " | Site Name" when the site name is known.
    func trimmingSiteName(_ title: String) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " : "] {
            let suffix = separator + siteName
            if title.count > suffix.count, title.lowercased().hasSuffix(suffix.lowercased()) {
                return String(title.dropLast(suffix.count))
            }
        }
        return title
    }

    /// The first usable date in order of preference, and a message for each stated date that is not a real day or
    /// not in `YYYY-MM-DD` form.
    func publicationDate() -> (date: CalendarDate?, problems: [(offset: Int, message: String)]) {
        var problems: [(offset: Int, message: String)] = []
        let ordered = dates.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
        for (_, candidate) in ordered {
            let value = Self.trimmed(candidate.value)
            let utf8 = Array(value.utf8)
            func isDigit(_ k: Int) -> Bool { k < utf8.count && utf8[k] >= 0x30 && utf8[k] <= 0x39 }
            var day: Substring?
            if utf8.count >= 10, (0..<4).allSatisfy(isDigit), utf8[4] == 0x2D, utf8[7] == 0x2D,
               isDigit(5), isDigit(6), isDigit(8), isDigit(9), !isDigit(10) {
                day = value.prefix(10)
            } else if utf8.count >= 8, (0..<8).allSatisfy(isDigit), !isDigit(8) {
                day = value.prefix(8)
            }
            guard let day else {
                problems.append((candidate.offset,
                    "date '\(value)' in \(candidate.origin) is not in YYYY-MM-DD form; ignored"))
                continue
            }
            guard let date = CalendarDate(iso: day) else {
                problems.append((candidate.offset, "date '\(day)' in \(candidate.origin) does not exist; ignored"))
                continue
            }
            return (date, problems)
        }
        return (nil, problems)
    }

    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
