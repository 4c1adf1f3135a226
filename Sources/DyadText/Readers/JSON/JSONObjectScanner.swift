/// A small, strict JSON scanner for one JSON Lines record: reads the top-level object's string, null, number and
/// boolean members, checks nested arrays and objects against the JSON grammar without decoding them, and reports the
/// byte offset of the first error.
///
/// Written for speed on large news feeds: it works on UTF-8 bytes and builds a `String` only for the members asked for.
struct JSONObjectScanner {
    /// A top-level member value.
    enum Value: Equatable {
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        /// An array or object, not decoded.
        case nested
    }

    /// A syntax error at a byte offset of the record.
    struct SyntaxError: Error, Equatable {
        var offset: Int
        var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i: Int
    private let end: Int

    /// Scans `bytes[range]`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.bytes = bytes
        self.i = range.lowerBound
        self.end = range.upperBound
    }

    /// The values of the `wanted` members of the top-level object, in the order of `wanted` (`nil` when absent);
    /// other members are checked for syntax and skipped.
    mutating func members(wanted: [[UInt8]]) throws(SyntaxError) -> [Value?] {
        var result = [Value?](repeating: nil, count: wanted.count)
        skipSpace()
        try expect(UInt8(ascii: "{"), "a JSON object must start with '{'")
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
                let keyStart = i + 1
                try skipString()
                let key = UnsafeBufferPointer(rebasing: bytes[keyStart..<(i - 1)])
                let slot = wanted.firstIndex { $0.count == key.count && $0.elementsEqual(key) }
                skipSpace()
                try expect(UInt8(ascii: ":"), "expected ':' after the member name \"\(String(decoding: key, as: UTF8.self))\"")
                skipSpace()
                let value = try self.value(decode: slot != nil)
                if let slot { result[slot] = value }
                skipSpace()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                if peek() == UInt8(ascii: "}") { i += 1; break }
                throw error("expected ',' or '}' after the value of \"\(String(decoding: key, as: UTF8.self))\"")
            }
        }
        skipSpace()
        if i < end { throw error("unexpected text after the end of the JSON object") }
        return result
    }

    private func peek() -> UInt8? { i < end ? bytes[i] : nil }

    private func error(_ message: String) -> SyntaxError {
        SyntaxError(offset: min(i, end), message: i >= end ? message + " (the record ends early)" : message)
    }

    private mutating func expect(_ byte: UInt8, _ message: @autoclosure () -> String) throws(SyntaxError) {
        guard peek() == byte else { throw error(message()) }
        i += 1
    }

    private mutating func skipSpace() {
        while i < end {
            let b = bytes[i]
            guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
            i += 1
        }
    }

    private mutating func value(decode: Bool) throws(SyntaxError) -> Value {
        guard let b = peek() else { throw error("expected a value") }
        switch b {
        case UInt8(ascii: "\""):
            if decode { return .string(try string()) }
            try skipString()
            return .nested
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipNested()
            return .nested
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try number())
        default:
            throw error("expected a value (string, number, object, array, true, false or null)")
        }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard i + count <= end else { throw error("expected '\(word)'") }
        let pointer = word.utf8Start
        for k in 0..<count where bytes[i + k] != pointer[k] { throw error("expected '\(word)'") }
        i += count
    }

    private mutating func skipString() throws(SyntaxError) {
        i += 1
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; return }
            if b == UInt8(ascii: "\\") { i += 2; continue }
            if b < 0x20 { throw error("control character inside a string: escape it") }
            i += 1
        }
        throw error("unterminated string")
    }

    /// Checks and skips an array or object with the full JSON grammar (values are not decoded).
    private mutating func skipNested() throws(SyntaxError) {
        let open = bytes[i]
        i += 1
        skipSpace()
        let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if peek() == close { i += 1; return }
        while true {
            skipSpace()
            if open == UInt8(ascii: "{") {
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
                try skipString()
                skipSpace()
                try expect(UInt8(ascii: ":"), "expected ':' after a member name")
                skipSpace()
            }
            _ = try value(decode: false)
            skipSpace()
            if peek() == UInt8(ascii: ",") { i += 1; continue }
            if peek() == close { i += 1; return }
            throw error(open == UInt8(ascii: "{") ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array")
        }
    }

    /// Reads a number with JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws(SyntaxError) -> String {
        let start = i
        func digits() -> Int {
            let from = i
            while i < end, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            return i - from
        }
        if peek() == UInt8(ascii: "-") { i += 1 }
        if peek() == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { throw error("a number needs digits") }
        if peek() == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { throw error("a number needs digits after its decimal point") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            i += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { throw error("a number needs digits in its exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }

    /// Reads a string literal, decoding escapes (including surrogate pairs).
    private mutating func string() throws(SyntaxError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        i = plainRunEnd(from: i)
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return text
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error("control character inside a string: escape it") }
            i += 1
        }
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<i]))
        out.reserveCapacity(end - start)
        while i < end {
            // Copy the run up to the next quote, backslash or control character in one go.
            var run = plainRunEnd(from: i)
            while run < end {
                let c = bytes[run]
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
                run += 1
            }
            if run > i {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<run]))
                i = run
                continue
            }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw error("control character inside a string: escape it") }
            guard i + 1 < end else { throw error("unterminated escape") }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw error("lone UTF-16 surrogate \\u\(String(scalar, radix: 16)) in a string")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid UTF-16 surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("lone UTF-16 surrogate \\u\(String(scalar, radix: 16)) in a string")
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                out.append(contentsOf: Array(String(Character(unicode)).utf8))
            default:
                i -= 1
                throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string")
            }
        }
        throw error("unterminated string")
    }

    /// Skips eight bytes at a time while none of them is a quote, a backslash or a control character.
    @inline(__always)
    private func plainRunEnd(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var position = start
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while position + 8 <= end {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { break }
            position += 8
        }
        return position
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= end else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: throw error("invalid hex digit in a \\u escape")
            }
            value = value * 16 + digit
            i += 1
        }
        return value
    }
}
