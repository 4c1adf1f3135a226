import DyadCore

/// Reads the article text of a web page: the headline and the body paragraphs, without navigation, share and comment
/// widgets, scripts, forms and other page furniture.
///
/// The text comes from the page's `<article>` (or its `itemprop="articleBody"`, `article-body`, `story-body` or
/// `entry-content` element) when it has one, else from the body minus the dropped parts. The headline (`<h1>`, else
/// `<title>`) is the title and the first paragraph; captions are paragraphs of their own; paragraphs are separated
/// by a blank line. The date comes from `article:published_time`, `<meta name="date">` or `<time datetime>`, else
/// `ReaderOptions.defaultDate`; the URL from `<link rel="canonical">` or `og:url`; the source from a trailing
/// "Source:" line, else `og:site_name`.
public struct HTMLReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads the one document of a page.
    public func read(_ input: InputBytes, options: ReaderOptions) -> ReadResult {
        var result = ReadResult()
        guard input.bytes.count <= options.maxRecordBytes else {
            result.diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: input.name),
                "page is \(input.bytes.count) bytes, more than the \(options.maxRecordBytes)-byte limit; page skipped",
                hint: "raise the record size limit if the page is genuine"))
            return result
        }
        guard let bytes = decodedBytes(input, diagnostics: &result.diagnostics) else { return result }
        bytes.withUnsafeBufferPointer { buffer in
            var extractor = HTMLExtractor(buffer)
            let page = extractor.run()
            var locator = SourceLocator(buffer, file: input.name)
            if let document = document(from: page, input: input, options: options, locator: &locator,
                                       diagnostics: &result.diagnostics) {
                result.documents.append(document)
            }
        }
        return result
    }

    /// The input as UTF-8, transcoded from Windows-1252 when the page declares that (or Latin-1) and is not UTF-8;
    /// `nil`, with an error, when it is neither.
    private func decodedBytes(_ input: InputBytes, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        let (invalid, control, charset) = input.bytes.withUnsafeBufferPointer { buffer in
            (TextDecoding.firstInvalidUTF8(buffer), TextDecoding.firstBinaryControl(buffer),
             HTMLCharset.declared(in: buffer))
        }
        let whole = 0..<input.bytes.count
        if control != nil {
            diagnostics.append(TextDecoding.failure(input.bytes, whole, in: input.name, skipping: "page"))
            return nil
        }
        guard let invalid else { return input.bytes }
        guard let charset, HTMLCharset.isWindows1252(charset) else {
            diagnostics.append(TextDecoding.failure(input.bytes, whole, in: input.name, skipping: "page"))
            return nil
        }
        let location = input.bytes.withUnsafeBufferPointer { buffer in
            var locator = SourceLocator(buffer, file: input.name)
            return locator.location(of: invalid)
        }
        diagnostics.append(Diagnostic(
            .warning, at: location,
            "page is not UTF-8 and declares charset=\(charset); decoded as Windows-1252",
            hint: "serve or save the page as UTF-8 to avoid guessing"))
        return HTMLCharset.windows1252ToUTF8(input.bytes)
    }

    private func document(
        from page: HTMLPage, input: InputBytes, options: ReaderOptions, locator: inout SourceLocator,
        diagnostics: inout [Diagnostic]
    ) -> Document? {
        let (headline, body) = page.article()
        let cleaned = PageFurniture().clean(body.joined(separator: "\n\n"))
        guard cleaned.text.contains(where: { !$0.isWhitespace }) else {
            diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: input.name), "no article text found in the page; page skipped",
                hint: "check that the file is an article page and not an index, a redirect or a script-built page"))
            return nil
        }
        let (date, problems) = page.publicationDate()
        for problem in problems {
            diagnostics.append(locator.diagnostic(.warning, at: problem.offset, problem.message,
                                                  hint: "the date must be a real day written YYYY-MM-DD"))
        }
        // The page's text is ours (offsets refer to it, not to the markup): furniture blanked out between
        // paragraphs is dropped, and one blank line separates paragraphs.
        var kept = cleaned.text.split(separator: "\n").filter { $0.contains { !$0.isWhitespace } }.map(String.init)
        if let headline { kept.insert(headline, at: 0) }
        let text = kept.joined(separator: "\n\n")
        return Document(
            id: input.stem, date: date ?? options.defaultDate, source: cleaned.source ?? page.siteName,
            url: page.url, title: headline, text: text, origin: input.name)
    }
}
