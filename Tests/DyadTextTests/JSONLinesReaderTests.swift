import DyadCore
import DyadText
import Foundation
import Testing

@Suite("JSON Lines reader")
struct JSONLinesReaderTests {
    @Test("Reads records with optional members, ignores unknown ones, accepts a null date")
    func records() throws {
        let input = """
            {"id": "a1", "date": "2024-06-19", "text": "Putin visited Pyongyang.", "title": "Visit", "source": "KCNA", "url": "https://example.org/a1", "extra": [1, {"x": 2}]}

            {"id": "a2", "date": null, "text": "Line one.\\nLine \\"two\\" \\u00e9\\ud83d\\ude00."}
            """
        let result = read(input, as: "feed.jsonl")
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.count == 2)
        let first = result.documents[0]
        #expect(first.id == "a1" && first.date == CalendarDate(year: 2024, month: 6, day: 19))
        #expect(first.title == "Visit" && first.source == "KCNA" && first.url == "https://example.org/a1")
        #expect(result.documents[1].date == nil)
        #expect(result.documents[1].text == "Line one.\nLine \"two\" é😀.")
        #expect(result.documents[1].origin == "feed.jsonl:3")
    }

    @Test("A bad record is reported with file, line and column; the records around it are kept", arguments: [
        ("{\"id\": \"b\", \"text\": \"unterminated}", "malformed JSON"),
        ("{\"id\": \"b\" \"text\": \"x\"}", "expected ',' or '}'"),
        ("{\"id\": \"b\", \"text\" \"x\"}", "expected ':'"),
        ("{\"id\": \"b\"}", "no \"text\""),
        ("[1, 2]", "must start with '{'"),
        ("{\"id\": \"b\", \"text\": \"x\"} trailing", "unexpected text"),
        ("{\"id\": \"b\", \"text\": \"bad \\q escape\"}", "invalid escape"),
        ("{\"id\": \"b\", \"text\": \"\\ud800 alone\"}", "surrogate"),
        ("{\"id\": \"b\", \"m\": {\"a\": 1], \"text\": \"x\"}", "expected ',' or '}' in an object"),
        ("{\"id\": \"b\", \"m\": [garbage], \"text\": \"x\"}", "expected a value"),
        ("{\"id\": 1.2.3, \"text\": \"x\"}", "expected ',' or '}'"),
        ("{\"id\": -, \"text\": \"x\"}", "a number needs digits"),
    ])
    func badRecord(line: String, message: String) {
        let input = "{\"id\": \"a\", \"text\": \"Good one.\"}\n\(line)\n{\"id\": \"c\", \"text\": \"Good two.\"}\n"
        let result = read(input, as: "feed.jsonl")
        #expect(result.documents.map(\.id) == ["a", "c"])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 2 && errors.first?.location.file == "feed.jsonl")
        #expect(errors.first?.message.contains(message) == true, "\(errors.first?.message ?? "")")
    }

    @Test("Invalid UTF-8 inside one record costs only that record")
    func invalidUTF8() {
        var bytes = Array("{\"id\": \"a\", \"text\": \"fine\"}\n{\"id\": \"b\", \"text\": \"caf".utf8)
        bytes += [0xE9]  // Latin-1 é
        bytes += Array("\"}\n{\"id\": \"c\", \"text\": \"also fine\"}\n".utf8)
        let result = read(bytes: bytes, as: "feed.jsonl")
        #expect(result.documents.map(\.id) == ["a", "c"])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].location.line == 2 && result.diagnostics[0].location.column == 25)
        #expect(result.diagnostics[0].message.contains("not valid UTF-8"))
    }

    @Test("An invalid date keeps the record without a date, with a warning")
    func invalidDate() {
        let result = read("{\"id\": \"a\", \"date\": \"2024-02-30\", \"text\": \"x\"}", as: "f.jsonl")
        #expect(result.documents.count == 1 && result.documents[0].date == nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics[0].message.contains("2024-02-30"))
    }

    @Test("A line over the limit is skipped with an error, without reading it whole")
    func hugeLine() {
        let big = "{\"id\": \"big\", \"text\": \"" + String(repeating: "x", count: 50 << 20) + "\"}"
        let input = "{\"id\": \"a\", \"text\": \"fine\"}\n" + big + "\n{\"id\": \"c\", \"text\": \"fine\"}\n"
        let result = read(input, as: "f.jsonl", options: ReaderOptions(maxLineBytes: 10 << 20))
        #expect(result.documents.map(\.id) == ["a", "c"])
        #expect(result.diagnostics.first?.message.contains("longer than the limit") == true)
    }

    @Test("An empty file is an error")
    func empty() {
        let result = read(bytes: [], as: "f.jsonl")
        #expect(result.documents.isEmpty && result.skippedSomething)
    }
}
