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
}
