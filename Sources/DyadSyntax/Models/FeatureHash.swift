/// The hashing shared by the models' features: FNV-1a over UTF-8 for strings, and a strong mix to combine parts, so
/// that a feature is one 64-bit number and the models need no feature dictionary at run time.
enum FeatureHash {
    /// FNV-1a of a string's UTF-8 bytes.
    @inline(__always)
    static func string(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Combines two hashes (order matters).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var hash = (a &+ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9 ^ b
        hash = (hash ^ (hash >> 31)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }

    /// Combines three hashes.
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 { combine(combine(a, b), c) }

    /// A word as the models see it: lower case, with numbers collapsed to a few classes ("!YEAR", "!DIGITS",
    /// "!NUMBER").
    static func normalised(_ form: String) -> String {
        let utf8 = form.utf8
        if utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return utf8.count == 4 ? "!YEAR" : "!DIGITS" }
        if let first = utf8.first, first >= 0x30 && first <= 0x39,
           utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }) { return "!NUMBER" }
        if utf8.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) { return form }
        return form.lowercased()
    }
}
