/// Recognises URLs and e-mail addresses that the tokenizer keeps whole ("https://www.un.org/en/", "www.mofa.go.kr",
/// "press@un.org"), after surrounding punctuation has been split off.
///
/// The accepted shape: an optional scheme (`xx://`), optional user information ending in `@`, a host (dotted labels
/// ending in a lower-case top-level domain of 2–63 letters, or a public IPv4 address), an optional port, and an
/// optional path, query or fragment.
struct URLMatcher: Sendable {
    /// Whether `s[lo..<hi]` is a URL or e-mail address.
    func matches(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 4 else { return false }
        // A URL needs a dot somewhere: reject quickly.
        var hasDot = false
        for i in lo..<hi where s[i] == 0x2E { hasDot = true; break }
        guard hasDot else { return false }
        var start = lo
        if let scheme = schemeEnd(s, lo, hi) { start = scheme }
        // User information: try each "@" from the last to the first, then none.
        var ats: [Int] = []
        for i in start..<hi where s[i] == 0x40 { ats.append(i) }
        for at in ats.reversed() where at > start {
            if hostAndRest(s, at + 1, hi) { return true }
        }
        return hostAndRest(s, start, hi)
    }

    /// End of a `scheme://` prefix (two or more word characters, `+`, `-` or `.`), if there is one.
    private func schemeEnd(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int) -> Int? {
        var i = lo
        while i < hi {
            let c = s[i]
            if c == 0x3A { break }
            guard isWordCharacter(c) || c == 0x2B || c == 0x2D || c == 0x2E else { return nil }
            i += 1
        }
        guard i - lo >= 2, i + 2 < hi, s[i] == 0x3A, s[i + 1] == 0x2F, s[i + 2] == 0x2F else { return nil }
        return i + 3
    }

    /// Host, optional port and optional path from `lo` to exactly `hi`.
    private func hostAndRest(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int) -> Bool {
        var end = lo
        while end < hi && isHostCharacter(s[end]) { end += 1 }
        // The host may be followed only by a port, a path/query/fragment, or the end.
        var rest = end
        if rest < hi && s[rest] == 0x3A {
            var digits = rest + 1
            while digits < hi && CharacterClass.isDigit(s[digits]) { digits += 1 }
            let count = digits - rest - 1
            guard count >= 2 && count <= 5 else { return false }
            rest = digits
        }
        if rest < hi {
            let c = s[rest]
            guard c == 0x2F || c == 0x3F || c == 0x23 else { return false }
        }
        return isDomain(s, lo, end) || isIPv4(s, lo, end)
    }

    /// Dotted labels ending in a lower-case top-level domain.
    private func isDomain(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int) -> Bool {
        guard let lastDot = (lo..<hi).last(where: { s[$0] == 0x2E }), lastDot > lo else { return false }
        let tldCount = hi - lastDot - 1
        guard tldCount >= 2 && tldCount <= 63 else { return false }
        for i in (lastDot + 1)..<hi where !CharacterClass.isLowerOrUncased(s[i]) { return false }
        // Labels: 1–64 characters, neither starting nor ending with "-" or "_".
        var labelStart = lo
        for i in lo...lastDot where s[i] == 0x2E {
            let count = i - labelStart
            guard count >= 1 && count <= 64 else { return false }
            let first = s[labelStart]
            let last = s[i - 1]
            if first == 0x2D || first == 0x5F || last == 0x2D || last == 0x5F { return false }
            labelStart = i + 1
        }
        return true
    }

    /// A public IPv4 address in dotted-quad form.
    private func isIPv4(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int) -> Bool {
        var octets: [Int] = []
        var value = 0
        var digits = 0
        for i in lo..<hi {
            let c = s[i]
            if CharacterClass.isDigit(c) {
                value = value * 10 + Int(c - 0x30)
                digits += 1
                if digits > 3 { return false }
            } else if c == 0x2E {
                guard digits > 0 else { return false }
                octets.append(value)
                value = 0
                digits = 0
            } else {
                return false
            }
        }
        guard digits > 0 else { return false }
        octets.append(value)
        guard octets.count == 4, octets.allSatisfy({ $0 <= 255 }) else { return false }
        let (a, b) = (octets[0], octets[1])
        if a == 0 || a == 10 || a == 127 || a >= 224 { return false }
        if (a == 169 && b == 254) || (a == 192 && b == 168) || (a == 172 && (16...31).contains(b)) { return false }
        return octets[3] != 0 && octets[3] != 255
    }

    private func isHostCharacter(_ c: UInt32) -> Bool {
        if c < 0x80 {
            return CharacterClass.isASCIILower(c) || CharacterClass.isASCIIUpper(c) || CharacterClass.isDigit(c)
                || c == 0x2D || c == 0x5F || c == 0x2E
        }
        return c >= 0xA1 && c <= 0xFFFF && !CharacterClass.isSpace(c)
    }

    private func isWordCharacter(_ c: UInt32) -> Bool {
        CharacterClass.isAlpha(c) || CharacterClass.isDigit(c) || c == 0x5F
    }
}
