import DyadCore
import DyadText
import Foundation

/// Reads the body of `POST /documents`: one article as a JSON object (`{"text", "id"?, "date"?, "title"?,
/// "source"?, "url"?}`, pretty-printed or not), or JSON Lines of such objects. Any bad record rejects the whole
/// request, with every problem and its line, so that nothing is half-stored.
enum ArticleParser {
    static func parse(_ bytes: [UInt8]) throws(APIError) -> [Document] {
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw APIError(.badRequest, "the body is empty; send an article as JSON: {\"text\": \"...\", \"date\": \"2024-06-19\"}")
        }
        if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) {
            guard let fields = object as? [String: Any] else {
                throw APIError(.badRequest, "the body is JSON but not an object; send {\"text\": \"...\"} or JSON Lines")
            }
            return [try document(fields, line: 1, bytes: bytes)]
        }
        let result = JSONLinesReader().read(InputBytes(name: "request", stem: "posted", bytes: bytes), options: ReaderOptions())
        let problems = result.diagnostics.filter { $0.severity == .error }
        if !problems.isEmpty {
            throw APIError(.badRequest, "the body is not a JSON article or JSON Lines of articles: "
                + problems.prefix(5).map(\.description).joined(separator: "; "))
        }
        guard !result.documents.isEmpty else { throw APIError(.badRequest, "the body holds no article") }
        return result.documents.map { document in
            var document = document
            document.origin = nil
            return document
        }
    }

    static func document(_ fields: [String: Any], line: Int, bytes: [UInt8]) throws(APIError) -> Document {
        guard let text = fields["text"] as? String else {
            throw APIError(.badRequest, "the article has no \"text\" string; send {\"text\": \"...\", \"date\": \"2024-06-19\"}")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError(.badRequest, "the article's \"text\" is empty")
        }
        var date: CalendarDate?
        if let value = fields["date"], !(value is NSNull) {
            guard let string = value as? String, let parsed = CalendarDate(iso: string.prefix(10)) else {
                throw APIError(.badRequest, "\"date\" \(fields["date"].map { "\($0)" } ?? "") is not a date; write YYYY-MM-DD")
            }
            date = parsed
        }
        func string(_ key: String) -> String? { (fields[key] as? String).flatMap { $0.isEmpty ? nil : $0 } }
        let id = string("id") ?? "posted-" + String(SHA256.hex(text.utf8).prefix(12))
        return Document(id: id, date: date, source: string("source"), url: string("url"), title: string("title"), text: text)
    }
}
