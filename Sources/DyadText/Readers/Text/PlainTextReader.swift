import DyadCore

/// Reads a plain-text article: one document per input, id = the file name without its extension, the publication
/// date from `--date` or a leading dateline ("SEOUL, March 28, 2025 (Yonhap) —"), `null` when neither gives one.
public struct PlainTextReader: DocumentReader {
    private let furniture = PageFurniture()
    private let datelines = DatelineParser()

    /// Creates the reader.
    public init() {}

    /// Reads the whole input as one document, or reports with an error diagnostic why it was skipped.
    public func read(_ input: InputBytes, options: ReaderOptions) -> ReadResult {
        var result = ReadResult()
        if let longest = longestLine(input.bytes), longest.length > options.maxLineBytes {
            result.diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: input.name, line: longest.line),
                "line of \(longest.length) bytes is longer than the limit of \(options.maxLineBytes) bytes; "
                    + "document skipped", hint: "this is probably not an article; split it into paragraphs"))
            return result
        }
        if input.bytes.count > options.maxRecordBytes {
            result.diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: input.name),
                "the document has \(input.bytes.count) bytes, over the limit of \(options.maxRecordBytes); skipped",
                hint: "split it into articles"))
            return result
        }
        let text: String
        switch TextDecoding.string(input.bytes, 0..<input.bytes.count, in: input.name) {
        case .failure(let failure):
            result.diagnostics.append(failure.diagnostic(skipping: "document"))
            return result
        case .success(let decoded):
            text = decoded
        }
        let strays = input.bytes.withUnsafeBufferPointer { TextDecoding.strayControlCount($0) }
        if strays > 0 {
            result.diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: input.name),
                                                 "\(strays) stray control byte(s) read as spaces",
                                                 hint: "they are not text; the document is kept"))
        }
        let cleaned = furniture.clean(text)
        guard cleaned.text.contains(where: { !$0.isWhitespace }) else {
            result.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: input.name),
                                                 "the document has no text; skipped"))
            return result
        }
        var date = options.defaultDate
        if date == nil {
            switch datelines.date(in: cleaned.text) {
            case .found(let found): date = found
            case .invalid(let written):
                result.diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: input.name, line: 1),
                                                     "the dateline's date '\(written)' does not exist; "
                                                        + "the document is kept without a date",
                                                     hint: "fix the dateline or pass --date YYYY-MM-DD"))
            case .none: break
            }
        }
        result.documents.append(Document(id: input.stem, date: date, source: cleaned.source, text: cleaned.text,
                                         origin: input.name))
        return result
    }

    private func longestLine(_ bytes: [UInt8]) -> (line: Int, length: Int)? {
        var best: (Int, Int)?
        var line = 1, start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            if i - start > (best?.1 ?? 0) { best = (line, i - start) }
            line += 1
            start = i + 1
        }
        if bytes.count - start > (best?.1 ?? 0) { best = (line, bytes.count - start) }
        return best
    }
}
