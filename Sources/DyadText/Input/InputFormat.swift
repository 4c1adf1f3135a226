import DyadCore
import Foundation

/// The formats Dyad reads documents from.
public enum InputFormat: String, Sendable, CaseIterable, Hashable {
    /// One document per file; a leading dateline or `--date` gives the date.
    case text
    /// A web page: the article text only.
    case html
    /// One JSON object per line: `{"id","date","text"}` plus optional `title`, `source`, `url`.
    case jsonl
    /// PETRARCH validation or batch XML: one document per `<Sentence>`.
    case petrarch
    /// TABARI text records: a `YYMMDD ID` header line, then the text.
    case tabari

    /// The format a file name implies (after any `.gz`), or `nil` when its extension says nothing.
    public static func fromFileName(_ name: String) -> InputFormat? {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text", "md": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "jsonl", "ndjson", "json": return .jsonl
        case "xml": return .petrarch
        default: return nil
        }
    }

    /// Guesses the format from the first bytes of the content: markup, JSON, TABARI headers, else text.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count else { return .text }
        let head = String(decoding: bytes[i..<min(bytes.count, i + 512)], as: UTF8.self).lowercased()
        if head.hasPrefix("{") { return .jsonl }
        if head.hasPrefix("<") {
            if head.contains("<sentence") || head.contains("<environment") { return .petrarch }
            if head.hasPrefix("<?xml") && !head.contains("<html") { return .petrarch }
            return .html
        }
        if startsWithTabariRecord(bytes) { return .tabari }
        return .text
    }

    /// Whether the first line that is not blank, a `#` banner or a `/* */` comment is a TABARI record header: a date
    /// of six or eight digits, then a space or `*`, then an identifier.
    static func startsWithTabariRecord(_ bytes: [UInt8]) -> Bool {
        var lineStart = 0
        var inComment = false
        for _ in 0..<200 {
            guard lineStart < bytes.count else { return false }
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = Array(bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if inComment {
                if text.contains("*/") { inComment = false }
                continue
            }
            if text.isEmpty || text.hasPrefix("#") { continue }
            if text.hasPrefix("/*") {
                inComment = !text.contains("*/")
                continue
            }
            return isTabariHeader(Array(text.utf8))
        }
        return false
    }

    /// `950114 REU-0001-01`, `950101*INTRO`, `20010315 ID`: a real date, then an identifier in capitals, digits and
    /// punctuation, on a short line ("250000 refugees fled..." is text, not a record header).
    static func isTabariHeader(_ line: [UInt8]) -> Bool {
        guard line.count <= 80 else { return false }
        var digits = 0
        while digits < line.count && line[digits] >= 0x30 && line[digits] <= 0x39 { digits += 1 }
        guard digits == 6 || digits == 8, digits + 1 < line.count else { return false }
        let separator = line[digits]
        guard separator == 0x20 || separator == 0x2A || separator == 0x09 else { return false }
        let date = String(decoding: line[0..<digits], as: UTF8.self)
        let full = digits == 8 ? date : (Int(date.prefix(2))! < 30 ? "20" : "19") + date
        guard CalendarDate(iso: full) != nil else { return false }
        let rest = line[(digits + 1)...].drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x2A }
        guard !rest.isEmpty else { return false }
        return !rest.contains { $0 >= 0x61 && $0 <= 0x7A }
    }
}
