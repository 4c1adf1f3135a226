import DyadCore

/// Turns byte offsets into `file:line:column` locations and diagnostics with the offending line as excerpt.
///
/// Offsets asked for in increasing order cost one pass over the input in total; going backwards restarts the count.
struct SourceLocator {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    private var countedTo = 0
    private var line = 1
    private var lineStart = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// 1-based line of a byte offset.
    mutating func line(of offset: Int) -> Int {
        advance(to: offset)
        return line
    }

    /// Line and column (in Unicode scalars) of a byte offset.
    mutating func location(of offset: Int) -> SourceLocation {
        advance(to: offset)
        var column = 1
        var index = lineStart
        while index < offset && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The input line holding `offset`, without its line break, at most 240 bytes from its start.
    func excerpt(at offset: Int) -> String {
        let clamped = min(max(offset, 0), bytes.count)
        var start = clamped
        while start > 0 && bytes[start - 1] != ByteScan.newline { start -= 1 }
        var stop = clamped
        while stop < bytes.count && bytes[stop] != ByteScan.newline && bytes[stop] != ByteScan.carriageReturn { stop += 1 }
        stop = min(stop, start + 240)
        // Control bytes would garble a terminal; show them as replacement characters.
        let shown = UnsafeBufferPointer(rebasing: bytes[start..<stop]).map { $0 < 0x20 && $0 != 0x09 ? 0x3F : $0 }
        return String(decoding: shown, as: UTF8.self)
    }

    /// A diagnostic pointing at `offset`, with the line as excerpt.
    mutating func diagnostic(
        _ severity: Diagnostic.Severity, at offset: Int, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(severity, at: location(of: offset), message, hint: hint, excerpt: excerpt(at: offset))
    }

    private mutating func advance(to offset: Int) {
        if offset < countedTo {
            countedTo = 0
            line = 1
            lineStart = 0
        }
        var index = countedTo
        let stop = min(offset, bytes.count)
        while index < stop {
            if bytes[index] == ByteScan.newline {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        countedTo = max(countedTo, stop)
    }
}
