import DyadCore

/// Reads TABARI and PETRARCH verb dictionaries into a ``PeerVerbDictionary``: one pass over the lines, after a
/// quick look for the dialect and the synset names (a synset may be used before it is defined).
struct PeerVerbReader {
    private var context: PeerReadContext
    private let tokenizer: PeerPatternTokenizer
    private var synsets: [PeerVerbDictionary.Synset] = []
    private var blocks: [PeerVerbDictionary.Block] = []
    private var transformations: [PeerVerbDictionary.Transformation] = []
    private var headingSection: String?
    private var tagSection: (name: String, line: Int)?
    private var block: OpenBlock?
    private var synset: OpenSynset?
    /// True after a block's heading (or TABARI verb line) was rejected: its patterns are skipped without more errors.
    private var skippingBlock = false

    private struct OpenBlock {
        let name: String
        let code: PeerVerbCode?
        var verbs: [PeerVerbDictionary.Verb] = []
        var patterns: [PeerVerbPattern] = []
        let section: String?
        let line: PeerLine
        let location: SourceLocation
    }

    private struct OpenSynset {
        let name: String
        let formsPlurals: Bool
        var members: [PeerVerbDictionary.Member] = []
        let section: String?
        let line: PeerLine
        let location: SourceLocation
    }

    init(context: PeerReadContext) {
        var names = Set<String>()
        var isPetrarch = false
        for line in context.lines where line.heading == nil {
            let start = line.start
            if line.bytes[start] == 0x26, let name = PeerVerbReader.synsetHeader(line, start)?.name {
                names.insert(name)
            } else if line.bytes[start...].starts(with: [0x2D, 0x2D, 0x2D]) {
                isPetrarch = true
            }
        }
        self.context = context
        tokenizer = PeerPatternTokenizer(synsets: names, dialect: isPetrarch ? .petrarch : .tabari)
    }

    private var section: String? { tagSection?.name ?? headingSection }

    mutating func read() -> PeerLoadResult<PeerVerbDictionary> {
        for line in context.lines {
            if let heading = line.heading {
                closeSynset()
                headingSection = heading
                continue
            }
            let start = line.start
            let byte = line.bytes[start]
            if byte == 0x2B, synset != nil {
                readMember(line, start)
                continue
            }
            closeSynset()
            switch byte {
            case 0x2D where line.bytes[start...].starts(with: [0x2D, 0x2D, 0x2D]): readHeader(line, start)
            case 0x2D: readPattern(line, start)
            case 0x26: readSynsetHeader(line, start)
            case 0x7E: readTransformation(line, start)
            case 0x3C: readTag(line, start)
            case 0x7B: readFormsLine(line, start)
            default: readVerb(line, start)
            }
        }
        closeSynset()
        closeBlock()
        if let tagSection {
            context.report(.warning, line: tagSection.line, "<\(tagSection.name)> is never closed",
                           hint: "end the section with </\(tagSection.name)>")
        }
        context.checkMostlyRejected(as: "verbs")
        let dictionary = PeerVerbDictionary(synsets: synsets, blocks: blocks, transformations: transformations,
                                            isPetrarch: tokenizer.dialect == .petrarch)
        return PeerLoadResult(value: dictionary, diagnostics: context.diagnostics)
    }

    // MARK: Blocks and verbs

    /// `--- NAME [CODE] ---` (the closing dashes may be missing or glued to the code).
    private mutating func readHeader(_ line: PeerLine, _ start: Int) {
        closeBlock()
        skippingBlock = true
        var index = start
        while index < line.bytes.count, line.bytes[index] == 0x2D { index += 1 }
        let bracket = line.firstIndex(of: 0x5B, from: index)
        var nameEnd = line.bytes.count
        var code: PeerVerbCode?
        if let bracket {
            nameEnd = bracket
            guard let close = line.firstIndex(of: 0x5D, from: bracket + 1) else {
                context.error(line, at: bracket, "'[' is not closed; block heading skipped",
                              hint: "write the heading as --- NAME [CODE] ---")
                return
            }
            let text = line.string(line.trimmed(bracket + 1..<close))
            guard let parsed = PeerVerbCode(text, eventCode: { context.eventCode($0) }) else {
                context.error(line, at: bracket, "'\(line.string(bracket..<close + 1))' is not a verb code; "
                              + "block heading skipped", hint: "write a code such as [042] or [042:043]")
                return
            }
            code = parsed
            checkEventCodes(parsed, in: line, from: bracket + 1, to: close)
            var rest = close + 1
            while rest < line.bytes.count, line.bytes[rest] == 0x2D || PeerLine.isBlank(line.bytes[rest]) { rest += 1 }
            if rest < line.bytes.count {
                if line.bytes[rest] == 0x5B {
                    context.warning(line, at: rest, "block heading has a second code; only \(parsed) is used",
                                    hint: "give verbs their own codes on their lines instead")
                } else {
                    context.error(line, at: rest, "unexpected '\(line.string(rest..<line.bytes.count))' after the "
                                  + "block's code; block heading skipped",
                                  hint: "write the heading as --- NAME [CODE] ---")
                    return
                }
            }
        }
        var name = line.trimmed(index..<nameEnd)
        while name.upperBound > name.lowerBound, line.bytes[name.upperBound - 1] == 0x2D {
            name = line.trimmed(name.lowerBound..<name.upperBound - 1)
        }
        guard !name.isEmpty else {
            context.error(line, at: start, "block heading has no name; block skipped",
                          hint: "write the heading as --- NAME [CODE] ---")
            return
        }
        block = OpenBlock(name: line.string(name), code: code, section: section, line: line,
                          location: context.location(line, start))
        skippingBlock = false
    }

    /// A verb line: in PETRARCH files it joins the open block, in TABARI files it starts a new one.
    private mutating func readVerb(_ line: PeerLine, _ start: Int) {
        if tokenizer.dialect == .tabari { closeBlock() }
        guard let verb = verb(line, start) else {
            if tokenizer.dialect == .tabari { skippingBlock = true }
            return
        }
        if tokenizer.dialect == .tabari {
            block = OpenBlock(name: verb.text, code: verb.code, section: section, line: line, location: verb.location)
            skippingBlock = false
        }
        guard block != nil else {
            context.error(line, at: start, "verb '\(verb.text)' is outside a block; line skipped",
                          hint: "start a block with --- NAME [CODE] --- before its verbs")
            return
        }
        block!.verbs.append(verb)
    }

    /// Reads `VERB {FORMS} [CODE]`.
    private mutating func verb(_ line: PeerLine, _ start: Int) -> PeerVerbDictionary.Verb? {
        let bracket = line.firstIndex(of: 0x5B, from: start) ?? line.bytes.count
        let brace = line.firstIndex(of: 0x7B, from: start, end: bracket)
        var forms: [String]?
        if let brace {
            guard let close = line.firstIndex(of: 0x7D, from: brace + 1, end: bracket) else {
                context.error(line, at: brace, "'{' is not closed; line skipped",
                              hint: "write the forms as {FORM FORM}")
                return nil
            }
            if !line.trimmed(close + 1..<bracket).isEmpty {
                context.error(line, at: close + 1, "unexpected text after the forms; line skipped",
                              hint: "write VERB {FORMS} [CODE]")
                return nil
            }
            forms = line.string(brace + 1..<close).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }
        var code: PeerVerbCode?
        if bracket < line.bytes.count {
            code = singleCode(line, from: bracket, of: "verb")
            guard code != nil else { return nil }
        }
        let range = line.trimmed(start..<(brace ?? bracket))
        let text = line.string(range)
        var words: [String] = []
        var inflected: Int?
        for (index, part) in text.split(whereSeparator: { $0 == "_" || $0 == " " || $0 == "\t" }).enumerated() {
            let plusses = part.filter { $0 == "+" }.count
            if plusses > 0 {
                guard plusses == 1, part.first == "+", inflected == nil else {
                    context.error(line, at: range.lowerBound, "'\(text)' marks the verb word with '+' more than once "
                                  + "or inside a word; line skipped", hint: "put one '+' before the word that inflects")
                    return nil
                }
                inflected = index
            }
            words.append(part.filter { $0 != "+" })
        }
        guard !words.isEmpty, !words.contains(where: \.isEmpty) else {
            context.error(line, at: start, "expected a verb; line skipped", hint: "write VERB {FORMS} [CODE]")
            return nil
        }
        if tokenizer.dialect == .petrarch, words.count > 1, inflected == nil {
            context.warning(line, at: range.lowerBound,
                            "multi-word verb '\(text)' does not mark its verb word with '+'",
                            hint: "write '+' before the word that inflects, e.g. +CORDON_OFF or WIRE_+TAP")
        }
        return .init(text: text, words: words, inflectedWord: words.count > 1 ? inflected : nil, forms: forms,
                     code: code, location: context.location(line, range.lowerBound))
    }

    /// TABARI: `{ FORMS }` on the line after the verb.
    private mutating func readFormsLine(_ line: PeerLine, _ start: Int) {
        guard let close = line.firstIndex(of: 0x7D, from: start + 1), line.trimmed(close + 1..<line.bytes.count).isEmpty
        else {
            context.error(line, at: start, "expected '{ FORMS }'; line skipped", hint: "close the forms with '}'")
            return
        }
        guard let last = block?.verbs.last, last.forms == nil else {
            context.error(line, at: start, "forms with no verb before them to take them; line skipped",
                          hint: "put the forms right after their verb")
            return
        }
        let forms = line.string(start + 1..<close).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        block!.verbs[block!.verbs.count - 1] = .init(
            text: last.text, words: last.words, inflectedWord: last.inflectedWord, forms: forms, code: last.code,
            location: last.location)
    }

    /// `- PATTERN [CODE]`.
    private mutating func readPattern(_ line: PeerLine, _ start: Int) {
        if block == nil, skippingBlock { return }
        guard let bracket = line.firstIndex(of: 0x5B, from: start) else {
            context.error(line, at: start, "pattern has no code; line skipped",
                          hint: "end the pattern with its code, e.g. - * AID [070]")
            return
        }
        guard let code = singleCode(line, from: bracket, of: "pattern") else { return }
        let range = line.trimmed(start + 1..<bracket)
        guard !range.isEmpty else {
            context.error(line, at: start, "pattern is empty; line skipped",
                          hint: "write the pattern, e.g. - * AID [070]")
            return
        }
        if let bad = line.firstIndex(of: 0x5D, from: range.lowerBound, end: range.upperBound) {
            context.error(line, at: bad, "unexpected ']' in the pattern; line skipped",
                          hint: "groups close with '}': { A | B }; the code in [...] comes last")
            return
        }
        guard let tokens = tokenizer.tokens(line, range, context: &context) else { return }
        let verbs = tokens.filter { $0.kind == .verb }.count
        guard verbs == 1 else {
            context.error(line, at: range.lowerBound, "pattern has \(verbs) verb markers '*', not one; line skipped",
                          hint: "mark where the verb is with a single '*'")
            return
        }
        guard block != nil else {
            if skippingBlock { return }
            context.error(line, at: start, "pattern is outside a verb block; line skipped",
                          hint: "put patterns after their verb")
            return
        }
        block!.patterns.append(PeerVerbPattern(text: line.string(range), tokens: tokens, code: code,
                                               location: context.location(line, start)))
    }

    /// One `[CODE]` from `bracket` to the end of the line, read as a verb code.
    private mutating func singleCode(_ line: PeerLine, from bracket: Int, of what: String) -> PeerVerbCode? {
        let scan = PeerBracketGroups(line, from: bracket)
        guard PeerBracketGroups.reportProblems(
            scan, in: line, context: &context, expecting: "one [CODE] or [CODE:CODE]")
        else { return nil }
        guard scan.groups.count == 1 else {
            context.error(line, at: scan.groups[1].open,
                          "a \(what) takes one code, not \(scan.groups.count); line skipped",
                          hint: "write the passive code after a colon: [042:043]")
            return nil
        }
        let group = scan.groups[0]
        let text = line.string(line.trimmed(group.inner))
        guard let code = PeerVerbCode(text, eventCode: { context.eventCode($0) }) else {
            context.error(line, at: group.open, "'\(line.string(group.open..<group.close + 1))' is not a verb code; "
                          + "line skipped", hint: "write a code such as [042], [042:043] or [:173]")
            return nil
        }
        checkEventCodes(code, in: line, from: group.open + 1, to: group.close)
        return code
    }

    /// Warns about active and passive codes that are not CAMEO event codes (TABARI's `<TIME>` shifts excepted).
    private mutating func checkEventCodes(_ code: PeerVerbCode, in line: PeerLine, from start: Int, to end: Int) {
        guard tagSection?.name != "TIME" else { return }
        let colon = line.firstIndex(of: 0x3A, from: start, end: end)
        context.checkEventCode(code.active, code.activeEvent, in: line, at: line.trimmed(start..<(colon ?? end)).lowerBound)
        if let colon {
            context.checkEventCode(code.passive, code.passiveEvent, in: line, at: line.trimmed(colon + 1..<end).lowerBound)
        }
    }

    private mutating func closeBlock() {
        guard let open = block else { return }
        block = nil
        if open.verbs.isEmpty, tokenizer.dialect == .petrarch {
            context.warning(open.line, "block '\(open.name)' has no verbs; its patterns can never match",
                            hint: "add the block's verbs after its heading")
        }
        blocks.append(.init(name: open.name, code: open.code, verbs: open.verbs, patterns: open.patterns,
                            section: open.section, location: open.location))
    }
}

extension PeerVerbReader {
    // MARK: Synsets, transformations, tags

    /// The name in a `&NAME` or `&NAME_` line, and whether the line has anything else after it.
    fileprivate static func synsetHeader(_ line: PeerLine, _ start: Int) -> (name: String, stopped: Bool, rest: Int?)? {
        var end = start + 1
        while end < line.bytes.count, PeerVerbReader.isNameByte(line.bytes[end]) { end += 1 }
        var nameEnd = end
        while nameEnd > start + 1, line.bytes[nameEnd - 1] == 0x5F { nameEnd -= 1 }
        guard nameEnd > start + 1 else { return nil }
        let rest = line.trimmed(end..<line.bytes.count)
        return (line.string(start + 1..<nameEnd), nameEnd < end, rest.isEmpty ? nil : rest.lowerBound)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F
    }

    fileprivate mutating func readSynsetHeader(_ line: PeerLine, _ start: Int) {
        guard let header = PeerVerbReader.synsetHeader(line, start), header.rest == nil else {
            let at = PeerVerbReader.synsetHeader(line, start)?.rest ?? start
            context.error(line, at: at, "expected '&NAME' alone on the line; synset skipped",
                          hint: "write the synset's name, then one '+MEMBER' per line")
            return
        }
        if let earlier = synsets.first(where: { $0.name == header.name }) {
            context.warning(line, at: start, "synset '&\(header.name)' is defined again (first at line "
                            + "\(earlier.location.line ?? 0)); patterns use the first",
                            hint: "merge the two definitions")
        }
        synset = OpenSynset(name: header.name, formsPlurals: !header.stopped, section: section, line: line,
                            location: context.location(line, start))
    }

    fileprivate mutating func readMember(_ line: PeerLine, _ start: Int) {
        let range = line.trimmed(start + 1..<line.bytes.count)
        guard !range.isEmpty else {
            context.error(line, at: start, "empty synset member; line skipped",
                          hint: "write a word or phrase after '+'")
            return
        }
        guard let tokens = tokenizer.tokens(line, range, context: &context) else { return }
        synset!.members.append(.init(text: line.string(range), tokens: tokens, location: context.location(line, start)))
    }

    fileprivate mutating func closeSynset() {
        guard let open = synset else { return }
        synset = nil
        if open.members.isEmpty {
            context.warning(open.line, "synset '&\(open.name)' has no members", hint: "list its members on '+' lines")
        }
        synsets.append(.init(name: open.name, formsPlurals: open.formsPlurals, members: open.members,
                             section: open.section, location: open.location))
    }

    /// `~ PATTERN = RESULT`.
    fileprivate mutating func readTransformation(_ line: PeerLine, _ start: Int) {
        guard let equals = line.firstIndex(of: 0x3D, from: start) else {
            context.error(line, at: start, "transformation has no '='; line skipped",
                          hint: "write ~ PATTERN = RESULT, e.g. ~ a (a b ATTACK) SAY = a b 015")
            return
        }
        let pattern = line.trimmed(start + 1..<equals)
        let result = line.trimmed(equals + 1..<line.bytes.count)
        guard !pattern.isEmpty, !result.isEmpty else {
            context.error(line, at: start, "transformation needs a pattern and a result; line skipped",
                          hint: "write ~ PATTERN = RESULT")
            return
        }
        transformations.append(.init(pattern: line.string(pattern), result: line.string(result),
                                     location: context.location(line, start)))
    }

    /// TABARI's `<SYNSETS>`, `<TIME>` … and their closing tags.
    fileprivate mutating func readTag(_ line: PeerLine, _ start: Int) {
        let text = line.string(start..<line.bytes.count)
        let closing = text.hasPrefix("</")
        let name = String(text.dropFirst(closing ? 2 : 1).dropLast())
        guard text.hasSuffix(">"), !name.isEmpty, !name.contains(" "), !name.contains("<") else {
            context.error(line, at: start, "'\(text)' is not a section tag such as <TIME> or </TIME>; line skipped",
                          hint: "comments start with '#' or '<!--'")
            return
        }
        closeBlock()
        if closing {
            guard tagSection?.name == name else {
                context.error(line, at: start, "</\(name)> closes a section that is not open; line skipped",
                              hint: tagSection.map { "the open section is <\($0.name)>" } ?? "remove the line")
                return
            }
            tagSection = nil
        } else {
            if let open = tagSection {
                context.warning(line, at: start, "<\(name)> starts while <\(open.name)> is still open",
                                hint: "close it with </\(open.name)> first")
            }
            tagSection = (name, line.number)
        }
    }
}
