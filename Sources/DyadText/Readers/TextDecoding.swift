import DyadCore

/// UTF-8 checks and conversions shared by all readers, with diagnostics that point at the bad byte.
public enum TextDecoding {
    /// Decodes `bytes[range]` as UTF-8, or explains where it is not UTF-8 (`name:line:column`, counted from the
    /// start of the whole input so the message points into the file the user has).
    public static func string(
        _ bytes: [UInt8], _ range: Range<Int>, in name: String
    ) -> Result<String, DecodingFailure> {
        bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[range])
            if let bad = firstInvalidUTF8(slice) {
                let position = range.lowerBound + bad
                let (line, column) = lineAndColumn(of: position, in: buffer)
                let byte = buffer[position]
                return .failure(DecodingFailure(
                    location: SourceLocation(file: name, line: line, column: column),
                    message: "input is not valid UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) "
                        + "cannot start or continue a character here",
                    hint: "convert the file to UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`)"))
            }
            if let control = firstBinaryControl(slice) {
                let position = range.lowerBound + control
                let (line, column) = lineAndColumn(of: position, in: buffer)
                return .failure(DecodingFailure(
                    location: SourceLocation(file: name, line: line, column: column),
                    message: "input looks binary: control byte 0x\(String(buffer[position], radix: 16, uppercase: true)) "
                        + "is not text",
                    hint: "pass text, HTML, JSON Lines, PETRARCH XML or TABARI records; decompress archives other than .gz first"))
            }
            // Stray control bytes (see `firstBinaryControl`) are read as spaces: same length, so offsets hold.
            if strayControlCount(slice) > 0 {
                let cleaned = slice.map { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C ? 0x20 : $0 }
                return .success(String(decoding: cleaned, as: UTF8.self))
            }
            return .success(String(decoding: slice, as: UTF8.self))
        }
    }

    /// A failure to read bytes as text, with the place it happened.
    public struct DecodingFailure: Error, Sendable {
        /// The bad byte's `file:line:column`, counted from the start of the whole input (column in Unicode scalars).
        public var location: SourceLocation
        /// What is wrong: invalid UTF-8 or a binary control byte, naming the byte in hex.
        public var message: String
        /// How to fix the input, when there is something to say.
        public var hint: String?

        /// The failure as an error diagnostic, saying what was skipped.
        public func diagnostic(skipping what: String) -> Diagnostic {
            Diagnostic(.error, at: location, "\(message); \(what) skipped", hint: hint)
        }
    }

    /// Offset of the first byte that breaks UTF-8 well-formedness, or `nil` when the bytes are valid UTF-8.
    public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while index < count {
            // ASCII runs eight bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowerBound, second <= upperBound else { return index }
            var k = 2
            while k < length {
                guard bytes[index + k] & 0xC0 == 0x80 else { return index }
                k += 1
            }
            index += length
        }
        return nil
    }

    /// Offset of the byte that shows binary data fed in as text: a NUL, or the first C0 control byte (other than tab,
    /// line feed, carriage return and form feed) when there are four or more and they make up over 1% of the input.
    /// A few stray control bytes in real text (a Word soft line break, a DOS end-of-file mark) are not binary:
    /// `string` reads them as spaces.
    public static func firstBinaryControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var first: Int?
        var controls = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C else { continue }
            if byte == 0 { return index }
            if first == nil { first = index }
            controls += 1
        }
        guard let first, controls >= 4, controls * 100 > bytes.count else { return nil }
        return first
    }

    /// Number of stray C0 control bytes (other than tab, line feed, carriage return and form feed).
    public static func strayControlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 < 0x20 && $1 != 0x09 && $1 != 0x0A && $1 != 0x0D && $1 != 0x0C ? 1 : 0) }
    }

    /// 1-based line and column (in scalars) of a byte offset.
    public static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset && index < bytes.count {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += 1
        }
        var column = 1
        index = lineStart
        while index < offset && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    /// 1-based line number of a byte offset.
    public static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { lineAndColumn(of: offset, in: $0).line }
    }
}
