import DyadCore

/// Removes page furniture that is not article text: comment and share widgets, bare image credits, and a trailing
/// "Source: …" line (which becomes the document's source).
public struct PageFurniture: Sendable {
    /// What `clean` removed or found.
    public struct Result: Sendable, Equatable {
        /// The text without furniture lines (unchanged when nothing was found).
        public var text: String
        /// The value of a trailing "Source:" line.
        public var source: String?
        /// The removed lines, trimmed, for `explain` and logs.
        public var removed: [String]
    }

    public init() {}

    /// Lines longer than this are article text, never furniture.
    private let maxFurnitureLength = 120

    /// Removes furniture lines from `text`.
    public func clean(_ text: String) -> Result {
        // Fast path: nothing to do unless some short line looks like furniture.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var removed: [String] = []
        var keep = [Bool](repeating: true, count: lines.count)
        for (index, line) in lines.enumerated() where line.utf8.count <= maxFurnitureLength {
            let trimmed = line.trimmingSpaces()
            if !trimmed.isEmpty && isWidget(trimmed) || isImageCredit(trimmed) {
                keep[index] = false
                removed.append(String(trimmed))
            }
        }
        // A trailing "Source:" line (after blank and removed lines) names the source.
        var source: String?
        var last = lines.count - 1
        while last >= 0 && (!keep[last] || lines[last].trimmingSpaces().isEmpty) { last -= 1 }
        if last >= 0, lines[last].utf8.count <= 2048, let value = sourceValue(lines[last].trimmingSpaces()) {
            source = value
            keep[last] = false
            removed.append(String(lines[last].trimmingSpaces()))
        }
        if removed.isEmpty { return Result(text: text, source: nil, removed: []) }
        var kept: [Substring] = []
        kept.reserveCapacity(lines.count)
        for index in lines.indices where keep[index] { kept.append(lines[index]) }
        // Trailing blank lines left by removed furniture are not text either.
        while let tail = kept.last, tail.trimmingSpaces().isEmpty { kept.removeLast() }
        lines = kept
        return Result(text: lines.joined(separator: "\n"), source: source, removed: removed)
    }

    private func lowercasedASCII(_ text: Substring) -> String { String(text).lowercased() }

    /// Comment counters, share buttons and similar one-line widgets.
    func isWidget(_ line: Substring) -> Bool {
        let lower = lowercasedASCII(line)
        let exact: Set<String> = [
            "comment", "comments", "leave a comment", "add a comment", "post a comment", "show comments",
            "view comments", "share", "share this", "share this article", "share this story", "share on facebook",
            "share on twitter", "share on x", "share on linkedin", "share via email", "tweet", "print", "email",
            "e-mail", "print this article", "email this article", "advertisement", "sponsored", "sponsored content",
            "read more", "related articles", "related stories", "subscribe", "subscribe now", "sign up",
            "follow us", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "copy link", "like", "reply",
            "back to top", "skip to content", "skip to main content", "load more", "see more",
        ]
        if exact.contains(lower) { return true }
        // "Comment (0)", "Comments (12)", "12 comments", "Comments: 3".
        for word in ["comment", "comments", "reply", "replies", "share", "shares", "like", "likes", "view", "views"] {
            if lower.hasPrefix(word) {
                let rest = lower.dropFirst(word.count).filter { $0 != " " && $0 != ":" && $0 != "(" && $0 != ")" }
                if !rest.isEmpty && rest.allSatisfy(\.isASCIIDigit) { return true }
            }
            if lower.hasSuffix(" " + word) {
                let rest = lower.dropLast(word.count + 1)
                if !rest.isEmpty && rest.allSatisfy(\.isASCIIDigit) { return true }
            }
        }
        return false
    }

    /// A line that is only a picture credit: "Photo: Reuters", "(AFP Photo)", "Image credit: Getty Images".
    func isImageCredit(_ line: Substring) -> Bool {
        guard line.count <= 80 else { return false }
        var lower = lowercasedASCII(line)
        if lower.hasPrefix("("), lower.hasSuffix(")") { lower = String(lower.dropFirst().dropLast()) }
        let prefixes = [
            "photo:", "photos:", "photo credit:", "image:", "image credit:", "image source:", "picture:",
            "pictured:", "credit:", "photograph:", "illustration:", "file photo:", "photo by ", "image by ",
            "photo/", "photo courtesy", "image courtesy",
        ]
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return !lower.contains(". ") }
        let wholes = ["getty images", "afp via getty images", "reuters", "ap photo", "afp photo", "file photo", "epa",
                      "epa-efe", "xinhua", "kcna", "yonhap", "shutterstock", "reuters photo"]
        if wholes.contains(lower) { return true }
        if lower.hasSuffix("/getty images") || lower.hasSuffix("/reuters") || lower.hasSuffix("/ap")
            || lower.hasSuffix("/afp") || lower.hasSuffix("via getty images") {
            return !lower.contains(". ") && lower.count <= 60
        }
        return false
    }

    /// The value of a "Source: …" line, or `nil` for any other line.
    func sourceValue(_ line: Substring) -> String? {
        let lower = lowercasedASCII(line.prefix(12))
        for prefix in ["source:", "sources:", "source :", "nguồn:"] where lower.hasPrefix(prefix) {
            let value = line.dropFirst(prefix.count).trimmingSpaces()
            // A "Source:" sentence inside the article is text: a source line is short or a URL.
            if value.isEmpty { return nil }
            if value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("www.") {
                return String(value)
            }
            return value.count <= 80 && !value.contains(". ") ? String(value) : nil
        }
        return nil
    }
}

extension Substring {
    /// The substring without leading and trailing spaces, tabs and carriage returns.
    func trimmingSpaces() -> Substring {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
