import DyadCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Blanks out page furniture that is not article text: comment and share widgets, bare image credits, and a trailing
/// "Source: …" line (which becomes the document's source). Removed text is replaced by spaces rather than deleted, so
/// that offsets into the cleaned text are offsets into the input too.
public struct PageFurniture: Sendable {
    /// What `clean` removed or found.
    public struct Result: Sendable, Equatable {
        /// The text with furniture blanked out by spaces (same length in Unicode scalars, so offsets still point into
        /// the input); unchanged when nothing was found.
        public var text: String
        /// The value of a trailing "Source:" line.
        public var source: String?
        /// The removed lines, trimmed, for `explain` and logs.
        public var removed: [String]
    }

    /// Lines that are widgets when they stand alone.
    private static let widgets: Set<[UInt8]> = Set([
        "comment", "comments", "leave a comment", "add a comment", "post a comment", "show comments", "view comments",
        "share", "share this", "share this article", "share this story", "share on facebook",
        "share on twitter", "share on x", "share on linkedin", "share via email", "tweet", "print", "email",
        "e-mail", "print this article", "email this article", "advertisement", "sponsored", "sponsored content",
        "read more", "related articles", "related stories", "subscribe", "subscribe now", "sign up",
        "follow us", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "copy link", "like", "reply",
        "back to top", "skip to content", "skip to main content", "load more", "see more",
    ].map { Array($0.utf8) })
    /// Words of counters such as "Comment (0)".
    private static let counters: Set<[UInt8]> = Set(["comment", "comments", "reply", "replies", "share", "shares",
                                                     "like", "likes", "view", "views"].map { Array($0.utf8) })

    /// Creates the cleaner.
    public init() {}

    /// Lines longer than this are article text, never furniture.
    private let maxFurnitureLength = 120

    /// Removes furniture lines from `text`.
    public func clean(_ text: String) -> Result {
        text.withUTF8Buffer { clean(text, bytes: $0) }
    }

    private func clean(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> Result {
        guard mayHaveFurniture(bytes) else { return Result(text: text, source: nil, removed: []) }
        // Line ranges on the bytes; strings are built only for the few lines that could be furniture.
        var lines: [Range<Int>] = []
        var lineStart = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            lines.append(lineStart..<i)
            lineStart = i + 1
        }
        lines.append(lineStart..<bytes.count)
        func line(_ number: Int) -> Substring { text.utf8Slice(lines[number]) }
        func isBlank(_ number: Int) -> Bool {
            lines[number].allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0x0D }
        }
        var removed: [String] = []
        var keep = [Bool](repeating: true, count: lines.count)
        var creditLines: [Int] = []
        for (number, range) in lines.enumerated() where !range.isEmpty && range.count <= 400 {
            if range.count <= maxFurnitureLength {
                guard mayBeFurniture(bytes, range) else { continue }
                let trimmed = line(number).trimmingSpaces()
                if !trimmed.isEmpty && (isWidget(trimmed) || isImageCredit(trimmed)) {
                    keep[number] = false
                    removed.append(String(trimmed))
                    continue
                }
            }
            if endsWithParenthesis(bytes, range) { creditLines.append(number) }
        }
        // A trailing "Source:" line (after blank and removed lines) names the source.
        var source: String?
        var last = lines.count - 1
        while last >= 0 && (!keep[last] || isBlank(last)) { last -= 1 }
        if last >= 0, lines[last].count <= 2048, let value = sourceValue(line(last).trimmingSpaces()) {
            source = value
            keep[last] = false
            removed.append(String(line(last).trimmingSpaces()))
        }
        // Picture credits at the end of a caption line: "... in June 2024. (Source: KCNA) |".
        var cuts: [Int: Substring] = [:]
        for number in creditLines where keep[number] {
            if let cut = trailingCredit(line(number)) {
                cuts[number] = line(number)[..<cut.start]
                removed.append(String(cut.credit))
            }
        }
        if removed.isEmpty { return Result(text: text, source: nil, removed: []) }
        // Removed furniture becomes spaces, one per character, so that every offset into the cleaned text is also an
        // offset into the input text.
        func blank(_ piece: Substring) -> String { String(repeating: " ", count: piece.unicodeScalars.count) }
        var output = ""
        output.reserveCapacity(bytes.count)
        for number in lines.indices {
            if number > 0 { output += "\n" }
            let whole = line(number)
            if !keep[number] {
                output += blank(whole)
            } else if let kept = cuts[number] {
                output += kept
                output += blank(whole[kept.endIndex...])
            } else {
                output += whole
            }
        }
        return Result(text: output, source: source, removed: removed)
    }

    /// A first pass that allocates nothing: whether any line could be furniture, or the last line a "Source:" line.
    private func mayHaveFurniture(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var lineStart = 0
        var lastContent: Int?
        while lineStart <= bytes.count {
            var lineEnd = bytes.count
            if let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                lineEnd = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            let range = lineStart..<lineEnd
            var first = range.lowerBound
            while first < range.upperBound && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
            if first < range.upperBound && !(range.upperBound - first == 1 && bytes[first] == 0x0D) {
                lastContent = first
                if range.count <= maxFurnitureLength && mayBeFurniture(bytes, range) { return true }
                if range.count <= 400 && endsWithParenthesis(bytes, range)
                    && memchr(base + range.lowerBound, 0x3A, range.count) != nil { return true }
            }
            lineStart = lineEnd + 1
        }
        guard let lastContent else { return false }
        let first = bytes[lastContent] | 0x20
        return first == UInt8(ascii: "s") || first == UInt8(ascii: "n")
    }

    /// Whether the line ends with ")" once trailing spaces and bars are dropped: a possible caption credit.
    private func endsWithParenthesis(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range.reversed() {
            let byte = bytes[i]
            if byte == 0x20 || byte == 0x7C || byte == 0x09 || byte == 0x0D { continue }
            return byte == 0x29
        }
        return false
    }

    private func lowercasedASCII(_ text: Substring) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// A cheap first look on the bytes: furniture lines start with one of a few words, a digit ("12 comments") or a
    /// parenthesis, or carry a "/" or " via " agency credit ("…/Reuters").
    func mayBeFurniture(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        while start < range.upperBound && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        guard start < range.upperBound else { return false }
        let first = bytes[start]
        if first == 0x28 { return true }
        if first >= 0x30 && first <= 0x39 { return range.upperBound - start <= 24 }  // "12 comments"
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var end = start
        while end < range.upperBound {
            let byte = bytes[end]
            if byte == 0x20 || byte == 0x3A || byte == 0x2F || byte == 0x28 || byte == 0x0D { break }
            hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)) &* 0x0000_0100_0000_01B3
            end += 1
        }
        if Self.firstWordHashes.contains(hash) { return true }
        for i in end..<range.upperBound {
            let byte = bytes[i]
            if byte == 0x2F { return true }
            if byte == 0x20 && i + 4 < range.upperBound && bytes[i + 1] | 0x20 == 0x76 && bytes[i + 2] | 0x20 == 0x69
                && bytes[i + 3] | 0x20 == 0x61 && bytes[i + 4] == 0x20 { return true }  // " via "
        }
        return false
    }

    /// FNV-1a hashes of the first words of every widget and credit pattern.
    private static let firstWordHashes: Set<UInt64> = {
        let patterns = widgets.map { $0 } + creditWholes.map { $0 } + creditPrefixes + counters.map { $0 }
        return Set(patterns.map { pattern in
            pattern.prefix { $0 != 0x20 && $0 != 0x3A && $0 != 0x2F && $0 != 0x28 }
                .reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        })
    }()

    /// Comment counters, share buttons and similar one-line widgets.
    func isWidget(_ line: Substring) -> Bool {
        guard line.utf8.count <= 40 else { return false }
        let lower = Bytes(lowercasing: line)
        if Self.widgets.contains(lower.bytes) { return true }
        // "Comment (0)", "Comments (12)", "12 comments", "Comments: 3".
        let letters = lower.bytes.filter { $0 >= 0x61 && $0 <= 0x7A }
        let rest = lower.bytes.filter { !($0 >= 0x61 && $0 <= 0x7A) && $0 != 0x20 && $0 != 0x3A && $0 != 0x28 && $0 != 0x29 }
        guard !rest.isEmpty, rest.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), Self.counters.contains(letters) else {
            return false
        }
        return lower.hasPrefix(letters) || lower.hasSuffix(letters)
    }

    /// A line that is only a picture credit: "Photo: Reuters", "(AFP Photo)", "Image credit: Getty Images".
    func isImageCredit(_ line: Substring) -> Bool {
        guard line.utf8.count <= 100 else { return false }
        var lower = Bytes(lowercasing: line)
        if lower.bytes.first == 0x28 && lower.bytes.last == 0x29 { lower.bytes = Array(lower.bytes.dropFirst().dropLast()) }
        if Self.creditWholes.contains(lower.bytes) { return true }
        let hasSentence = lower.contains(Self.sentenceBreak)
        if Self.creditPrefixes.contains(where: { lower.hasPrefix($0) }) { return !hasSentence }
        if Self.creditSuffixes.contains(where: { lower.hasSuffix($0) }) { return !hasSentence && lower.bytes.count <= 60 }
        return false
    }

    private static let sentenceBreak = Array(". ".utf8)
    private static let creditPrefixes: [[UInt8]] = [
        "photo:", "photos:", "photo credit:", "image:", "image credit:", "image source:", "picture:", "pictured:",
        "credit:", "photograph:", "illustration:", "file photo:", "photo by ", "image by ", "photo/", "photo courtesy",
        "image courtesy",
    ].map { Array($0.utf8) }
    private static let creditWholes: Set<[UInt8]> = Set([
        "getty images", "afp via getty images", "reuters", "ap photo", "afp photo", "file photo", "epa", "epa-efe",
        "xinhua", "kcna", "yonhap", "shutterstock", "reuters photo",
    ].map { Array($0.utf8) })
    private static let creditSuffixes: [[UInt8]] = ["/getty images", "/reuters", "/ap", "/afp", "via getty images"]
        .map { Array($0.utf8) }

    /// A short line as bytes with ASCII letters lower-cased: furniture checks work on these, never on Characters.
    struct Bytes {
        var bytes: [UInt8]

        init(lowercasing line: Substring) {
            bytes = line.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        }

        func hasPrefix(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && bytes.starts(with: prefix) }

        func hasSuffix(_ suffix: [UInt8]) -> Bool {
            bytes.count >= suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
        }

        func contains(_ needle: [UInt8]) -> Bool {
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
            }
            return false
        }
    }

    /// A parenthesised credit ending a line ("(Source: KCNA) |", "(Photo: AFP)"): where it starts, and its text.
    func trailingCredit(_ line: Substring) -> (start: Substring.Index, credit: Substring)? {
        var end = line.endIndex
        while end > line.startIndex, " |\t\r".contains(line[line.index(before: end)]) { end = line.index(before: end) }
        guard end > line.startIndex, line[line.index(before: end)] == ")",
              let open = line[..<end].lastIndex(of: "(") else { return nil }
        let inside = line[line.index(after: open)..<line.index(before: end)].lowercased()
        let credits = ["source:", "photo:", "photo by", "image:", "credit:", "picture:", "photo credit:", "file photo"]
        guard credits.contains(where: { inside.hasPrefix($0) }), inside.count <= 60, !inside.contains(". ") else {
            return nil
        }
        // Only at the end of a caption that has text before it; whitespace before the credit goes too.
        var start = open
        while start > line.startIndex, line[line.index(before: start)] == " " { start = line.index(before: start) }
        guard start > line.startIndex else { return nil }
        return (start, line[open...].trimmingSpaces())
    }

    /// The value of a "Source: …" line, or `nil` for any other line.
    func sourceValue(_ line: Substring) -> String? {
        guard let first = line.utf8.first, first | 0x20 == UInt8(ascii: "s") || first | 0x20 == UInt8(ascii: "n") else {
            return nil
        }
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
        // ASCII whitespace only, on the bytes: no Character iteration.
        let utf8 = self.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return self[start..<end]
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
