/// The per-token hashes the features are built from, read from the UTF-8 bytes in one pass (ASCII without
/// allocating; other text through Unicode case mapping).
struct TokenHashes {
    /// Lower case with numbers collapsed to classes (all digits of length 4, other digit runs, numbers with `,.`).
    var word: UInt64 = 0
    /// The exact form.
    var form: UInt64 = 0
    /// Last three and four bytes of the lower-case form.
    var suffix3: UInt64 = 0, suffix4: UInt64 = 0
    /// Shape: upper case `X`, lower case `x`, digits `d`, other characters as they are, runs capped at four.
    var shape: UInt64 = 0
    /// Whether the form has a letter, a lower-case letter, and starts with a capital.
    var hasLetter = false, hasLower = false, startsUpper = false

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    init(_ text: String) {
        var text = text
        let ascii = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { lower in
                for (i, byte) in bytes.enumerated() {
                    lower[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                self.hashText(exact: bytes, lower: UnsafeBufferPointer(rebasing: lower[0..<bytes.count]))
                var shape = Self.offset, last: UInt8 = 0, run = 0
                for byte in bytes {
                    let mapped: UInt8
                    if byte >= 0x41 && byte <= 0x5A { mapped = 0x58; hasLetter = true }
                    else if byte >= 0x61 && byte <= 0x7A { mapped = 0x78; hasLetter = true; hasLower = true }
                    else if byte >= 0x30 && byte <= 0x39 { mapped = 0x64 }
                    else { mapped = byte }
                    if mapped == last { run += 1 } else { run = 1; last = mapped }
                    if run <= 4 { shape = (shape ^ UInt64(mapped)) &* Self.prime }
                }
                self.shape = shape
                startsUpper = bytes.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
            }
            return true
        }
        guard !ascii else { return }
        let lowered = Array(text.lowercased().utf8)
        text.withUTF8 { exact in lowered.withUnsafeBufferPointer { hashText(exact: exact, lower: $0) } }
        var shape = Self.offset, last: UInt32 = 0, run = 0
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let mapped: UInt32
            if properties.isUppercase { mapped = 0x58; hasLetter = true }
            else if properties.isLowercase { mapped = 0x78; hasLetter = true; hasLower = true }
            else if properties.numericType != nil { mapped = 0x64 }
            else if properties.isAlphabetic { mapped = 0x61; hasLetter = true; hasLower = true }
            else { mapped = scalar.value }
            if mapped == last { run += 1 } else { run = 1; last = mapped }
            if run <= 4 { shape = (shape ^ UInt64(mapped)) &* Self.prime }
        }
        self.shape = shape
        startsUpper = text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    @inline(__always)
    static func fnv<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = offset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    private mutating func hashText(exact: UnsafeBufferPointer<UInt8>, lower: UnsafeBufferPointer<UInt8>) {
        form = Self.fnv(exact)
        suffix3 = Self.fnv(lower.suffix(3))
        suffix4 = Self.fnv(lower.suffix(4)) &+ 1
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if !exact.isEmpty && exact.allSatisfy(isDigit) {
            word = exact.count == 4 ? 0xD16_1700 : 0xD16_1701
        } else if let first = exact.first, isDigit(first), exact.allSatisfy({ isDigit($0) || $0 == 0x2C || $0 == 0x2E }) {
            word = 0xD16_1702
        } else {
            word = Self.fnv(lower)
        }
    }
}
