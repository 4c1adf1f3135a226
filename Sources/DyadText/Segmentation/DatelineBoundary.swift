import DyadCore

extension SentenceSplitter {
    /// The token after a wire dateline that opens the tokens from `start` (before `limit`), if there is one: a place
    /// in capitals or words ("BAGHDAD", "NEW DELHI", "PORT-AU-PRINCE", "KINSHASA, Congo"), maybe with a date ("DAMASCUS,
    /// April 1"), an agency in brackets
    /// ("(Reuters)", "(AP)") and a dash ("-", "--", "–", "—"), followed by a capitalised word. A place without an
    /// agency counts only when it starts with a word in capitals ("WASHINGTON —", "TORONTO, Canada --"); an agency
    /// alone counts too ("(Reuters) -"). A short credit before it is part of it ("Canadian Press - KINSHASA, Congo
    /// (AP) -", "SPACE.com - TORONTO, Canada --").
    func datelineEnd(from start: Int, limit: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> Int? {
        if let end = placeDatelineEnd(from: start, limit: limit, bytes, tokens) { return end }
        var dash = start
        while dash < limit, dash - start < 4, !isDash(tokens[dash], bytes) { dash += 1 }
        guard dash > start, dash < limit, isDash(tokens[dash], bytes) else { return nil }
        return placeDatelineEnd(from: dash + 1, limit: limit, bytes, tokens)
    }

    private func placeDatelineEnd(from start: Int, limit: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> Int? {
        var i = start
        var placeWords = 0
        var allCapitals = true
        // The place: capitalised words, commas and abbreviation periods ("Ga."), at most eight tokens.
        while i < limit, i - start < 8 {
            let token = tokens[i]
            let first = bytes[token.utf8Start]
            if first >= 0x41 && first <= 0x5A {
                placeWords += 1
                // Only the first word must be in capitals: a state or country may follow a comma in words.
                var j = token.utf8Start
                while placeWords == 1, j < token.utf8End {
                    if bytes[j] >= 0x61 && bytes[j] <= 0x7A { allCapitals = false }
                    j += 1
                }
            } else if first == 0x2D, token.utf8End - token.utf8Start == 1, i > start, !tokens[i - 1].spaceAfter,
                      !token.spaceAfter {
                // the hyphens of "PORT-AU-PRINCE"
            } else if placeWords > 1, first >= 0x30 && first <= 0x39, token.utf8End - token.utf8Start <= 4,
                      (token.utf8Start..<token.utf8End).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) {
                // the date of "DAMASCUS, April 1 (Reuters) -", "SEOUL, March 28, 2025 (Yonhap) —"
            } else if !(token.utf8End - token.utf8Start == 1 && (first == 0x2C || first == 0x2E)) {
                break
            }
            i += 1
        }
        // The agency: one to three words in brackets.
        var agency = false
        if i < limit, isByte(0x28, token: tokens[i], bytes) {
            var j = i + 1
            while j < limit, j - i <= 4, !isByte(0x29, token: tokens[j], bytes) { j += 1 }
            guard j < limit, j - i >= 2, j - i <= 4, isByte(0x29, token: tokens[j], bytes) else { return nil }
            agency = true
            i = j + 1
        }
        guard agency || (placeWords > 0 && allCapitals), i + 1 < limit, isDash(tokens[i], bytes) else { return nil }
        // Capitals must be a dateline's, not a shouted headline: one to four words.
        guard agency || placeWords <= 4 else { return nil }
        let next = tokens[i + 1]
        let opener = bytes[next.utf8Start]
        guard (opener >= 0x41 && opener <= 0x5A) || (opener >= 0x30 && opener <= 0x39) || opener == 0x22
                || opener == 0xE2 else { return nil }
        return i + 1
    }

    private func isByte(_ byte: UInt8, token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.utf8End - token.utf8Start == 1 && bytes[token.utf8Start] == byte
    }

    /// "-", "--", en dash or em dash.
    private func isDash(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = token.utf8End - token.utf8Start, first = bytes[token.utf8Start]
        if first == 0x2D { return length <= 2 && (length == 1 || bytes[token.utf8Start + 1] == 0x2D) }
        return length == 3 && first == 0xE2 && bytes[token.utf8Start + 1] == 0x80
            && (bytes[token.utf8Start + 2] == 0x93 || bytes[token.utf8Start + 2] == 0x94)
    }
}
