import DyadCore

/// A peer dictionary file's bytes as lines of valid UTF-8, with a warning for every line that had to be repaired.
///
/// Lines end at LF, CRLF or a lone CR. A leading byte-order mark is dropped. Bytes that are not UTF-8 (Latin-1 or
/// Mac Roman leftovers) become U+FFFD; control characters other than tab are removed. Each repaired line gets one
/// warning pointing at its first bad byte.
struct PeerSourceText: Sendable {
    /// The file as shown in diagnostics.
    let file: String
    /// The repaired text of every line, valid UTF-8, without line terminators.
    private(set) var bytes: [UInt8] = []
    /// Where line `n` (1-based) is in `bytes`: `lineRanges[n - 1]`.
    private(set) var lineRanges: [Range<Int>] = []
    /// Warnings about bytes that were replaced or removed.
    private(set) var diagnostics: [Diagnostic] = []

    /// Splits `input` into lines and repairs what is not UTF-8 text.
    init(bytes input: [UInt8], file: String) {
        self.file = file
        bytes.reserveCapacity(input.count)
        var start = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        let count = input.count
        input.withUnsafeBufferPointer { buffer in
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    appendLine(buffer, start..<index)
                    index += byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A ? 2 : 1
                    start = index
                } else {
                    index += 1
                }
            }
            if start < count { appendLine(buffer, start..<count) }
        }
    }

    /// Number of lines.
    var lineCount: Int { lineRanges.count }

    /// Line `number` (1-based) as text, for excerpts.
    func text(ofLine number: Int) -> String {
        String(decoding: bytes[lineRanges[number - 1]], as: UTF8.self)
    }

    private mutating func appendLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let lineStart = bytes.count
        let number = lineRanges.count + 1
        var clean = true
        for index in range {
            let byte = buffer[index]
            if byte >= 0x80 || (byte < 0x20 && byte != 0x09) || byte == 0x7F { clean = false; break }
        }
        if clean {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[range]))
        } else {
            repairLine(buffer, range, number: number)
        }
        lineRanges.append(lineStart..<bytes.count)
    }

    /// Copies a line that has non-ASCII or control bytes, replacing what is not UTF-8 text.
    private mutating func repairLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, number: Int) {
        var index = range.lowerBound
        var column = 1
        var firstInvalid: (column: Int, byte: UInt8)?
        var invalidCount = 0
        var firstControl: (column: Int, byte: UInt8)?
        while index < range.upperBound {
            let byte = buffer[index]
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
                    if firstControl == nil { firstControl = (column, byte) }
                } else {
                    bytes.append(byte)
                    column += 1
                }
                index += 1
                continue
            }
            let length = PeerSourceText.validSequenceLength(buffer, at: index, end: range.upperBound)
            if length > 0 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<index + length]))
                index += length
            } else {
                if firstInvalid == nil { firstInvalid = (column, byte) }
                invalidCount += 1
                bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 1
            }
            column += 1
        }
        let excerpt = String(decoding: buffer[range], as: UTF8.self)
        if let (column, byte) = firstInvalid {
            let more = invalidCount > 1 ? " (and \(invalidCount - 1) more on this line)" : ""
            diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: file, line: number, column: column),
                "byte 0x\(PeerSourceText.hex(byte)) is not UTF-8; replaced by U+FFFD\(more)",
                hint: "the file has Latin-1 or Mac Roman leftovers: convert it to UTF-8 "
                    + "(for example `iconv -f LATIN1 -t UTF-8`) and check the word",
                excerpt: excerpt))
        }
        if let (column, byte) = firstControl {
            diagnostics.append(Diagnostic(
                .warning, at: SourceLocation(file: file, line: number, column: column),
                "control character U+00\(PeerSourceText.hex(byte)) removed",
                hint: "delete the invisible character from the file", excerpt: excerpt))
        }
    }

    /// Length of the well-formed UTF-8 sequence of two to four bytes starting at `index`, or 0 when there is none.
    private static func validSequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = buffer[index]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch byte {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= end else { return 0 }
        guard (lower...upper).contains(buffer[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(buffer[index + offset]) { return 0 }
        return length
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
