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
        if looksLikeTabariHeader(head) { return .tabari }
        return .text
    }

    /// Whether the text starts with a TABARI record header: six digits, a space, an identifier.
    static func looksLikeTabariHeader(_ text: String) -> Bool {
        let utf8 = Array(text.utf8.prefix(64))
        guard utf8.count >= 8 else { return false }
        for k in 0..<6 where !(utf8[k] >= 0x30 && utf8[k] <= 0x39) { return false }
        return utf8[6] == 0x20 && utf8[7] != 0x20 && utf8[7] != 0x0A
    }
}
