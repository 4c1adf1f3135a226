import DyadCore

/// Reads `.actors` lines into a ``PeerActorDictionary``: one pass, one open entry at a time.
struct PeerActorReader {
    private var context: PeerReadContext
    private var entries: [PeerActorDictionary.Entry] = []
    private var wordClasses: [PeerActorDictionary.WordClass] = []
    private var open: OpenEntry?
    /// True after an entry's own line was rejected: its `+` and code lines are skipped without more errors.
    private var skippingEntry = false
    private var openClass: (name: String, members: [PeerActorDictionary.Synonym], location: SourceLocation)?

    /// The entry being read: codes may still follow on later lines.
    private struct OpenEntry {
        let line: PeerLine
        let phrase: PeerPhrase
        let location: SourceLocation
        var synonyms: [PeerActorDictionary.Synonym] = []
        var codes: [PeerDatedCode] = []
        var wroteCode = false
    }

    init(context: PeerReadContext) {
        self.context = context
    }

    mutating func read() -> PeerLoadResult<PeerActorDictionary> {
        for line in context.lines where line.heading == nil {
            let start = line.start
            switch line.bytes[start] {
            case 0x3C: readTag(line, start)
            case 0x5B: readCodeLine(line, start)
            case 0x2B: readSynonym(line, start)
            default: readPhraseLine(line, start)
            }
        }
        closeEntry()
        if let openClass {
            context.report(.warning, line: openClass.location.line, "<\(openClass.name)> is never closed",
                           hint: "end the list with </\(openClass.name)>")
            wordClasses.append(.init(name: openClass.name, members: openClass.members, location: openClass.location))
        }
        context.checkMostlyRejected(as: "TABARI/PETRARCH actors")
        return PeerLoadResult(value: PeerActorDictionary(entries: entries, wordClasses: wordClasses),
                              diagnostics: context.diagnostics)
    }

    /// `<NOUN>` opens a word list, `</NOUN>` closes it.
    private mutating func readTag(_ line: PeerLine, _ start: Int) {
        let text = line.string(start..<line.bytes.count)
        let closing = text.hasPrefix("</")
        guard text.hasSuffix(">"), let name = tagName(text, closing: closing) else {
            context.error(line, at: start, "'\(text)' is not a tag such as <NOUN> or </NOUN>; line skipped",
                          hint: "phrases start with a letter or digit; comments with '#' or '<!--'")
            return
        }
        closeEntry()
        skippingEntry = false
        if closing {
            guard let current = openClass, current.name == name else {
                context.error(line, at: start, "</\(name)> closes a list that is not open; line skipped",
                              hint: openClass.map { "the open list is <\($0.name)>" } ?? "remove the line")
                return
            }
            wordClasses.append(.init(name: current.name, members: current.members, location: current.location))
            openClass = nil
        } else {
            if let current = openClass {
                context.warning(line, at: start, "<\(name)> starts while <\(current.name)> is still open; "
                                + "<\(current.name)> ends here", hint: "close it with </\(current.name)> first")
                wordClasses.append(.init(name: current.name, members: current.members, location: current.location))
            }
            openClass = (name, [], context.location(line, start))
        }
    }

    private func tagName(_ text: String, closing: Bool) -> String? {
        let name = text.dropFirst(closing ? 2 : 1).dropLast()
        guard !name.isEmpty, name.utf8.allSatisfy({ $0 > 0x20 && $0 != 0x3C && $0 != 0x3E }) else { return nil }
        return String(name)
    }

    /// `[CODE ...]` lines add codes to the open entry.
    private mutating func readCodeLine(_ line: PeerLine, _ start: Int) {
        if skippingEntry { return }
        guard open != nil else {
            context.error(line, at: start, "code with no actor phrase before it; line skipped",
                          hint: "put the code on the phrase's line or on the lines right after it")
            return
        }
        guard openClass == nil else {
            context.error(line, at: start, "code inside <\(openClass!.name)>; line skipped",
                          hint: "word lists take words only")
            return
        }
        readCodes(line, from: start)
    }

    /// `+PHRASE` adds a synonym to the open entry.
    private mutating func readSynonym(_ line: PeerLine, _ start: Int) {
        let bracket = line.firstIndex(of: 0x5B, from: start) ?? line.bytes.count
        if bracket < line.bytes.count {
            context.error(line, at: bracket, "a '+' synonym line takes no code; line skipped",
                          hint: "put codes on the actor's own line or on lines of their own after the synonyms")
            return
        }
        if skippingEntry { return }
        guard open != nil else {
            context.error(line, at: start, "'+' synonym with no actor phrase before it; line skipped",
                          hint: "start the entry with the actor's main phrase")
            return
        }
        guard let phrase = phrase(line, start + 1..<bracket) else { return }
        open!.synonyms.append(.init(phrase: phrase, location: context.location(line, start)))
    }

    /// `PHRASE [CODE]...` starts a new entry (or adds to a word list).
    private mutating func readPhraseLine(_ line: PeerLine, _ start: Int) {
        let bracket = line.firstIndex(of: 0x5B, from: start) ?? line.bytes.count
        if let openClass {
            guard bracket == line.bytes.count else {
                context.error(line, at: bracket, "code inside <\(openClass.name)>; line skipped",
                              hint: "word lists take words only")
                return
            }
            guard let phrase = phrase(line, start..<bracket) else { return }
            self.openClass!.members.append(.init(phrase: phrase, location: context.location(line, start)))
            return
        }
        closeEntry()
        let scan = PeerBracketGroups(line, from: bracket)
        skippingEntry = true
        guard PeerBracketGroups.reportProblems(scan, in: line, context: &context, expecting: "[CODE] or [CODE DATES]"),
              let phrase = phrase(line, start..<bracket)
        else { return }
        skippingEntry = false
        open = OpenEntry(line: line, phrase: phrase, location: context.location(line, start))
        readCodes(line, from: bracket, scan: scan)
    }

    private mutating func readCodes(_ line: PeerLine, from offset: Int, scan: PeerBracketGroups? = nil) {
        let scan = scan ?? PeerBracketGroups(line, from: offset)
        guard PeerBracketGroups.reportProblems(scan, in: line, context: &context, expecting: "[CODE] or [CODE DATES]")
        else { return }
        for group in scan.groups {
            open!.wroteCode = true
            if let code = PeerDatedCode.read(group, in: line, context: &context) { open!.codes.append(code) }
        }
    }

    /// Reads and checks a phrase; reports and returns `nil` when it is empty or has characters phrases cannot have.
    private mutating func phrase(_ line: PeerLine, _ range: Range<Int>) -> PeerPhrase? {
        let range = line.trimmed(range)
        if let bad = range.first(where: { [0x5D, 0x7B, 0x7D].contains(line.bytes[$0]) }) {
            context.error(line, at: bad, "'\(line.string(bad..<bad + 1))' cannot appear in an actor phrase; "
                          + "line skipped", hint: "codes go in [...] after the phrase; check for a typo")
            return nil
        }
        guard let phrase = PeerPhrase(line.string(range)) else {
            context.error(line, at: range.lowerBound, "expected a phrase; line skipped",
                          hint: "write the actor's name with words joined by '_', e.g. UNITED_NATIONS")
            return nil
        }
        return phrase
    }

    /// Files the open entry, or reports it when it never got a code.
    private mutating func closeEntry() {
        guard let entry = open else { return }
        open = nil
        if !entry.codes.isEmpty {
            entries.append(.init(phrase: entry.phrase, synonyms: entry.synonyms, codes: entry.codes,
                                 location: entry.location))
        } else if !entry.wroteCode {
            context.error(entry.line, "actor phrase '\(entry.phrase)' has no code; entry skipped",
                          hint: "add [CODE] on its line or the next (use [---] for an actor not to code); if it is "
                            + "another name of the actor below, write it as a '+' line after that actor's phrase")
        }
    }
}
