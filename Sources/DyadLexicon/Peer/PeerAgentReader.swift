import DyadCore

/// Reads `.agents` lines into a ``PeerAgentDictionary``.
struct PeerAgentReader {
    private var context: PeerReadContext
    private var entries: [PeerAgentDictionary.Entry] = []
    private var sets: [PeerAgentDictionary.SubstitutionSet] = []
    /// Markers used in phrases, checked against the sets once the whole file is read (PETRARCH needs the set first;
    /// Dyad accepts it anywhere).
    private var markerUses: [(name: String, line: PeerLine, offset: Int, entry: Int)] = []

    init(context: PeerReadContext) {
        self.context = context
    }

    mutating func read() -> PeerLoadResult<PeerAgentDictionary> {
        for line in context.lines where line.heading == nil {
            let start = line.start
            let equals = line.firstIndex(of: 0x3D, from: start)
            if line.bytes[start] == 0x21, let equals {
                readSubstitutionSet(line, start, equals)
            } else {
                readEntry(line, start)
            }
        }
        let defined = Set(sets.map(\.name))
        var dropped = Set<Int>()
        for use in markerUses where !defined.contains(use.name) {
            context.error(use.line, at: use.offset, "substitution marker '!\(use.name)!' is not defined; line skipped",
                          hint: "define it with a line such as !\(use.name)! = MAN, MEN, WOMAN, WOMEN")
            dropped.insert(use.entry)
        }
        let kept = entries.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        context.checkMostlyRejected(as: "TABARI/PETRARCH agents")
        return PeerLoadResult(value: PeerAgentDictionary(entries: kept, substitutionSets: sets),
                              diagnostics: context.diagnostics)
    }

    /// `!NAME! = A, B, C`.
    private mutating func readSubstitutionSet(_ line: PeerLine, _ start: Int, _ equals: Int) {
        let head = line.trimmed(start..<equals)
        let close = line.firstIndex(of: 0x21, from: start + 1, end: equals)
        guard let close, close == head.upperBound - 1, close > start + 1 else {
            context.error(line, at: start, "expected '!NAME! =' before the list; line skipped",
                          hint: "write a substitution set as !NAME! = A, B, C")
            return
        }
        let members = line.string(equals + 1..<line.bytes.count).split(separator: ",")
            .map(PeerLine.trimmingBlanks)
        guard !members.isEmpty, members.allSatisfy({ !$0.isEmpty }) else {
            context.error(line, at: equals + 1, "substitution set has an empty member; line skipped",
                          hint: "list the members separated by commas: !NAME! = A, B, C")
            return
        }
        let name = line.string(start + 1..<close)
        if sets.contains(where: { $0.name == name }) {
            context.warning(line, at: start, "substitution set '!\(name)!' is defined again; the first one is used",
                            hint: "remove one of the definitions")
        }
        sets.append(.init(name: name, members: members, location: context.location(line, start)))
    }

    /// `PHRASE {PLURAL} [~CODE]`.
    private mutating func readEntry(_ line: PeerLine, _ start: Int) {
        guard let bracket = line.firstIndex(of: 0x5B, from: start) else {
            context.error(line, at: start, "agent has no code; line skipped",
                          hint: "add the code after the phrase: [~GOV] (after the actor's) or [NGO~] (before it)")
            return
        }
        let brace = line.firstIndex(of: 0x7B, from: start, end: bracket)
        var plural = PeerAgentDictionary.Plural.regular
        if let brace {
            guard let closeBrace = line.firstIndex(of: 0x7D, from: brace + 1, end: bracket) else {
                context.error(line, at: brace, "'{' is not closed before the code; line skipped",
                              hint: "write the plural as {PLURAL}, or {} for none")
                return
            }
            if line.trimmed(closeBrace + 1..<bracket).count > 0 {
                context.error(line, at: closeBrace + 1, "unexpected text between the plural and the code; line skipped",
                              hint: "write PHRASE {PLURAL} [CODE]")
                return
            }
            if let phrase = PeerPhrase(line.string(line.trimmed(brace + 1..<closeBrace))) {
                plural = .irregular(phrase)
            } else {
                plural = .none
            }
        }
        let phraseEnd = brace ?? bracket
        let scan = PeerBracketGroups(line, from: bracket)
        guard PeerBracketGroups.reportProblems(scan, in: line, context: &context, expecting: "[~CODE] or [CODE~]")
        else { return }
        guard scan.groups.count == 1 else {
            context.error(line, at: scan.groups[1].open,
                          "an agent takes one code, not \(scan.groups.count); line skipped",
                          hint: "make one line per code")
            return
        }
        guard let (code, placement) = readCode(line, scan.groups[0]) else { return }
        let actorCode = context.actorCode(code.text)
        let codeStart = line.trimmed(scan.groups[0].inner).lowerBound + (placement == .suffix ? 1 : 0)
        context.checkActorCode(code.text, actorCode, in: line, at: codeStart)
        let phraseRange = line.trimmed(start..<phraseEnd)
        if let bad = phraseRange.first(where: { [0x5D, 0x7D].contains(line.bytes[$0]) }) {
            context.error(line, at: bad,
                          "'\(line.string(bad..<bad + 1))' cannot appear in an agent phrase; line skipped",
                          hint: "check for a typo")
            return
        }
        guard let phrase = PeerPhrase(line.string(phraseRange)) else {
            context.error(line, at: start, "expected a phrase before the code; line skipped",
                          hint: "write the agent's words joined by '_', e.g. FOREIGN_MINISTER [~GOV]")
            return
        }
        let markers = PeerAgentDictionary.markers(in: phrase.text)
        if phrase.text.unicodeScalars.filter({ $0 == "!" }).count % 2 == 1 {
            context.error(line, at: start, "unpaired '!' in '\(phrase.text)'; line skipped",
                          hint: "substitution markers are written !NAME!")
            return
        }
        for marker in markers {
            markerUses.append((marker.name, line, phraseRange.lowerBound, entries.count))
        }
        entries.append(.init(phrase: phrase, plural: plural, code: code, placement: placement,
                             actorCode: actorCode,
                             location: context.location(line, phraseRange.lowerBound)))
    }

    /// `~CODE` or `CODE~`, blanks around it allowed.
    private mutating func readCode(
        _ line: PeerLine, _ group: PeerBracketGroups.Group
    ) -> (PeerCode, PeerAgentDictionary.Placement)? {
        let inner = line.trimmed(group.inner)
        let text = line.string(inner)
        let hint = "write [~CODE] to add the code after the actor's, [CODE~] to add it before"
        let body: Substring
        let placement: PeerAgentDictionary.Placement
        if text.hasPrefix("~") {
            body = text.dropFirst()
            placement = .suffix
        } else if text.hasSuffix("~") {
            body = text.dropLast()
            placement = .prefix
        } else {
            context.error(line, at: group.open, "agent code '[\(text)]' has no '~'; line skipped", hint: hint)
            return nil
        }
        guard !body.isEmpty, !body.contains("~"), !body.unicodeScalars.contains(where: { $0 == " " || $0 == "\t" })
        else {
            context.error(line, at: group.open, "'[\(text)]' is not an agent code; line skipped", hint: hint)
            return nil
        }
        return (PeerCode(String(body)), placement)
    }
}
