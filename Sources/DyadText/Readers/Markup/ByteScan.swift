/// Byte-level helpers shared by the markup and record readers.
enum ByteScan {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let ampersand = UInt8(ascii: "&")
    static let slash = UInt8(ascii: "/")
    static let equals = UInt8(ascii: "=")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")

    /// Space, tab, newline, carriage return or form feed.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// An ASCII letter.
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// An ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether `bytes[range]` equals `lowercase` ignoring ASCII case (`lowercase` must be lowercase ASCII).
    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ lowercase: String) -> Bool {
        guard range.count == lowercase.utf8.count else { return false }
        var index = range.lowerBound
        for expected in lowercase.utf8 {
            var byte = bytes[index]
            if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if byte != expected { return false }
            index += 1
        }
        return true
    }

    /// Whether `bytes` holds `lowercase` at `offset`, ignoring ASCII case.
    static func hasPrefixIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int, _ lowercase: String) -> Bool {
        let count = lowercase.utf8.count
        guard offset + count <= end else { return false }
        return equalsIgnoringCase(bytes, offset..<(offset + count), lowercase)
    }

    /// Offset of the first occurrence of `needle` in `bytes[from..<end]`, or `nil`.
    static func find(_ needle: String, in bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first, pattern.count <= end - from else { return nil }
            var index = from
            let last = end - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var k = 1
                    while k < pattern.count && bytes[index + k] == pattern[k] { k += 1 }
                    if k == pattern.count { return index }
                }
                index += 1
            }
            return nil
        }
    }

    /// Offset of the first occurrence of `lowercase` in `bytes[from..<end]` ignoring ASCII case, or `nil`.
    static func findIgnoringCase(_ lowercase: String, in bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        let count = lowercase.utf8.count
        guard let first = lowercase.utf8.first else { return nil }
        var index = from
        while index + count <= end {
            if bytes[index] | 0x20 == first, hasPrefixIgnoringCase(bytes, at: index, end: end, lowercase) { return index }
            index += 1
        }
        return nil
    }

    /// `bytes[range]` without leading and trailing ASCII whitespace.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// `bytes[range]` as a string (invalid UTF-8 repaired, which the callers have ruled out).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
