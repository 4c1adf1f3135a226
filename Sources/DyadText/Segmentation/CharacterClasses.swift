/// Character classes used by the tokenizer's affix rules, defined on Unicode scalar values.
///
/// They follow the conventions of spaCy's English tokenizer (which Dyad's language layer is trained against) but are
/// our own definitions, expressed with Unicode properties instead of enumerated ranges.
enum CharacterClass {
    /// Whitespace as Python's `str.isspace` sees it: these separate chunks and are never tokens.
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    @inline(__always)
    static func isASCIILower(_ c: UInt32) -> Bool { c >= 0x61 && c <= 0x7A }

    @inline(__always)
    static func isASCIIUpper(_ c: UInt32) -> Bool { c >= 0x41 && c <= 0x5A }

    /// Letters of any script.
    @inline(__always)
    static func isAlpha(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILower(c) || isASCIIUpper(c) }
        guard let scalar = Unicode.Scalar(c) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic && !isCombiningMark(properties.generalCategory)
    }

    /// Lower-case letters, and letters of scripts without case (CJK, Hangul, Arabic, Hebrew, Indic...).
    @inline(__always)
    static func isLowerOrUncased(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILower(c) }
        guard let scalar = Unicode.Scalar(c) else { return false }
        let properties = scalar.properties
        guard properties.isAlphabetic, !isCombiningMark(properties.generalCategory) else { return false }
        return properties.isLowercase || !properties.isUppercase
    }

    /// Upper-case letters, and letters of scripts without case.
    @inline(__always)
    static func isUpperOrUncased(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIIUpper(c) }
        guard let scalar = Unicode.Scalar(c) else { return false }
        let properties = scalar.properties
        guard properties.isAlphabetic, !isCombiningMark(properties.generalCategory) else { return false }
        return properties.isUppercase || !properties.isLowercase
    }

    private static func isCombiningMark(_ category: Unicode.GeneralCategory) -> Bool {
        category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }

    /// Punctuation split off either end of a chunk (one scalar each).
    @inline(__always)
    static func isPunct(_ c: UInt32) -> Bool {
        switch c {
        case 0x2C, 0x3A, 0x3B, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3C, 0x3E, 0x5F, 0x23, 0x2A, 0x26:
            return true  // , : ; ! ? ( ) [ ] { } < > _ # * &
        case 0x2026, 0xBF, 0x61F, 0xA1, 0x3002, 0xFF1F, 0xFF01, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF5E, 0xB7, 0x964,
             0x60C, 0x6D4, 0x61B, 0x66A:
            return true  // … ¿ ؟ ¡ 。 ？ ！ ， 、 ； ： ～ · । ، ۔ ؛ ٪
        default:
            return false
        }
    }

    /// Quotation marks and brackets of every shape, split off either end of a chunk.
    @inline(__always)
    static func isQuote(_ c: UInt32) -> Bool {
        switch c {
        case 0x27, 0x22, 0x60, 0x2C, 0xB4: return true  // ' " ` , ´
        case 0x201D, 0x201C, 0x2018, 0x2019, 0x201A, 0x201E, 0xBB, 0xAB: return true  // ” “ ‘ ’ ‚ „ » «
        case 0x300C, 0x300D, 0x300E, 0x300F, 0xFF08, 0xFF09, 0x3014, 0x3015, 0x3010, 0x3011, 0x300A, 0x300B,
             0x3008, 0x3009, 0x2329, 0x232A, 0x27E6, 0x27E7:
            return true  // 「 」 『 』 （ ） 〔 〕 【 】 《 》 〈 〉 〈 〉 ⟦ ⟧
        default: return false
        }
    }

    /// Hyphens and dashes that split words when they stand between letters.
    @inline(__always)
    static func isHyphen(_ c: UInt32) -> Bool { c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0x7E }

    /// Currency signs split off before numbers, or after them.
    @inline(__always)
    static func isCurrencySign(_ c: UInt32) -> Bool {
        switch c {
        case 0x24, 0xA3, 0x20AC, 0xA5, 0xE3F, 0xFDFC: return true  // $ £ € ¥ ฿ ﷼
        case 0x20A0...0x20BF: return true  // the currency symbols block: ₠ … ₿
        default: return false
        }
    }

    /// Symbols such as emoji, dingbats, arrows and box drawing: each is its own token.
    @inline(__always)
    static func isIcon(_ c: UInt32) -> Bool {
        if c < 0xA6 { return false }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.generalCategory == .otherSymbol
    }

    /// Characters after which a final period is split off (`word.` → `word` `.`): digits, lower-case letters,
    /// `% ² - +`, punctuation, quotes, and `( ? : )`.
    @inline(__always)
    static func splitsFollowingPeriod(_ c: UInt32) -> Bool {
        if isDigit(c) || isLowerOrUncased(c) || isPunct(c) || isQuote(c) { return true }
        switch c {
        case 0x25, 0xB2, 0x2D, 0x2B, 0x7C, 0x28, 0x3F, 0x3A, 0x29: return true  // % ² - + | ( ? : )
        default: return false
        }
    }
}
