import DyadCore

/// A TABARI/PETRARCH discards list: phrases that stop a sentence, or with `+` a whole story, from being coded.
///
/// ```
/// MONTHS LATER                 # the sentence is not coded
/// +World Golf Championships    # the story is not coded
/// BASEBALL_                    # trailing '_': the whole word, not a stem
/// ```
/// Matching is case-insensitive; the phrases are kept as written. A TABARI-style code such as `[###]` after the
/// phrase is kept too.
public struct PeerDiscards: PeerDictionaryReadable, Sendable, Hashable {
    /// What a match discards.
    public enum Scope: Sendable, Hashable {
        /// No `+`: the sentence.
        case sentence
        /// `+`: the whole story.
        case story
    }

    /// One discard line.
    public struct Entry: Sendable, Hashable {
        /// The phrase after any `+`.
        public let phrase: PeerPhrase
        /// Sentence or story.
        public let scope: Scope
        /// A code written after the phrase, if any (TABARI discards use `[###]`).
        public let code: PeerCode?
        /// Where the line's text starts.
        public let location: SourceLocation
    }

    /// The discards, in file order.
    public var entries: [Entry]

    /// Creates a list.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Reads a discards file; see ``PeerDictionaryReadable``.
    public static func parse(bytes: [UInt8], file: String) -> PeerLoadResult<PeerDiscards> {
        var context = PeerReadContext(bytes: bytes, file: file)
        var entries: [Entry] = []
        for line in context.lines where line.heading == nil {
            if let entry = readEntry(line, context: &context) { entries.append(entry) }
        }
        context.checkMostlyRejected(as: "discards")
        return PeerLoadResult(value: PeerDiscards(entries: entries), diagnostics: context.diagnostics)
    }

    private static func readEntry(_ line: PeerLine, context: inout PeerReadContext) -> Entry? {
        var start = line.start
        let tabs = context.source.text(ofLine: line.number).utf8.count { $0 == 0x09 }
        let content = line.trimmed(start..<line.bytes.count)
        if tabs >= 3 || line.firstIndex(of: 0x09, from: content.lowerBound, end: content.upperBound) != nil {
            context.error(line, at: start, "line is a row of tab-separated fields, not a discard phrase; line skipped",
                          hint: "a discards line is one phrase (words separated by blanks or '_'), '+' first to "
                            + "discard the story; is this a spreadsheet export?")
            return nil
        }
        let scope: Scope = line.bytes[start] == 0x2B ? .story : .sentence
        if scope == .story { start += 1 }
        let bracket = line.firstIndex(of: 0x5B, from: start) ?? line.bytes.count
        var code: PeerCode?
        if bracket < line.bytes.count {
            let scan = PeerBracketGroups(line, from: bracket)
            guard PeerBracketGroups.reportProblems(scan, in: line, context: &context, expecting: "one [CODE]")
            else { return nil }
            guard scan.groups.count == 1 else {
                context.error(line, at: scan.groups[1].open, "a discard takes at most one code; line skipped",
                              hint: "remove the extra codes")
                return nil
            }
            code = PeerCode(line.string(line.trimmed(scan.groups[0].inner)))
        }
        let range = line.trimmed(start..<bracket)
        if let bad = range.first(where: { [0x5D, 0x7B, 0x7D].contains(line.bytes[$0]) }) {
            context.error(line, at: bad, "'\(line.string(bad..<bad + 1))' cannot appear in a discard phrase; "
                          + "line skipped", hint: "check for a typo")
            return nil
        }
        guard let phrase = PeerPhrase(line.string(range)) else {
            context.error(line, at: start, "expected a phrase; line skipped",
                          hint: "write the words to discard on, e.g. +WORLD CUP")
            return nil
        }
        return Entry(phrase: phrase, scope: scope, code: code, location: context.location(line, line.start))
    }
}
