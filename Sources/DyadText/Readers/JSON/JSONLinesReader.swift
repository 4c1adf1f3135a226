import DyadCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads JSON Lines: one document per line, `{"id", "date", "text"}` plus optional `title`, `source` and `url`;
/// unknown members are ignored and `date` may be null. A bad line is reported with its line and column and
/// skipped; the lines around it are kept.
public struct JSONLinesReader: DocumentReader {
    private let furniture = PageFurniture()
    /// The members read, in this order: id, date, text, title, source, url.
    private static let wanted: [[UInt8]] = ["id", "date", "text", "title", "source", "url"].map { Array($0.utf8) }

    /// Creates the reader.
    public init() {}

    /// Reads one document per non-blank line; a bad line is reported at its line and column and skipped.
    public func read(_ input: InputBytes, options: ReaderOptions) -> ReadResult {
        var result = ReadResult()
        input.bytes.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            var lineNumber = 0
            var sawRecord = false
            while lineStart < bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                if let base = bytes.baseAddress,
                   let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                    lineEnd = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                } else {
                    lineEnd = bytes.count
                }
                let next = lineEnd + 1
                var contentEnd = lineEnd
                if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                defer { lineStart = next }
                if isBlank(bytes, lineStart, contentEnd) { continue }
                sawRecord = true
                if let document = record(bytes, lineStart..<contentEnd, line: lineNumber, input: input,
                                         options: options, into: &result.diagnostics) {
                    result.documents.append(document)
                }
            }
            if !sawRecord {
                result.diagnostics.append(Diagnostic(
                    .error, at: SourceLocation(file: input.name), "no JSON Lines records: the input is empty",
                    hint: "each line should hold one object such as {\"id\": \"a1\", \"date\": \"2024-06-19\", \"text\": \"...\"}"))
            }
        }
        return result
    }

    private func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        for i in lo..<hi where !(bytes[i] == 0x20 || bytes[i] == 0x09) { return false }
        return true
    }

    private func record(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, input: InputBytes,
        options: ReaderOptions, into diagnostics: inout [Diagnostic]
    ) -> Document? {
        func location(_ offset: Int) -> SourceLocation {
            let record = UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<range.upperBound])
            let column = TextDecoding.lineAndColumn(of: offset - range.lowerBound, in: record).column
            return SourceLocation(file: input.name, line: line, column: column)
        }
        func fail(_ offset: Int, _ message: String, hint: String? = nil) -> Document? {
            let excerpt = range.count <= 200
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) : nil
            diagnostics.append(Diagnostic(.error, at: location(offset), message + "; record skipped", hint: hint,
                                          excerpt: excerpt))
            return nil
        }
        if range.count > options.maxLineBytes {
            return fail(range.lowerBound, "line of \(range.count) bytes is longer than the limit of "
                        + "\(options.maxLineBytes) bytes", hint: "split the record, or raise the line limit")
        }
        if let bad = TextDecoding.firstInvalidUTF8(UnsafeBufferPointer(rebasing: bytes[range])) {
            return fail(range.lowerBound + bad, "input is not valid UTF-8: byte 0x"
                        + String(bytes[range.lowerBound + bad], radix: 16, uppercase: true)
                        + " cannot start or continue a character here",
                        hint: "convert the file to UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`)")
        }
        var scanner = JSONObjectScanner(bytes, range)
        let values: [JSONObjectScanner.Value?]
        do {
            values = try scanner.members(wanted: Self.wanted)
        } catch {
            return fail(error.offset, "malformed JSON: \(error.message)",
                        hint: "each line must be one complete JSON object")
        }
        let (idValue, dateValue, textValue) = (values[0], values[1], values[2])
        guard case .string(let rawText)? = textValue else {
            let found = textValue == nil ? "it is missing" : "it is not a string"
            return fail(range.lowerBound, "the record has no \"text\" string: \(found)",
                        hint: "give each record a \"text\" member holding the article text")
        }
        var id: String
        switch idValue {
        case .string(let value)? where !value.isEmpty: id = value
        case .number(let value)?: id = value
        default:
            id = "\(input.stem)-\(line)"
            diagnostics.append(Diagnostic(.warning, at: location(range.lowerBound),
                                          "the record has no \"id\" string; using \"\(id)\""))
        }
        var date = options.defaultDate
        switch dateValue {
        case .string(let value)?:
            if let parsed = Self.date(value) {
                date = parsed
            } else {
                diagnostics.append(Diagnostic(.warning, at: location(range.lowerBound),
                                              "\"date\": \"\(value)\" is not a valid date; the record is kept without one",
                                              hint: "write dates as YYYY-MM-DD"))
                date = nil
            }
        case .null?, nil: break
        default:
            diagnostics.append(Diagnostic(.warning, at: location(range.lowerBound),
                                          "\"date\" is not a string; the record is kept without a date"))
        }
        func optionalString(_ slot: Int) -> String? {
            if case .string(let value)? = values[slot], !value.isEmpty { return value }
            return nil
        }
        let cleaned = furniture.clean(rawText)
        if id.isEmpty { id = "\(input.stem)-\(line)" }
        return Document(id: id, date: date, source: optionalString(4) ?? cleaned.source,
                        url: optionalString(5), title: optionalString(3), text: cleaned.text,
                        origin: "\(input.name):\(line)")
    }

    /// `YYYY-MM-DD`, `YYYYMMDD`, or an ISO 8601 timestamp whose date part is valid.
    static func date(_ text: String) -> CalendarDate? {
        if let date = CalendarDate(iso: text) { return date }
        let utf8 = Array(text.utf8)
        if utf8.count > 10, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ") {
            return CalendarDate(iso: String(decoding: utf8[0..<10], as: UTF8.self))
        }
        return nil
    }
}
