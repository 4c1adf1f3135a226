/// The prefix, suffix and infix rules of the English tokenizer, written as plain functions over a chunk's scalars.
///
/// A chunk is a run of non-space characters. Prefixes and suffixes are peeled off its ends repeatedly; what remains is
/// split at infixes (hyphens between letters, `...`, a comma between letters...). The rules mirror the conventions of
/// spaCy's English tokenizer so that Dyad's tokens align with the language models trained on spaCy's output.
struct AffixRules: Sendable {
    /// Unit symbols split from a number they follow ("850m" → "850" "m").
    private let units: [[UInt32]]
    private let maxUnitLength: Int
    /// Currency signs of more than one character ("US$").
    private let longCurrencies: [[UInt32]] = ["US$", "C$", "A$"].map { $0.unicodeScalars.map(\.value) }

    init() {
        let list = """
            km km² km³ m m² m³ dm dm² dm³ cm cm² cm³ mm mm² mm³ ha µm nm yd in ft kg g mg µg t lb oz m/s km/h kmh mph \
            hPa Pa mbar mb MB kb KB gb GB tb TB T G M K % км км² км³ м м² м³ дм дм² дм³ см см² см³ мм мм² мм³ нм кг г \
            мг м/с км/ч кПа Па мбар Кб КБ кб Мб МБ мб Гб ГБ гб Тб ТБ
            """
        // Longest first, so that "km" is preferred to "m" at the same position (the earliest start wins anyway).
        units = list.split(separator: " ").map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }
        maxUnitLength = units.map(\.count).max() ?? 0
    }

    // MARK: Prefixes

    /// Length of the prefix to split off the front of `s[lo..<hi]`, or 0.
    func prefixLength(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int) -> Int {
        let c = s[lo]
        switch c {
        case 0xA7, 0x25, 0x3D, 0x2014, 0x2013: return 1  // § % = — –
        case 0x2B:  // "+" not before a digit
            return lo + 1 < hi && CharacterClass.isDigit(s[lo + 1]) ? 0 : 1
        case 0x2E:  // ".." and longer runs of periods
            var end = lo + 1
            while end < hi && s[end] == 0x2E { end += 1 }
            return end - lo >= 2 ? end - lo : 0
        default:
            break
        }
        if CharacterClass.isPunct(c) || CharacterClass.isQuote(c) || CharacterClass.isCurrencySign(c) { return 1 }
        if c == 0x55 || c == 0x43 || c == 0x41 {  // "US$", "C$", "A$"
            for currency in longCurrencies where matches(s, lo, hi, currency) { return currency.count }
        }
        return CharacterClass.isIcon(c) ? 1 : 0
    }

    // MARK: Suffixes

    /// Length of the suffix to split off the end of `s[lo..<hi]`, or 0: the longest one that matches wholly.
    func suffixLength(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int) -> Int {
        let count = hi - lo
        // Runs of periods ("word...").
        if s[hi - 1] == 0x2E {
            var start = hi - 1
            while start > lo && s[start - 1] == 0x2E { start -= 1 }
            if hi - start >= 2 { return hi - start }
        }
        // A unit right after a number ("850m"): units hold no digits, so the only candidate is the tail after the
        // last digit.
        var lastDigit = hi - 1
        while lastDigit >= lo && hi - lastDigit <= maxUnitLength + 1 && !CharacterClass.isDigit(s[lastDigit]) {
            lastDigit -= 1
        }
        if lastDigit >= lo && lastDigit < hi - 1 && CharacterClass.isDigit(s[lastDigit]) {
            let tail = hi - lastDigit - 1
            for unit in units where unit.count == tail && matches(s, lastDigit + 1, hi, unit) { return tail }
        }
        for currency in longCurrencies where currency.count < count {
            let start = hi - currency.count
            if CharacterClass.isDigit(s[start - 1]) && matches(s, start, hi, currency) { return currency.count }
        }
        // Possessive "'s" and its variants.
        if count >= 2 {
            let apostrophe = s[hi - 2]
            let letter = s[hi - 1]
            if (apostrophe == 0x27 || apostrophe == 0x2019) && (letter == 0x73 || letter == 0x53) { return 2 }
        }
        let c = s[hi - 1]
        if CharacterClass.isPunct(c) || CharacterClass.isQuote(c) || CharacterClass.isIcon(c) { return 1 }
        if c == 0x2014 || c == 0x2013 { return 1 }
        let before = count >= 2 ? s[hi - 2] : nil
        if c == 0x2B, let before, CharacterClass.isDigit(before) { return 1 }
        if CharacterClass.isCurrencySign(c), let before, CharacterClass.isDigit(before) { return 1 }
        if c == 0x2E, let before {
            if CharacterClass.splitsFollowingPeriod(before) { return 1 }
            if count >= 3, CharacterClass.isUpperOrUncased(before), CharacterClass.isUpperOrUncased(s[hi - 3]) {
                return 1
            }
        }
        return 0
    }

    // MARK: Infixes

    /// Calls `body(start, end)` for each infix inside `s[lo..<hi]`, left to right, never at the very start.
    func forEachInfix(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, _ body: (Int, Int) -> Void) {
        var i = lo
        while i < hi {
            let length = infixLength(s, lo, hi, at: i)
            if length > 0 {
                if i != lo { body(i, i + length) }
                i += length
            } else {
                i += 1
            }
        }
    }

    /// Length of the infix that starts at `i`, or 0.
    private func infixLength(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, at i: Int) -> Int {
        let c = s[i]
        if c == 0x2E && i + 1 < hi && s[i + 1] == 0x2E {  // ".." and longer
            var end = i + 2
            while end < hi && s[end] == 0x2E { end += 1 }
            return end - i
        }
        if c == 0x2026 || CharacterClass.isIcon(c) { return 1 }  // … and symbols
        guard i > lo else { return 0 }
        let before = s[i - 1]
        let after: UInt32? = i + 1 < hi ? s[i + 1] : nil
        switch c {
        case 0x2B, 0x2D, 0x2A, 0x5E:  // + - * ^ between digits ("10-15", "2+2")
            if CharacterClass.isDigit(before), let after, CharacterClass.isDigit(after) || after == 0x2D { return 1 }
        case 0x2E:  // "word.Word"
            if CharacterClass.isLowerOrUncased(before) || CharacterClass.isQuote(before),
               let after, CharacterClass.isUpperOrUncased(after) || CharacterClass.isQuote(after) { return 1 }
        case 0x2C:  // "word,word"
            if CharacterClass.isAlpha(before), let after, CharacterClass.isAlpha(after) { return 1 }
        default:
            break
        }
        if CharacterClass.isAlpha(before) || CharacterClass.isDigit(before) {
            // Hyphens and dashes after a letter or digit and before a letter: "-", "–", "—", "--", "---", "——", "~".
            if let length = hyphenLength(s, i, hi), i + length < hi, CharacterClass.isAlpha(s[i + length]) {
                return length
            }
        }
        if c == 0x3A || c == 0x3C || c == 0x3E || c == 0x3D || c == 0x2F {  // : < > = / before a letter
            if CharacterClass.isAlpha(before) || CharacterClass.isDigit(before),
               let after, CharacterClass.isAlpha(after) { return 1 }
        }
        return 0
    }

    /// The hyphen forms tried in order: the first whose following character is a letter wins.
    private func hyphenLength(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, _ hi: Int) -> Int? {
        let c = s[i]
        guard CharacterClass.isHyphen(c) else { return nil }
        // Single characters first ("-", "–", "—", "~"), then "--", "---", "——".
        if i + 1 < hi && CharacterClass.isAlpha(s[i + 1]) { return 1 }
        if c == 0x2D && i + 2 < hi && s[i + 1] == 0x2D {
            if CharacterClass.isAlpha(s[i + 2]) { return 2 }
            if i + 3 < hi && s[i + 2] == 0x2D && CharacterClass.isAlpha(s[i + 3]) { return 3 }
        }
        if c == 0x2014 && i + 2 < hi && s[i + 1] == 0x2014 && CharacterClass.isAlpha(s[i + 2]) { return 2 }
        return nil
    }

    @inline(__always)
    private func matches(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, _ pattern: [UInt32]) -> Bool {
        guard hi - lo >= pattern.count else { return false }
        for k in 0..<pattern.count where s[lo + k] != pattern[k] { return false }
        return true
    }
}
