import DyadCore

extension PetrarchFileParser {
    /// What a `<Sentence>` holds besides its attributes.
    private struct Contents {
        var text: [UInt8]?
        var parse: String?
        var codings: [PetrarchRecord.Coding] = []
        var noEvents = false
        var expectedError: String?
        var skip = false
        var warnedStrayText = false
        /// A `#` ends the text before the next tag: that element is commented out (PETRARCH 1 files).
        var hashBeforeNextTag = false
    }

    /// Reads the record in `segment` (which starts at `<Sentence`). Returns where the material after its
    /// `</Sentence>` starts, or `nil` when the record has no end tag.
    mutating func readSentence(_ segment: Range<Int>) -> Int? {
        let start = segment.lowerBound
        let line = locator.line(of: start)
        guard isReadable(segment) else { return endOfRecord(in: segment) }
        var scanner = MarkupScanner(bytes, range: segment)
        guard case .startTag(let open)? = scanner.next() else { return endOfRecord(in: segment) }
        if let problem = open.problem {
            report(problem, in: open, skipping: "record")
            return endOfRecord(in: segment)
        }
        var attributes: [String: String] = [:]
        for attribute in scanner.attributes {
            attributes[ByteScan.string(bytes, attribute.name)] = decoded(attribute.value)
        }
        let date = scanner.attribute("date")
        let id = scanner.attribute("id")
        var contents = Contents()
        if !open.selfClosing {
            guard readChildren(of: open, scanner: &scanner, into: &contents) else { return endOfRecord(in: segment) }
        }
        addRecord(contents, attributes: attributes, date: date, id: id, start: start, line: line)
        return open.selfClosing ? open.range.upperBound : scanner.position
    }

    /// Whether the record in `segment` is within the size limits and is text; reports it when not.
    private mutating func isReadable(_ segment: Range<Int>) -> Bool {
        // The segment runs to the next record; only when it fails a check does the record's own extent matter.
        func extent() -> Range<Int> { segment.lowerBound..<(endOfRecord(in: segment) ?? segment.upperBound) }
        if segment.count > options.maxRecordBytes, extent().count > options.maxRecordBytes {
            error(at: segment.lowerBound, "record is \(extent().count) bytes, more than the \(options.maxRecordBytes)-"
                  + "byte limit; record skipped", hint: "raise the record size limit if the record is genuine")
            return false
        }
        if TextDecoding.firstProblem(in: bytes, segment) != nil, TextDecoding.firstProblem(in: bytes, extent()) != nil {
            diagnostics.append(TextDecoding.failure(bytes, extent(), locator: &locator, skipping: "record"))
            return false
        }
        if segment.count > options.maxLineBytes, let long = firstLongLine(in: extent()) {
            error(at: long, "line is longer than \(options.maxLineBytes) bytes; record skipped",
                  hint: "raise the line length limit if the line is genuine")
            return false
        }
        return true
    }

    /// Checks what was read of a record and adds it, or reports why it cannot be added.
    private mutating func addRecord(
        _ contents: Contents, attributes: [String: String], date dateValue: Range<Int>?, id idValue: Range<Int>?,
        start: Int, line: Int
    ) {
        guard let text = sentenceText(contents, start: start) else { return }
        var date = options.defaultDate
        if let dateValue {
            let written = decoded(dateValue)
            guard let parsed = CalendarDate(iso: written) else {
                let isDigits = written.utf8.count == 8 && written.utf8.allSatisfy(ByteScan.isDigit)
                error(at: dateValue.lowerBound,
                      isDigits ? "date '\(written)' is not a real day; record skipped"
                        : "date '\(written)' is not in YYYYMMDD form; record skipped",
                      hint: "write the date as YYYYMMDD, for example date=\"19950101\"")
                return
            }
            date = parsed
        } else {
            diagnostics.append(locator.diagnostic(
                .warning, at: start, "<Sentence> has no date=" + (date == nil ? "" : "; the default date is used"),
                hint: "add date=\"YYYYMMDD\""))
        }
        var id = idValue.map { decoded($0) } ?? ""
        if id.isEmpty {
            id = "\(input.stem)-\(line)"
            diagnostics.append(locator.diagnostic(
                .warning, at: start, "<Sentence> has no id=; it is called \(id)", hint: "add id=\"…\""))
        }
        let cleaned = PageFurniture().clean(text)
        // A one-line sentence that is all "furniture" (say, "Reuters") is still the sentence.
        let keep = !cleaned.text.isEmpty
        let document = Document(
            id: id, date: date, source: (keep ? cleaned.source : nil) ?? attributes["source"],
            text: keep ? cleaned.text : text, origin: "\(input.name):\(line)")
        records.append(PetrarchRecord(
            document: document, expectedCodings: contents.codings, noEvents: contents.noEvents,
            expectedError: contents.expectedError, skip: contents.skip, parse: contents.parse,
            attributes: attributes, config: config, environment: environment, line: line))
    }

    /// The record's text: its `<Text>`, or when that is empty the sentence its `<Parse>` spells (PETRARCH codes from
    /// the parse, so only the display text was missing). `nil` after reporting an error.
    private mutating func sentenceText(_ contents: Contents, start: Int) -> String? {
        guard let text = contents.text else {
            error(at: start, "<Sentence> has no <Text>; record skipped", hint: "give the record its sentence: <Text>…</Text>")
            return nil
        }
        if !text.isEmpty { return String(decoding: text, as: UTF8.self) }
        let rebuilt = contents.parse.map(PennTreebankText.sentence(fromParse:)) ?? ""
        guard !rebuilt.isEmpty else {
            error(at: start, "<Text> of <Sentence> is empty and there is no <Parse>; record skipped",
                  hint: "give the record its sentence: <Text>…</Text>")
            return nil
        }
        diagnostics.append(locator.diagnostic(
            .warning, at: start, "<Text> of <Sentence> is empty; the text is rebuilt from <Parse>",
            hint: "give the record its sentence: <Text>…</Text>"))
        return rebuilt
    }

    /// Reads the children of `<Sentence>` through `</Sentence>`; `false` after reporting an error.
    private mutating func readChildren(
        of open: MarkupTag, scanner: inout MarkupScanner, into contents: inout Contents
    ) -> Bool {
        while let token = scanner.next() {
            switch token {
            case .text(let text):
                let content = ByteScan.trimmed(bytes, text)
                if !content.isEmpty, bytes[content.upperBound - 1] == UInt8(ascii: "#"), isOwnLine(content) {
                    contents.hashBeforeNextTag = true
                } else if !contents.warnedStrayText, !content.isEmpty {
                    contents.warnedStrayText = true
                    diagnostics.append(locator.diagnostic(
                        .warning, at: ByteScan.trimmed(bytes, text).lowerBound,
                        "text in <Sentence> outside <Text> ignored", hint: "move it inside <Text>…</Text>"))
                }
            case .comment(let content, let closed):
                guard closed else {
                    unclosed("comment", opened: content.lowerBound - 4, stoppedAt: scanner.position)
                    return false
                }
            case .cdata(let content, let closed):
                guard closed else {
                    unclosed("CDATA section", opened: content.lowerBound - 9, stoppedAt: scanner.position)
                    return false
                }
            case .declaration:
                break
            case .startTag(let tag):
                if contents.hashBeforeNextTag {
                    contents.hashBeforeNextTag = false
                    diagnostics.append(locator.diagnostic(
                        .warning, at: tag.range.lowerBound,
                        "<\(ByteScan.string(bytes, tag.name))> after '#' is commented out and ignored",
                        hint: "delete the line, or wrap it in <!-- -->"))
                    guard tag.selfClosing || readElement(tag, scanner: &scanner, mode: .skip) != nil else { return false }
                    continue
                }
                guard readChild(tag, scanner: &scanner, into: &contents) else { return false }
            case .endTag(let tag):
                if isNamed(tag, "sentence") { return true }
                error(at: tag.range.lowerBound,
                      "unexpected </\(ByteScan.string(bytes, tag.name))> in <Sentence>; record skipped",
                      hint: "check that every element in the record is opened and closed in order")
                return false
            }
        }
        unclosed("<Sentence>", opened: open.range.lowerBound, stoppedAt: scanner.position)
        return false
    }

    private mutating func readChild(_ tag: MarkupTag, scanner: inout MarkupScanner, into contents: inout Contents) -> Bool {
        if let problem = tag.problem {
            report(problem, in: tag, skipping: "record")
            return false
        }
        let name = PackedName(bytes, tag.name, lowercased: true)
        if name == Self.configName {
            readConfig(tag, scanner: &scanner)
            return true
        }
        if name == Self.eventCodingName { readCoding(tag, scanner: scanner, into: &contents) }
        if name == Self.skipName { contents.skip = true }
        let mode: ContentMode = name == Self.textName ? .collapse : name == Self.parseName ? .raw : .skip
        if mode == .skip, name != Self.eventCodingName, name != Self.skipName {
            diagnostics.append(locator.diagnostic(
                .warning, at: tag.range.lowerBound,
                "unknown element <\(ByteScan.string(bytes, tag.name))> in <Sentence> ignored", hint: nil))
        }
        var content: [UInt8] = []
        if !tag.selfClosing {
            guard let read = readElement(tag, scanner: &scanner, mode: mode) else { return false }
            content = read
        }
        switch mode {
        case .collapse:
            if contents.text == nil {
                contents.text = content
            } else {
                diagnostics.append(locator.diagnostic(
                    .warning, at: tag.range.lowerBound, "second <Text> in <Sentence> ignored", hint: nil))
            }
        case .raw:
            if contents.parse == nil { contents.parse = String(decoding: content, as: UTF8.self) }
        case .skip:
            break
        }
        return true
    }

    private static let configName = PackedName("config")
    private static let eventCodingName = PackedName("eventcoding")
    private static let skipName = PackedName("skip")
    private static let textName = PackedName("text")
    private static let parseName = PackedName("parse")

    /// Reads the expectation of an `<EventCoding>` from its attributes.
    private mutating func readCoding(_ tag: MarkupTag, scanner: MarkupScanner, into contents: inout Contents) {
        let source = scanner.attribute("sourcecode").map { decoded($0) }
        let target = scanner.attribute("targetcode").map { decoded($0) }
        let event = scanner.attribute("eventcode").map { decoded($0) }
        if let noEvents = scanner.attribute("noevents") {
            contents.noEvents = decoded(noEvents).lowercased() == "true"
        }
        if let error = scanner.attribute("error") { contents.expectedError = decoded(error) }
        if let source, let target, let event {
            contents.codings.append((source: source, target: target, event: event))
        } else if source != nil || target != nil || event != nil {
            diagnostics.append(locator.diagnostic(
                .warning, at: tag.range.lowerBound,
                "<EventCoding> needs sourcecode=, targetcode= and eventcode=; coding ignored",
                hint: "write all three codes, or noevents=\"True\""))
        }
    }

    /// Whether `range` holds no line break and only whitespace stands before it on its line.
    private func isOwnLine(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index > 0, bytes[index - 1] != ByteScan.newline {
            if !ByteScan.isSpace(bytes[index - 1]) { return false }
            index -= 1
        }
        return ByteScan.find("\n", in: bytes, from: range.lowerBound, end: range.upperBound) == nil
    }

    /// The offset just after the record's `</Sentence>`, found by a plain search.
    private func endOfRecord(in segment: Range<Int>) -> Int? {
        guard let close = ByteScan.findIgnoringCase("</sentence", in: bytes, from: segment.lowerBound,
                                                    end: segment.upperBound),
              let end = ByteScan.find(">", in: bytes, from: close, end: segment.upperBound) else { return nil }
        return end + 1
    }

    /// Offset of the first line in `range` longer than the limit.
    private func firstLongLine(in range: Range<Int>) -> Int? {
        guard range.count > options.maxLineBytes else { return nil }
        var lineStart = range.lowerBound
        for index in range where bytes[index] == ByteScan.newline {
            if index - lineStart > options.maxLineBytes { return lineStart }
            lineStart = index + 1
        }
        return range.upperBound - lineStart > options.maxLineBytes ? lineStart : nil
    }
}
