/// UTF-8 text built from pieces of input, with every run of whitespace (line breaks, no-break spaces and control
/// characters included) turned into one space and none at either end.
struct CollapsedText {
    /// The text so far, without a trailing space.
    private(set) var bytes: [UInt8] = []
    /// Whether a space is owed before the next non-space character.
    private var spacePending = false

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Whether nothing but whitespace was appended.
    var isEmpty: Bool { bytes.isEmpty }

    /// Notes a word break (a space that only shows if more text follows).
    mutating func breakWord() { if !bytes.isEmpty { spacePending = true } }

    /// Appends `input[range]`, decoding character references when a dialect is given.
    mutating func append(
        _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, entities dialect: MarkupEntities.Dialect?
    ) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            // Copy the run of ordinary bytes in one go.
            let runStart = index
            while index < end {
                let byte = input[index]
                if byte <= 0x20 || byte == 0xC2 || (byte == ByteScan.ampersand && dialect != nil) { break }
                index += 1
            }
            if index > runStart {
                flushSpace()
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
            }
            guard index < end else { break }
            let byte = input[index]
            if byte <= 0x20 {
                // Spaces, line breaks and stray control characters all separate words.
                breakWord()
                index += 1
            } else if byte == 0xC2 {
                // U+00A0 NO-BREAK SPACE is a space here; any other C2 sequence is copied as is.
                if index + 1 < end, input[index + 1] == 0xA0 {
                    breakWord()
                } else {
                    flushSpace()
                    bytes.append(byte)
                    if index + 1 < end { bytes.append(input[index + 1]) }
                }
                index += 2
            } else if let dialect, let reference = MarkupEntities.decode(input, at: index, end: end, dialect: dialect) {
                appendScalar(reference.scalar)
                index += reference.length
            } else {
                flushSpace()
                bytes.append(byte)
                index += 1
            }
        }
    }

    /// Appends one Unicode scalar value, treating whitespace ones as a word break.
    mutating func appendScalar(_ scalar: UInt32) {
        switch scalar {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0, 0x2002...0x200A, 0x3000:
            breakWord()
        default:
            flushSpace()
            MarkupEntities.appendUTF8(scalar, to: &bytes)
        }
    }

    /// Appends already-collapsed text (a space first when owed).
    mutating func append(contentsOf other: CollapsedText) {
        guard !other.bytes.isEmpty else { return }
        flushSpace()
        bytes.append(contentsOf: other.bytes)
    }

    /// Empties the text, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        spacePending = false
    }

    /// The text as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    @inline(__always)
    private mutating func flushSpace() {
        if spacePending {
            bytes.append(ByteScan.space)
            spacePending = false
        }
    }
}
