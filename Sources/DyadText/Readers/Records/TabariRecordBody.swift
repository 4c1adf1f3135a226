/// The lines of a TABARI record after its header: the text outside `/* … */` comments, and the validation
/// expectations written in `{ … }` inside them.
struct TabariRecordBody {
    /// Something odd but readable, and where.
    struct Warning {
        var offset: Int
        var message: String
        var hint: String?
    }

    private enum Piece {
        case text(Range<Int>)
        case lineBreak
    }

    private var pieces: [Piece] = []
    /// Where a stretch of a comment's bytes came from: from `at` on, they are the input's bytes from `source` on.
    private typealias Segment = (at: Int, source: Int)
    /// The open comment's bytes so far, where it opened, and where its bytes came from.
    private var openComment: (bytes: [UInt8], offset: Int, segments: [Segment])?
    /// `pieces.count` when the last comment closed.
    private var piecesAtLastComment: Int?

    /// The text, once `finish()` has run.
    private(set) var text = CollapsedText()
    private(set) var comments: [String] = []
    private(set) var expectedEvents: [TabariRecord.Event] = []
    private(set) var disabledEvents: [TabariRecord.Event] = []
    private(set) var expectsNoEvents = false
    private(set) var expectsDiscard = false
    private(set) var skipsValidation = false
    private(set) var options: [String] = []
    /// Where each of `options` starts in the input (byte offsets).
    private(set) var optionOffsets: [Int] = []
    private(set) var warnings: [Warning] = []

    /// Reads one body line.
    mutating func read(line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        var index = line.lowerBound
        while index < line.upperBound {
            if openComment != nil {
                openComment!.segments.append((openComment!.bytes.count, index))
                if let close = ByteScan.find("*/", in: bytes, from: index, end: line.upperBound) {
                    openComment!.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<close]))
                    closeComment()
                    index = close + 2
                } else {
                    openComment!.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<line.upperBound]))
                    openComment!.bytes.append(ByteScan.newline)
                    index = line.upperBound
                }
                continue
            }
            let open = ByteScan.find("/*", in: bytes, from: index, end: line.upperBound)
            let close = ByteScan.find("*/", in: bytes, from: index, end: open ?? line.upperBound)
            if let close {
                if close > index { pieces.append(.text(index..<close)) }
                strayClose(at: close, in: bytes)
                index = close + 2
            } else if let open {
                if open > index { pieces.append(.text(index..<open)) }
                openComment = ([], open, [])
                index = open + 2
            } else {
                pieces.append(.text(index..<line.upperBound))
                index = line.upperBound
            }
        }
        pieces.append(.lineBreak)
    }

    /// Closes a comment left open and builds the text.
    mutating func finish(in bytes: UnsafeBufferPointer<UInt8>) {
        if let open = openComment {
            warnings.append(Warning(
                offset: open.offset, message: "comment is not closed before the blank line that ends the record; "
                    + "closed there", hint: "end the comment with */"))
            if open.bytes.last == ByteScan.newline { openComment!.bytes.removeLast() }
            closeComment()
        }
        for piece in pieces {
            guard case .text(let range) = piece else {
                text.breakWord()
                continue
            }
            // TABARI's literal "\n" marks a line break.
            var start = range.lowerBound
            var index = range.lowerBound
            while index + 1 < range.upperBound {
                if bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "n") {
                    text.append(bytes, start..<index, entities: nil)
                    text.breakWord()
                    index += 2
                    start = index
                } else {
                    index += 1
                }
            }
            text.append(bytes, start..<range.upperBound, entities: nil)
        }
    }

    /// A `*/` with no comment open: when a comment closed earlier in the record, the author closed it twice (the
    /// lines between are more of it); otherwise the marker is ignored.
    private mutating func strayClose(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        guard let since = piecesAtLastComment, !comments.isEmpty else {
            warnings.append(Warning(offset: offset, message: "'*/' without an opening '/*' ignored",
                                    hint: "open the comment with /*"))
            return
        }
        var moved: [UInt8] = []
        var segments: [Segment] = []
        for piece in pieces[since...] {
            switch piece {
            case .text(let range):
                segments.append((moved.count, range.lowerBound))
                moved.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
            case .lineBreak: moved.append(ByteScan.newline)
            }
        }
        pieces.removeSubrange(since...)
        warnings.append(Warning(
            offset: offset, message: "'*/' closes a comment twice; the lines since the first '*/' are read as comment",
            hint: "delete the first '*/'"))
        comments[comments.count - 1] += String(decoding: moved, as: UTF8.self)
        readBraces(moved, commentOffset: offset, segments: segments)
        piecesAtLastComment = pieces.count
    }

    private mutating func closeComment() {
        guard let open = openComment else { return }
        openComment = nil
        comments.append(String(decoding: open.bytes, as: UTF8.self))
        readBraces(open.bytes, commentOffset: open.offset, segments: open.segments)
        piecesAtLastComment = pieces.count
    }

    /// Reads the `{ … }` groups of a comment.
    private mutating func readBraces(_ comment: [UInt8], commentOffset: Int, segments: [Segment]) {
        var index = 0
        while index < comment.count {
            guard comment[index] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let disabled = index > 0 && comment[index - 1] == UInt8(ascii: "-")
            var end = index + 1
            while end < comment.count, comment[end] != UInt8(ascii: "}"), comment[end] != UInt8(ascii: "{"),
                  comment[end] != ByteScan.newline { end += 1 }
            let closed = end < comment.count && comment[end] == UInt8(ascii: "}")
            if !closed {
                warnings.append(Warning(
                    offset: commentOffset, message: "'{' in a comment is not closed; read to the end of its line",
                    hint: "end the expectation with }"))
            }
            readExpectation(comment, (index + 1)..<end, disabled: disabled, commentOffset: commentOffset,
                            segments: segments)
            index = closed ? end + 1 : end
        }
    }

    /// Reads one `{ … }` group, `comment[range]` being what stands between the braces.
    private mutating func readExpectation(
        _ comment: [UInt8], _ range: Range<Int>, disabled: Bool, commentOffset: Int, segments: [Segment]
    ) {
        let content = Self.trimmed(comment, range)
        guard !content.isEmpty else { return }
        if content.count == 3, comment[content.lowerBound] == comment[content.lowerBound + 1],
           comment[content.lowerBound] == comment[content.lowerBound + 2] {
            switch comment[content.lowerBound] {
            case UInt8(ascii: "-"): if !disabled { expectsNoEvents = true }
            case UInt8(ascii: "+"): if !disabled { skipsValidation = true }
            case UInt8(ascii: "#"): if !disabled { expectsDiscard = true }
            default: break
            }
            if "-+#".utf8.contains(comment[content.lowerBound]) { return }
        }
        if content.count >= 7, String(decoding: comment[content.prefix(7)], as: UTF8.self).uppercased() == "OPTION:" {
            let rest = Self.trimmed(comment, (content.lowerBound + 7)..<content.upperBound)
            if !disabled {
                options.append(String(decoding: comment[rest], as: UTF8.self))
                optionOffsets.append(Self.source(of: rest.lowerBound, segments, commentOffset: commentOffset))
            }
            return
        }
        var parts: [Range<Int>] = []
        var start = content.lowerBound
        for index in content where comment[index] == UInt8(ascii: "/") {
            parts.append(Self.trimmed(comment, start..<index))
            start = index + 1
        }
        parts.append(Self.trimmed(comment, start..<content.upperBound))
        guard parts.count == 3 || parts.count == 2 else { return }
        guard parts.count == 3, !parts.contains(where: \.isEmpty) else {
            warnings.append(Warning(
                offset: commentOffset,
                message: "expected event '{\(String(decoding: comment[range], as: UTF8.self))}' is not "
                    + "{ SOURCE / TARGET / EVENT }; ignored",
                hint: "write all three codes: { ARN / GON / 064 }"))
            return
        }
        func code(_ part: Range<Int>) -> String { String(decoding: comment[part], as: UTF8.self) }
        let event = (source: code(parts[0]), target: code(parts[1]), event: code(parts[2]))
        if disabled { disabledEvents.append(event) } else { expectedEvents.append(event) }
    }

    /// The input offset of a comment's byte `index`, from where its bytes came from (the comment's start when unknown).
    private static func source(of index: Int, _ segments: [Segment], commentOffset: Int) -> Int {
        guard let segment = segments.last(where: { $0.at <= index }) else { return commentOffset }
        return segment.source + index - segment.at
    }

    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] <= 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] <= 0x20 { upper -= 1 }
        return lower..<upper
    }
}
