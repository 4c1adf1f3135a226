import DyadCore

/// The work of `TabariReader` on one input: splits it into records at blank lines, reads each header, and hands
/// the body lines to the comment-aware body reader.
struct TabariParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let input: InputBytes
    let options: ReaderOptions
    var locator: SourceLocator
    var records: [TabariRecord] = []
    var diagnostics: [Diagnostic] = []

    /// A header's parts.
    struct Header {
        var date: CalendarDate
        var id: String
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>, input: InputBytes, options: ReaderOptions) {
        self.bytes = bytes
        self.input = input
        self.options = options
        self.locator = SourceLocator(bytes, file: input.name)
    }

    /// Reads the whole input.
    mutating func run() {
        var lines: [Range<Int>] = []
        var index = 0
        var sawText = false
        while index < bytes.count {
            let line = nextLine(from: &index)
            if isBlank(line) {
                if !lines.isEmpty { readRecord(lines) }
                lines.removeAll(keepingCapacity: true)
            } else if lines.isEmpty, bytes[line.lowerBound] == UInt8(ascii: "#") {
                continue
            } else {
                lines.append(line)
                sawText = true
            }
        }
        if !lines.isEmpty { readRecord(lines) }
        if !sawText {
            diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: input.name),
                bytes.isEmpty ? "input is empty: no TABARI records" : "no TABARI records: only blank and # lines"))
        }
    }

    /// The next line's content (line break and trailing carriage return excluded), advancing `index` past it.
    private func nextLine(from index: inout Int) -> Range<Int> {
        let start = index
        var end = start
        while end < bytes.count, bytes[end] != ByteScan.newline { end += 1 }
        index = end + 1
        if end > start, bytes[end - 1] == ByteScan.carriageReturn { end -= 1 }
        return start..<end
    }

    private func isBlank(_ line: Range<Int>) -> Bool {
        for index in line where !ByteScan.isSpace(bytes[index]) { return false }
        return true
    }

    /// Reads one record: its header line and body lines.
    private mutating func readRecord(_ lines: [Range<Int>]) {
        let extent = lines[0].lowerBound..<lines[lines.count - 1].upperBound
        let line = locator.line(of: extent.lowerBound)
        guard extent.count <= options.maxRecordBytes else {
            error(at: extent.lowerBound, "record is \(extent.count) bytes, more than the \(options.maxRecordBytes)-byte "
                  + "limit; record skipped", hint: "raise the record size limit if the record is genuine")
            return
        }
        if let problem = TextDecoding.firstProblem(in: bytes, extent) {
            guard isStrayControl(at: problem, in: extent) else {
                diagnostics.append(TextDecoding.failure(bytes, extent, locator: &locator, skipping: "record"))
                return
            }
            // TABARI's own validation file has tables laid out with 0x1A: text with stray control characters is
            // still text; NUL bytes or broken UTF-8 mean binary.
            diagnostics.append(locator.diagnostic(
                .warning, at: problem,
                "control character 0x\(String(bytes[problem], radix: 16, uppercase: true)) in the record; "
                    + "control characters are read as spaces",
                hint: "remove non-printing characters from the text"))
        }
        if let long = lines.first(where: { $0.count > options.maxLineBytes }) {
            error(at: long.lowerBound, "line is longer than \(options.maxLineBytes) bytes; record skipped",
                  hint: "raise the line length limit if the line is genuine")
            return
        }
        guard let header = readHeader(lines[0]) else { return }
        var body = TabariRecordBody()
        for bodyLine in lines.dropFirst() { body.read(line: bodyLine, in: bytes) }
        body.finish(in: bytes)
        for warning in body.warnings {
            diagnostics.append(locator.diagnostic(.warning, at: warning.offset, warning.message, hint: warning.hint))
        }
        let text = body.text.string
        guard !text.isEmpty else {
            error(at: extent.lowerBound, "record \(header.id) has no text outside comments; record skipped",
                  hint: "put the story on the lines after the header")
            return
        }
        let cleaned = PageFurniture().clean(text)
        let keep = !cleaned.text.isEmpty
        let document = Document(id: header.id, date: header.date, source: keep ? cleaned.source : nil,
                                text: keep ? cleaned.text : text, origin: "\(input.name):\(line)")
        records.append(TabariRecord(
            document: document, expectedEvents: body.expectedEvents, disabledEvents: body.disabledEvents,
            expectsNoEvents: body.expectsNoEvents, expectsDiscard: body.expectsDiscard,
            skipsValidation: body.skipsValidation, options: body.options,
            optionLocations: body.optionOffsets.map { locator.location(of: $0) }, comments: body.comments, line: line))
    }

    /// Whether the problem `TextDecoding` found at `offset` is a control character in otherwise clean text (valid
    /// UTF-8 without NUL bytes).
    private func isStrayControl(at offset: Int, in extent: Range<Int>) -> Bool {
        guard bytes[offset] < 0x20, bytes[offset] != 0 else { return false }
        let slice = UnsafeBufferPointer(rebasing: bytes[extent])
        return TextDecoding.firstInvalidUTF8(slice) == nil && !slice.contains(0)
    }

    /// Reads a header line `DATE ID`; `nil` after reporting an error.
    private mutating func readHeader(_ line: Range<Int>) -> Header? {
        var index = line.lowerBound
        while index < line.upperBound, ByteScan.isDigit(bytes[index]) { index += 1 }
        let digits = line.lowerBound..<index
        let hint = "a record starts with a header line: the date YYMMDD (or YYYYMMDD), a space, the id"
        guard digits.count >= 6 else {
            error(at: line.lowerBound, "record header does not start with a date; record skipped", hint: hint)
            return nil
        }
        guard digits.count <= 9 else {
            error(at: line.lowerBound, "record date has \(digits.count) digits; record skipped", hint: hint)
            return nil
        }
        if index < line.upperBound, !ByteScan.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "*") {
            error(at: index, "record header has no space between the date and the id; record skipped", hint: hint)
            return nil
        }
        let width = digits.count == 6 || digits.count == 7 ? 6 : 8
        var value = 0
        for k in digits.lowerBound..<(digits.lowerBound + width) { value = value * 10 + Int(bytes[k] - 0x30) }
        let year = width == 6 ? TabariReader.year(fromTwoDigits: value / 10000) : value / 10000
        let written = ByteScan.string(bytes, digits.lowerBound..<(digits.lowerBound + width))
        guard let date = CalendarDate(year: year, month: value / 100 % 100, day: value % 100) else {
            error(at: line.lowerBound, "record date \(written) is not a real day; record skipped",
                  hint: "write the date as YYMMDD (00–29 are 20xx, 30–99 are 19xx) or YYYYMMDD")
            return nil
        }
        if digits.count != width {
            diagnostics.append(locator.diagnostic(
                .warning, at: digits.lowerBound + width,
                "record date has \(digits.count) digits; read as \(written) (\(date)), the rest ignored",
                hint: "write the date as YYMMDD or YYYYMMDD"))
        }
        return Header(date: date, id: readID(line, from: index, date: digits))
    }

    /// The id: the rest of the header line with whitespace runs made single spaces (a repeated date dropped).
    private mutating func readID(_ line: Range<Int>, from start: Int, date: Range<Int>) -> String {
        var index = start
        while index < line.upperBound, ByteScan.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "*") {
            index += 1
        }
        // "950101  950101  AGENTS-11": the date written twice.
        let repeated = index..<min(index + date.count, line.upperBound)
        if repeated.count == date.count, repeated.indices.allSatisfy({ bytes[$0] == bytes[date.lowerBound + $0 - index] }),
           repeated.upperBound < line.upperBound, ByteScan.isSpace(bytes[repeated.upperBound]) {
            diagnostics.append(locator.diagnostic(
                .warning, at: index, "record header repeats its date; the second one is ignored", hint: nil))
            index = repeated.upperBound
        }
        var id = CollapsedText()
        id.append(bytes, index..<line.upperBound, entities: nil)
        if id.isEmpty {
            let made = "\(input.stem)-\(locator.line(of: line.lowerBound))"
            diagnostics.append(locator.diagnostic(
                .warning, at: line.lowerBound, "record header has no id; it is called \(made)",
                hint: "write the id after the date: 950114 REU-0001-01"))
            return made
        }
        return id.string
    }

    private mutating func error(at offset: Int, _ message: String, hint: String?) {
        diagnostics.append(locator.diagnostic(.error, at: offset, message, hint: hint))
    }
}
