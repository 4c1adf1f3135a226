import DyadCore

extension TextDecoding {
    /// The first offset in `bytes[range]` that is not valid UTF-8 or is a binary control byte, or `nil` for clean
    /// text: the fast check readers run before asking `string(_:_:in:)` for the full diagnostic.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if let bad = firstInvalidUTF8(slice) { return range.lowerBound + bad }
        if let control = firstBinaryControl(slice) { return range.lowerBound + control }
        // Stray control bytes too: record readers decide whether they are spaces (with a warning) or an error.
        if let stray = slice.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }) {
            return range.lowerBound + stray
        }
        return nil
    }

    /// The error diagnostic for `bytes[range]`, which `firstProblem` found not to be clean text.
    static func failure(_ bytes: [UInt8], _ range: Range<Int>, in name: String, skipping what: String) -> Diagnostic {
        if case .failure(let failure) = string(bytes, range, in: name) { return failure.diagnostic(skipping: what) }
        return Diagnostic(.error, at: SourceLocation(file: name), "input is not text; \(what) skipped")
    }

    /// The error diagnostic for `bytes[range]`, located with `locator` (which only moves forward, so a file with many
    /// bad records is still read in linear time).
    static func failure(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, locator: inout SourceLocator, skipping what: String
    ) -> Diagnostic {
        guard let offset = firstProblem(in: bytes, range) else {
            return Diagnostic(.error, at: locator.location(of: range.lowerBound), "input is not text; \(what) skipped")
        }
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let (message, hint): (String, String)
        if firstInvalidUTF8(slice).map({ range.lowerBound + $0 }) == offset {
            message = "input is not valid UTF-8: byte 0x\(byte) cannot start or continue a character here"
            hint = "convert the file to UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`)"
        } else {
            message = "input looks binary: control byte 0x\(byte) is not text"
            hint = "pass text, HTML, JSON Lines, PETRARCH XML or TABARI records; decompress archives other than .gz first"
        }
        return Diagnostic(.error, at: locator.location(of: offset), "\(message); \(what) skipped", hint: hint)
    }
}
