import DyadCore

/// The work of `PetrarchXMLReader` on one input: cuts it at each `<Sentence` (outside comments), reads each record
/// on its own so a broken one cannot take its neighbours down, and reads the `<Environment>` and `<Config>`
/// elements between records.
struct PetrarchFileParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let input: InputBytes
    let options: ReaderOptions
    var locator: SourceLocator
    /// `<Config>` options set so far.
    var config: [String: String] = [:]
    /// `<Environment>` settings read so far.
    var environment: [String: String] = [:]
    var records: [PetrarchRecord] = []
    var diagnostics: [Diagnostic] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, input: InputBytes, options: ReaderOptions) {
        self.bytes = bytes
        self.input = input
        self.options = options
        self.locator = SourceLocator(bytes, file: input.name)
    }

    /// Reads the whole input.
    mutating func run() {
        let starts = recordStarts()
        readBetweenRecords(0..<(starts.first ?? bytes.count))
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
            if let resume = readSentence(start..<end), resume < end { readBetweenRecords(resume..<end) }
        }
        guard starts.isEmpty else { return }
        let blank = ByteScan.trimmed(bytes, 0..<bytes.count).isEmpty
        diagnostics.append(Diagnostic(
            blank ? .warning : .error, at: SourceLocation(file: input.name),
            blank ? "input is empty: no <Sentence> records" : "no <Sentence> records found in the input",
            hint: blank ? nil : "PETRARCH input holds <Sentence date=\"YYYYMMDD\" id=\"…\"><Text>…</Text></Sentence>"))
    }

    /// Offsets of every `<Sentence` tag outside comments and CDATA.
    private mutating func recordStarts() -> [Int] {
        var starts: [Int] = []
        var index = 0
        let end = bytes.count
        while index < end {
            guard bytes[index] == ByteScan.lessThan else {
                index += 1
                continue
            }
            if ByteScan.hasPrefixIgnoringCase(bytes, at: index, end: end, "<!--") {
                guard let close = ByteScan.find("-->", in: bytes, from: index + 4, end: end) else {
                    // Never closed: the record reader reports it; look for records after it all the same.
                    index += 4
                    continue
                }
                if ByteScan.findIgnoringCase("<sentence", in: bytes, from: index + 4, end: close) != nil,
                   ByteScan.findIgnoringCase("</sentence", in: bytes, from: index + 4, end: close) != nil {
                    diagnostics.append(locator.diagnostic(
                        .warning, at: index, "a comment holds a <Sentence> record, which is not read",
                        hint: "close the comment before the record if the record should be read"))
                }
                index = close + 3
            } else if ByteScan.hasPrefixIgnoringCase(bytes, at: index, end: end, "<![cdata[") {
                index = ByteScan.find("]]>", in: bytes, from: index + 9, end: end).map { $0 + 3 } ?? end
            } else if ByteScan.hasPrefixIgnoringCase(bytes, at: index, end: end, "<sentence"),
                      index + 9 < end, ByteScan.isSpace(bytes[index + 9]) || bytes[index + 9] == ByteScan.greaterThan
                        || bytes[index + 9] == ByteScan.slash {
                starts.append(index)
                index += 9
            } else {
                index += 1
            }
        }
        return starts
    }

    /// Reads the material outside records: `<Environment>`, `<Config>`, comments and the `<Validation>` and
    /// `<Sentences>` containers.
    mutating func readBetweenRecords(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if TextDecoding.firstProblem(in: bytes, range) != nil {
            diagnostics.append(TextDecoding.failure(bytes, range, locator: &locator, skipping: "text between records"))
            return
        }
        var scanner = MarkupScanner(bytes, range: range)
        var strayText: Int?
        while let token = scanner.next() {
            switch token {
            case .text(let text):
                if strayText == nil, !ByteScan.trimmed(bytes, text).isEmpty { strayText = text.lowerBound }
            case .comment(let content, let closed):
                if !closed {
                    unclosed("comment", opened: content.lowerBound - 4, stoppedAt: scanner.position,
                             skipping: "text up to the next record")
                }
            case .cdata(let content, let closed):
                if !closed {
                    unclosed("CDATA section", opened: content.lowerBound - 9, stoppedAt: scanner.position,
                             skipping: "text up to the next record")
                }
            case .declaration, .endTag:
                break
            case .startTag(let tag):
                if let problem = tag.problem {
                    report(problem, in: tag, skipping: "element")
                } else if isNamed(tag, "config") {
                    readConfig(tag, scanner: &scanner)
                } else if isNamed(tag, "environment"), !tag.selfClosing {
                    readEnvironment(scanner: &scanner, opened: tag)
                }
            }
        }
        if let strayText {
            diagnostics.append(locator.diagnostic(
                .warning, at: strayText, "text outside any <Sentence> ignored",
                hint: "put sentence text inside <Sentence …><Text>…</Text></Sentence>"))
        }
    }

    private mutating func readEnvironment(scanner: inout MarkupScanner, opened: MarkupTag) {
        while let token = scanner.next() {
            switch token {
            case .startTag(let tag):
                if let problem = tag.problem {
                    report(problem, in: tag, skipping: "element")
                } else if isNamed(tag, "config") {
                    readConfig(tag, scanner: &scanner)
                } else if !tag.selfClosing, let text = readElement(tag, scanner: &scanner, mode: .collapse) {
                    environment[ByteScan.string(bytes, tag.name)] = String(decoding: text, as: UTF8.self)
                }
            case .endTag(let tag):
                if isNamed(tag, "environment") { return }
            case .comment(let content, let closed):
                if !closed {
                    unclosed("comment", opened: content.lowerBound - 4, stoppedAt: scanner.position,
                             skipping: "rest of <Environment>")
                }
            default:
                break
            }
        }
        unclosed("<Environment>", opened: opened.range.lowerBound, stoppedAt: scanner.position,
                 skipping: "rest of <Environment>")
    }

    /// Applies a `<Config option="…" value="…">` and skips to its end tag.
    mutating func readConfig(_ tag: MarkupTag, scanner: inout MarkupScanner) {
        let option = scanner.attribute("option").map { decoded($0) }
        let value = scanner.attribute("value").map { decoded($0) }
        if !tag.selfClosing { _ = readElement(tag, scanner: &scanner, mode: .skip) }
        guard let option, let value else {
            diagnostics.append(locator.diagnostic(
                .warning, at: tag.range.lowerBound, "<Config> without option= and value= ignored",
                hint: "write <Config option=\"name\" value=\"setting\"></Config>"))
            return
        }
        config[option] = value
    }

    /// How `readElement` treats an element's content.
    enum ContentMode {
        /// Text with whitespace runs collapsed (`<Text>`).
        case collapse
        /// Text as written, references decoded (`<Parse>`).
        case raw
        /// Any content, dropped.
        case skip
    }

    /// Reads the content of the element `tag` opened, through its end tag. Returns the text (empty for `.skip`), or
    /// `nil` after reporting an error when the element is malformed or not closed.
    mutating func readElement(_ tag: MarkupTag, scanner: inout MarkupScanner, mode: ContentMode) -> [UInt8]? {
        var collapsed = CollapsedText()
        var raw: [UInt8] = []
        var depth = 1
        let name = ByteScan.string(bytes, tag.name)
        while let token = scanner.next() {
            switch token {
            case .text(let text):
                switch mode {
                case .collapse: collapsed.append(bytes, text, entities: .xml)
                case .raw: MarkupEntities.appendDecoded(bytes, text, dialect: .xml, to: &raw)
                case .skip: break
                }
            case .cdata(let content, let closed):
                guard closed else {
                    unclosed("CDATA section", opened: content.lowerBound - 9, stoppedAt: scanner.position)
                    return nil
                }
                if mode == .collapse { collapsed.append(bytes, content, entities: nil) }
                if mode == .raw { raw.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[content])) }
            case .comment(let content, let closed):
                guard closed else {
                    unclosed("comment", opened: content.lowerBound - 4, stoppedAt: scanner.position)
                    return nil
                }
            case .declaration:
                break
            case .startTag(let inner):
                guard mode == .skip else {
                    error(at: inner.range.lowerBound,
                          "unexpected <\(ByteScan.string(bytes, inner.name))> inside <\(name)>",
                          hint: "text may not hold markup; write &lt; for a literal '<'")
                    return nil
                }
                if let problem = inner.problem {
                    report(problem, in: inner, skipping: "record")
                    return nil
                }
                if !inner.selfClosing { depth += 1 }
            case .endTag(let end):
                depth -= 1
                if depth > 0 { continue }
                guard ByteScan.equalsIgnoringCase(bytes, end.name, name.lowercased()) else {
                    error(at: end.range.lowerBound,
                          "<\(name)> opened at line \(locator.line(of: tag.range.lowerBound)) is closed by "
                            + "</\(ByteScan.string(bytes, end.name))>",
                          hint: "close <\(name)> with </\(name)>")
                    return nil
                }
                return mode == .collapse ? collapsed.bytes : raw
            }
        }
        unclosed("<\(name)>", opened: tag.range.lowerBound, stoppedAt: scanner.position)
        return nil
    }

    // MARK: - Helpers

    func isNamed(_ tag: MarkupTag, _ lowercase: String) -> Bool {
        ByteScan.equalsIgnoringCase(bytes, tag.name, lowercase)
    }

    func decoded(_ range: Range<Int>) -> String { MarkupEntities.decodedString(bytes, range, dialect: .xml) }

    mutating func error(at offset: Int, _ message: String, hint: String?) {
        diagnostics.append(locator.diagnostic(.error, at: offset, message, hint: hint))
    }

    /// Reports something opened at `opened` that is still open where reading stopped (the next record or the end).
    mutating func unclosed(_ what: String, opened: Int, stoppedAt: Int, skipping skipped: String = "record") {
        let end = stoppedAt >= bytes.count ? "the end of the file" : "the next <Sentence>"
        error(at: opened, "\(what) is not closed before \(end); \(skipped) skipped",
              hint: "add the missing end tag; the file may be truncated")
    }

    /// Reports a malformed tag.
    mutating func report(_ problem: MarkupProblem, in tag: MarkupTag, skipping what: String) {
        let name = ByteScan.string(bytes, tag.name)
        let message: String
        switch problem.kind {
        case .unquotedValue: message = "attribute value in <\(name)> is not quoted"
        case .missingValue: message = "attribute in <\(name)> has no value"
        case .unterminatedQuote: message = "bad attribute quoting in <\(name)>: a quote is not closed"
        case .junkAfterValue: message = "bad attribute quoting in <\(name)>: text follows a closing quote"
        case .badAttributeName: message = "bad attribute quoting in <\(name)>: quote or '/' in an attribute name"
        case .unclosedTag: message = "<\(name)> tag is not closed with '>'"
        }
        error(at: problem.offset, "\(message); \(what) skipped", hint: "write attributes as name=\"value\"")
    }
}
