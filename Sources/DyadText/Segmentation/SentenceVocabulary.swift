import DyadCore

/// The small word lists the sentence splitter consults, looked up by the UTF-8 bytes of a token.
struct SentenceVocabulary: Sendable {
    /// What a token ending a sentence candidate is.
    enum Terminal: Equatable {
        case none
        /// `!`, `?`, `?!` and the like.
        case strong
        /// `...`, `…`.
        case ellipsis
        /// A lone `.`.
        case period
        /// A token that ends in a period it keeps ("U.S.", "Jan.", "Mr.", "J.").
        case abbreviation(Abbreviation)
        /// A period followed by a footnote mark in the same token ("found.[1").
        case footnote
    }

    /// What an abbreviation (the word before a period) says about a following boundary.
    enum Abbreviation: Equatable {
        /// Not an abbreviation we know.
        case none
        /// Titles and reference words that precede a name or number: never end a sentence ("Gen.", "No.").
        case title
        /// Never ends a sentence ("e.g.", "vs.").
        case never
        /// Precedes a number ("No. 5", "Art. 3"): ends a sentence before anything else.
        case numbering
        /// Often ends a sentence ("Inc.", "etc.", "a.m."): ends one before any word but a number.
        case sentenceFinal
        /// A dotted acronym ("U.S.", "U.N."): ends a sentence before an opener, a title or a capitalised plural,
        /// not before the names it modifies ("U.S. Navy").
        case acronym
        /// Ends a sentence only before a word that typically opens one (months, initials, state abbreviations).
        case weak
    }

    /// How the token after a candidate boundary begins.
    enum Opener: Equatable {
        case lowercase
        /// A capitalised word that commonly opens sentences ("The", "He", "But"), or an opening quote or bracket.
        case starter
        /// A digit or currency sign.
        case digit
        /// Anything else: a capitalised word, a letter of a script without case, a symbol.
        case other
    }

    private let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Drs", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
        "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Prof", "Rev", "Hon", "Pres", "Amb", "Atty", "Supt",
        "Insp", "Det", "Fr", "St", "Mt", "Ft", "Messrs", "Mmes", "Dept", "Rt", "Rs", "Gens", "Lieut", "Comdr", "Cmdt",
        "Sgts", "Msgr", "Sra", "Mme", "Mlle", "Ald", "Cllr", "Insps", "Hr", "Ph",
    ]
    private let numbering: Set<String> = [
        "No", "Nos", "Nr", "Vol", "Vols", "Fig", "Figs", "Art", "Arts", "Sec", "Ch", "Pt", "Pts", "Para", "Op",
    ]
    private let never: Set<String> = [
        "e.g", "E.g", "E.G", "i.e", "I.e", "I.E", "vs", "v", "v.s", "cf", "viz", "approx", "ca", "incl", "esp", "pp",
        "p", "nos", "no", "op", "ed", "eds", "cit", "ibid", "c",
    ]
    private let sentenceFinal: Set<String> = [
        "Inc", "Corp", "Co", "co", "Ltd", "Jr", "Sr", "etc", "a.m", "p.m", "A.M", "P.M", "Bros", "Ph.D", "al", "Esq",
        "LLC", "Plc", "plc", "Ave", "Blvd", "Rd", "yrs", "hrs", "mins", "kg", "km", "cm", "mm", "lbs", "oz", "pct",
    ]
    private let weak: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues",
        "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del",
        "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont",
        "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Wash", "Wis", "Wyo", "Ak", "Ia", "Id",
    ]
    private let starters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "Here", "His", "Her", "Its", "Their", "Our", "My", "Your", "In", "On", "At", "For", "From", "By", "With",
        "After", "Before", "During", "Since", "Until", "When", "While", "As", "If", "But", "And", "Or", "So", "Yet",
        "However", "Meanwhile", "Also", "Still", "Then", "Now", "According", "Earlier", "Later", "Last", "Some",
        "Many", "Most", "Both", "Each", "All", "No", "Not", "Other", "Another", "One", "Two", "Three", "What", "Who",
        "Why", "How", "Where", "Which", "Although", "Though", "Despite", "Under", "Over", "Officials", "Analysts",
        "Such", "More", "Several", "Few", "Nor", "Because", "Once", "Under", "Asked", "Separately", "Instead",
        "Neither", "Either", "Even", "Only", "Among", "Amid", "Following", "Asked", "Today", "Yesterday",
        "Tomorrow", "Nevertheless", "Moreover", "Furthermore", "Indeed", "Thus", "Therefore", "Overall", "Four",
        "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Hundreds", "Thousands", "Millions",
        "Dozens", "Police", "Critics", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
    ]

    /// Every listed abbreviation with its class, for a single lookup (titles win over the other lists).
    private let abbreviations: [String: Abbreviation]

    init() {
        var table: [String: Abbreviation] = [:]
        for (words, kind) in [(weak, Abbreviation.weak), (sentenceFinal, .sentenceFinal), (never, .never),
                              (numbering, .numbering), (titles, .title)] {
            for word in words { table[word] = kind }
        }
        abbreviations = table
    }

    // MARK: Lookups

    private func string(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }

    /// Whether the token is sentence-final punctuation, or an abbreviation that keeps its period.
    func terminalKind(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Terminal {
        let last = bytes[hi - 1]
        // "…" (E2 80 A6) runs.
        if last == 0xA6 && hi - lo >= 3 && bytes[hi - 3] == 0xE2 && bytes[hi - 2] == 0x80 {
            var i = lo
            while i + 2 < hi && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6 { i += 3 }
            return i == hi ? .ellipsis : .none
        }
        if last >= 0x30 && last <= 0x39 {
            // "found.[1": a period, then a footnote mark (the "]" is the next token).
            var k = hi - 1
            while k > lo && bytes[k] >= 0x30 && bytes[k] <= 0x39 { k -= 1 }
            return k - 1 > lo && bytes[k] == 0x5B && bytes[k - 1] == 0x2E ? .footnote : .none
        }
        guard last == 0x2E || last == 0x21 || last == 0x3F else { return .none }
        var dots = 0, marks = 0
        for i in lo..<hi {
            switch bytes[i] {
            case 0x2E: dots += 1
            case 0x21, 0x3F: marks += 1
            default:
                // A word that keeps its final period.
                guard last == 0x2E, hi - lo <= 12 else { return .none }
                return .abbreviation(abbreviation(bytes, lo, hi - 1, withPeriod: true))
            }
        }
        if marks > 0 { return .strong }
        return dots == 1 ? .period : .ellipsis
    }

    /// What the word `bytes[lo..<hi]` (without its final period) is as an abbreviation.
    func abbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, withPeriod: Bool = false) -> Abbreviation {
        guard hi > lo, hi - lo <= 12 else { return .none }
        let word = string(bytes, lo, hi)
        if let known = abbreviations[word] { return known }
        if withPeriod {
            // Initials ("J.") wait for a sentence opener; dotted acronyms ("U.S.", "N.Y.") often end sentences.
            if hi - lo == 1 { return .weak }
            if word.contains(".") { return word.first!.isUppercase ? .acronym : .sentenceFinal }
        }
        return .none
    }

    /// Whether the token is a list marker opening a line ("-", "*", "•", "1.").
    func isListMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        switch hi - lo {
        case 1: return bytes[lo] == 0x2D || bytes[lo] == 0x2A  // - *
        case 2: return bytes[lo] == 0xC2 && bytes[lo + 1] == 0xB7  // ·
        case 3:
            // • – — ▪ ●
            guard bytes[lo] == 0xE2 else { return false }
            let (b1, b2) = (bytes[lo + 1], bytes[lo + 2])
            return (b1 == 0x80 && (b2 == 0xA2 || b2 == 0x93 || b2 == 0x94)) || (b1 == 0x96 && b2 == 0xAA)
                || (b1 == 0x97 && b2 == 0x8F)
        default: return false
        }
    }

    /// Whether a capitalised word after an acronym more likely opens a sentence than continues a name: a title
    /// ("Mr."), or a plural ("Negotiators", "Ministers").
    func opensAfterAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        let word = string(bytes, lo, hi)
        if titles.contains(word.hasSuffix(".") ? String(word.dropLast()) : word) { return true }
        guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
              !word.hasSuffix("is") else { return false }
        // "U.S. Marines arrived in Norway": names of forces and securities that an acronym's country owns.
        if ["Marines", "Rangers", "Forces", "Treasuries", "Airmen"].contains(word) { return false }
        return word.dropFirst().allSatisfy(\.isLowercase)
    }

    /// Whether the token is a closing quotation mark.
    func isClosingQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        switch hi - lo {
        case 1: return bytes[lo] == 0x22
        case 2: return bytes[lo] == 0xC2 && bytes[lo + 1] == 0xBB  // »
        case 3: return bytes[lo] == 0xE2 && bytes[lo + 1] == 0x80 && bytes[lo + 2] == 0x9D  // ”
        default: return false
        }
    }

    /// Whether a quotation can end after this token without punctuation: an emoji or symbol, or a hashtag word.
    func endsQuotedPost(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        guard let scalar = string(bytes, lo, hi).unicodeScalars.last else { return false }
        if scalar.value >= 0x2190 && (scalar.properties.generalCategory == .otherSymbol || scalar.value == 0xFE0F) {
            return true
        }
        // Regional indicators (flags) and emoji modifiers.
        if (0x1F1E6...0x1F1FF).contains(scalar.value) || (0x1F3FB...0x1F3FF).contains(scalar.value) { return true }
        return lo > 0 && bytes[lo - 1] == UInt8(ascii: "#")
    }

    /// Whether `token` closes what precedes it: a closing bracket or quote glued to the previous token.
    func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, after previous: Token) -> Bool {
        let count = token.utf8End - token.utf8Start
        let b = bytes[token.utf8Start]
        if count == 1 { return b == 0x29 || b == 0x5D || b == 0x7D || b == 0x22 || b == 0x27 }
        guard count <= 3 else { return false }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.utf8Start..<token.utf8End]), as: UTF8.self)
        return ["\u{201D}", "\u{2019}", "\u{BB}", "\u{300D}", "\u{300F}", "\u{FF09}", "\u{203A}"].contains(scalar)
    }

    /// How the token `bytes[lo..<hi]` opens a possible sentence.
    func opener(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Opener {
        let b = bytes[lo]
        if b >= 0x61 && b <= 0x7A {
            // "iPhone", "eBay", "mRNA": brand names open sentences in lower case.
            for i in (lo + 1)..<hi where bytes[i] >= 0x41 && bytes[i] <= 0x5A { return .other }
            return .lowercase
        }
        if b >= 0x30 && b <= 0x39 { return .digit }
        if b >= 0x41 && b <= 0x5A { return starters.contains(string(bytes, lo, hi)) ? .starter : .other }
        if b < 0x80 {
            switch b {
            case 0x22, 0x27, 0x28, 0x5B, 0x2D, 0x2A, 0x60: return .starter  // " ' ( [ - * `
            case 0x24: return .digit
            default: return .other
            }
        }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
            .unicodeScalars.first else { return .other }
        switch scalar.value {
        case 0x201C, 0x2018, 0xAB, 0x201E, 0x300C, 0x300E, 0x2014, 0x2013, 0x2022, 0xBF, 0xA1: return .starter
        default: break
        }
        let properties = scalar.properties
        if properties.isLowercase { return .lowercase }
        if properties.isUppercase {
            return starters.contains(string(bytes, lo, hi)) ? .starter : .other
        }
        return properties.generalCategory == .currencySymbol ? .digit : .other
    }
}

/// How a document uses line breaks: as sentence or paragraph ends, or as hard wrapping inside paragraphs.
struct LineLayout {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Set when the text is hard-wrapped: the usual length of a full line, in bytes.
    private let fullLine: Int?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // Lines that a line break ends (the last line of the text says nothing about wrapping).
        var ended: [(length: Int, terminated: Bool)] = []
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            var end = i
            while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x09) { end -= 1 }
            if end > start {
                let last = bytes[end - 1]
                let terminated = last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x3A
                    || (last == 0x9D && end - start >= 3 && bytes[end - 3] == 0xE2)  // ”
                ended.append((end - start, terminated))
            }
            start = i + 1
        }
        // Hard-wrapped: at least two long lines end mid-sentence, and they are at least half of the lines.
        let wrapped = ended.filter { !$0.terminated && $0.length >= 40 }.map(\.length).sorted()
        if wrapped.count >= 2 && wrapped.count * 2 >= ended.count {
            fullLine = wrapped[wrapped.count / 2]
        } else {
            fullLine = nil
        }
    }

    /// Whether the line break right after byte offset `end` (skipping trailing spaces) ends a sentence.
    func breaksSentence(lineEndingAt end: Int) -> Bool {
        guard let fullLine else { return true }
        var start = end
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        return (end - start) * 10 < fullLine * 6
    }
}
