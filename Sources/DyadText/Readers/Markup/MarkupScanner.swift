/// One piece of HTML or XML, as byte ranges into the input.
enum MarkupToken {
    /// Character data, undecoded (a stray `<` that starts no tag is part of it).
    case text(Range<Int>)
    /// `<name attr=value …>` or `<name/>`; the attributes are in `MarkupScanner.attributes` until the next token.
    case startTag(MarkupTag)
    /// `</name>`.
    case endTag(MarkupTag)
    /// `<!-- … -->`; `closed` is false when the input ended first.
    case comment(content: Range<Int>, closed: Bool)
    /// `<![CDATA[ … ]]>`; `closed` is false when the input ended first.
    case cdata(content: Range<Int>, closed: Bool)
    /// `<!DOCTYPE …>`, `<?xml …?>` and other declarations.
    case declaration(Range<Int>)
}

/// A start or end tag.
struct MarkupTag {
    /// The element name as written.
    var name: Range<Int>
    /// The whole tag, from `<` to just after `>` (or to where it was cut off).
    var range: Range<Int>
    /// Written `<name/>`.
    var selfClosing = false
    /// The first thing wrong with the tag; HTML readers ignore it, XML readers report it.
    var problem: MarkupProblem?
}

/// Something malformed in a tag, and where.
struct MarkupProblem {
    enum Kind {
        /// `<a b=c>`: XML wants quotes.
        case unquotedValue
        /// `<a b>` or `<a b=>`: XML wants a value.
        case missingValue
        /// A quote that is never closed, or a `<` inside a quoted value.
        case unterminatedQuote
        /// `<a b="c"d>`: something right after a closing quote.
        case junkAfterValue
        /// A quote or other odd character in an attribute name.
        case badAttributeName
        /// The tag has no `>` before the next `<` or the end of input.
        case unclosedTag
    }

    var kind: Kind
    /// Byte offset the problem points at.
    var offset: Int
}

/// An attribute of the last start tag.
struct MarkupAttribute {
    var name: Range<Int>
    /// The value without its quotes, undecoded; empty when there is none.
    var value: Range<Int>
}

/// A tolerant, allocation-light tokenizer for HTML and XML: unclosed tags, stray `<`, unquoted or missing attribute
/// values, comments, CDATA and declarations all come out as tokens, with problems noted rather than thrown.
struct MarkupScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    /// Offset of the next token.
    private(set) var position: Int
    /// Attributes of the last start tag returned.
    private(set) var attributes: [MarkupAttribute] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        self.end = range.upperBound
        self.position = range.lowerBound
        attributes.reserveCapacity(16)
    }

    /// The next token, or `nil` at the end of the input.
    mutating func next() -> MarkupToken? {
        guard position < end else { return nil }
        let start = position
        if bytes[start] == ByteScan.lessThan, startsMarkup(at: start) { return markup(at: start) }
        var index = start + 1
        while index < end {
            if bytes[index] == ByteScan.lessThan, startsMarkup(at: index) { break }
            index += 1
        }
        position = index
        return .text(start..<index)
    }

    /// Skips the content of a raw-text element (`script`, `style`, `title` …) up to its end tag, which is left as the
    /// next token; returns the content.
    mutating func skipRawText(closing name: String) -> Range<Int> {
        let start = position
        var index = position
        while index + 1 < end {
            if bytes[index] == ByteScan.lessThan, bytes[index + 1] == ByteScan.slash,
               ByteScan.hasPrefixIgnoringCase(bytes, at: index + 2, end: end, name) {
                let after = index + 2 + name.utf8.count
                if after >= end || ByteScan.isSpace(bytes[after]) || bytes[after] == ByteScan.greaterThan
                    || bytes[after] == ByteScan.slash {
                    position = index
                    return start..<index
                }
            }
            index += 1
        }
        position = end
        return start..<end
    }

    /// The value of the last start tag's attribute `name` (lowercase), matched ignoring case.
    func attribute(_ name: String) -> Range<Int>? {
        for attribute in attributes where ByteScan.equalsIgnoringCase(bytes, attribute.name, name) {
            return attribute.value
        }
        return nil
    }

    /// Whether a `<` at `index` opens markup rather than being a stray character.
    private func startsMarkup(at index: Int) -> Bool {
        guard index + 1 < end else { return false }
        let next = bytes[index + 1]
        if ByteScan.isLetter(next) || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return true }
        return next == ByteScan.slash && index + 2 < end && ByteScan.isLetter(bytes[index + 2])
    }

    private mutating func markup(at start: Int) -> MarkupToken {
        let second = bytes[start + 1]
        if second == UInt8(ascii: "!") {
            if ByteScan.hasPrefixIgnoringCase(bytes, at: start, end: end, "<!--") {
                return delimited(start: start, open: 4, close: "-->") { .comment(content: $0, closed: $1) }
            }
            if ByteScan.hasPrefixIgnoringCase(bytes, at: start, end: end, "<![cdata[") {
                return delimited(start: start, open: 9, close: "]]>") { .cdata(content: $0, closed: $1) }
            }
        }
        if second == UInt8(ascii: "!") || second == UInt8(ascii: "?") {
            let close = ByteScan.find(">", in: bytes, from: start + 2, end: end).map { $0 + 1 } ?? end
            position = close
            return .declaration(start..<close)
        }
        if second == ByteScan.slash { return endTag(at: start) }
        return startTag(at: start)
    }

    private mutating func delimited(
        start: Int, open: Int, close: String, make: (Range<Int>, Bool) -> MarkupToken
    ) -> MarkupToken {
        let contentStart = start + open
        // HTML's `<!-->` is an empty comment.
        if open == 4, contentStart < end, bytes[contentStart] == ByteScan.greaterThan {
            position = contentStart + 1
            return make(contentStart..<contentStart, true)
        }
        if let found = ByteScan.find(close, in: bytes, from: contentStart, end: end) {
            position = found + close.utf8.count
            return make(contentStart..<found, true)
        }
        position = end
        return make(contentStart..<end, false)
    }

    private func nameEnd(from index: Int) -> Int {
        var index = index
        while index < end {
            let byte = bytes[index]
            if ByteScan.isSpace(byte) || byte == ByteScan.greaterThan || byte == ByteScan.slash || byte == ByteScan.lessThan { break }
            index += 1
        }
        return index
    }

    private mutating func endTag(at start: Int) -> MarkupToken {
        let name = (start + 2)..<nameEnd(from: start + 2)
        var tag = MarkupTag(name: name, range: start..<name.upperBound)
        var index = name.upperBound
        while index < end, bytes[index] != ByteScan.greaterThan, bytes[index] != ByteScan.lessThan { index += 1 }
        if index < end, bytes[index] == ByteScan.greaterThan {
            index += 1
        } else {
            tag.problem = MarkupProblem(kind: .unclosedTag, offset: start)
        }
        tag.range = start..<index
        position = index
        return .endTag(tag)
    }

    private mutating func startTag(at start: Int) -> MarkupToken {
        attributes.removeAll(keepingCapacity: true)
        let name = (start + 1)..<nameEnd(from: start + 1)
        var tag = MarkupTag(name: name, range: start..<name.upperBound)
        var index = name.upperBound
        func note(_ kind: MarkupProblem.Kind, _ offset: Int) {
            if tag.problem == nil { tag.problem = MarkupProblem(kind: kind, offset: offset) }
        }
        while true {
            while index < end, ByteScan.isSpace(bytes[index]) { index += 1 }
            guard index < end else {
                note(.unclosedTag, start)
                break
            }
            let byte = bytes[index]
            if byte == ByteScan.greaterThan {
                index += 1
                break
            }
            if byte == ByteScan.slash {
                if index + 1 < end, bytes[index + 1] == ByteScan.greaterThan {
                    tag.selfClosing = true
                    index += 2
                    break
                }
                note(.badAttributeName, index)
                index += 1
                continue
            }
            if byte == ByteScan.lessThan {
                // `<div class="a"<p>`: the tag was never closed; end it here and let `<` start the next one.
                note(.unclosedTag, start)
                break
            }
            index = attribute(at: index, note: note)
        }
        tag.range = start..<index
        position = index
        return .startTag(tag)
    }

    /// Reads one attribute starting at its name; returns the offset after it.
    private mutating func attribute(at nameStart: Int, note: (MarkupProblem.Kind, Int) -> Void) -> Int {
        var index = nameStart
        while index < end {
            let byte = bytes[index]
            if ByteScan.isSpace(byte) || byte == ByteScan.equals || byte == ByteScan.greaterThan || byte == ByteScan.lessThan
                || (byte == ByteScan.slash && index > nameStart) { break }
            if byte == ByteScan.doubleQuote || byte == ByteScan.singleQuote || byte == ByteScan.slash {
                note(.badAttributeName, index)
            }
            index += 1
        }
        let name = nameStart..<index
        if name.isEmpty { note(.badAttributeName, nameStart) }
        while index < end, ByteScan.isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == ByteScan.equals else {
            note(.missingValue, nameStart)
            attributes.append(MarkupAttribute(name: name, value: name.upperBound..<name.upperBound))
            return index
        }
        index += 1
        while index < end, ByteScan.isSpace(bytes[index]) { index += 1 }
        guard index < end else {
            note(.missingValue, index)
            attributes.append(MarkupAttribute(name: name, value: index..<index))
            return index
        }
        let quote = bytes[index]
        if quote == ByteScan.doubleQuote || quote == ByteScan.singleQuote {
            let valueStart = index + 1
            var close = valueStart
            while close < end, bytes[close] != quote {
                if bytes[close] == ByteScan.lessThan { note(.unterminatedQuote, index) }
                close += 1
            }
            if close >= end {
                // Never closed: take the value up to the next `>` so the rest of the input survives.
                note(.unterminatedQuote, index)
                var stop = valueStart
                while stop < end, bytes[stop] != ByteScan.greaterThan { stop += 1 }
                attributes.append(MarkupAttribute(name: name, value: valueStart..<stop))
                return stop
            }
            attributes.append(MarkupAttribute(name: name, value: valueStart..<close))
            index = close + 1
            if index < end {
                let after = bytes[index]
                if !ByteScan.isSpace(after), after != ByteScan.greaterThan, after != ByteScan.slash { note(.junkAfterValue, index) }
            }
            return index
        }
        let valueStart = index
        while index < end {
            let byte = bytes[index]
            if ByteScan.isSpace(byte) || byte == ByteScan.greaterThan || byte == ByteScan.lessThan { break }
            index += 1
        }
        note(index > valueStart ? .unquotedValue : .missingValue, valueStart)
        attributes.append(MarkupAttribute(name: name, value: valueStart..<index))
        return index
    }
}
