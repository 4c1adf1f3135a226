import DyadCore

/// Reads issues-file lines into ``PeerIssues``.
struct PeerIssueReader {
    private var context: PeerReadContext
    private var sections: [PeerIssues.Section] = []
    private var entries: [PeerIssues.Entry] = []
    private var openSection: Int?

    init(context: PeerReadContext) {
        self.context = context
    }

    mutating func read() -> PeerLoadResult<PeerIssues> {
        for line in context.lines where line.heading == nil {
            let start = line.start
            if line.bytes[start] == 0x3C {
                readTag(line, start)
            } else {
                readEntry(line, start)
            }
        }
        if let openSection {
            context.report(.warning, line: sections[openSection].location.line,
                           "<ISSUE CATEGORY=\"\(sections[openSection].category)\"> is never closed",
                           hint: "end the section with </ISSUE>")
        }
        context.checkMostlyRejected(as: "PETRARCH issues")
        return PeerLoadResult(value: PeerIssues(sections: sections, entries: entries), diagnostics: context.diagnostics)
    }

    private mutating func readTag(_ line: PeerLine, _ start: Int) {
        let text = line.string(start..<line.bytes.count)
        if text == "</ISSUE>" {
            guard openSection != nil else {
                context.error(line, at: start, "</ISSUE> closes no open section; line skipped",
                              hint: "remove the extra </ISSUE>")
                return
            }
            openSection = nil
            return
        }
        guard text.hasPrefix("<ISSUE"), text.hasSuffix(">"),
              let attributes = attributes(in: text.dropFirst(6).dropLast())
        else {
            context.error(line, at: start, "'\(text)' is not an <ISSUE CATEGORY=\"...\"> or </ISSUE> tag; line skipped",
                          hint: "open a section with <ISSUE CATEGORY=\"NAME\" TYPE=\"ALL\">")
            return
        }
        if let openSection {
            context.warning(line, at: start,
                            "section '\(sections[openSection].category)' is not closed before this one",
                            hint: "add </ISSUE> before the new section")
        }
        let category = attributes.first { $0.name == "CATEGORY" }?.value
        if category == nil {
            context.warning(line, at: start, "section has no CATEGORY attribute",
                            hint: "write <ISSUE CATEGORY=\"NAME\" TYPE=\"ALL\">")
        }
        sections.append(.init(category: category ?? "", type: attributes.first { $0.name == "TYPE" }?.value,
                              attributes: attributes, location: context.location(line, start)))
        openSection = sections.count - 1
    }

    /// `NAME="VALUE"` pairs separated by blanks; `nil` when the text has anything else.
    private func attributes(in text: Substring) -> [PeerIssues.Attribute]? {
        var result: [PeerIssues.Attribute] = []
        var rest = text.drop { $0 == " " || $0 == "\t" }
        while !rest.isEmpty {
            guard let equals = rest.firstIndex(of: "="), rest[rest.index(after: equals)...].first == "\"" else {
                return nil
            }
            let valueStart = rest.index(equals, offsetBy: 2)
            guard let quote = rest[valueStart...].firstIndex(of: "\"") else { return nil }
            let name = PeerLine.trimmingBlanks(rest[..<equals])
            guard !name.isEmpty, !name.contains(" ") else { return nil }
            result.append(.init(name: name, value: String(rest[valueStart..<quote])))
            rest = rest[rest.index(after: quote)...].drop { $0 == " " || $0 == "\t" }
        }
        return result
    }

    private mutating func readEntry(_ line: PeerLine, _ start: Int) {
        var textStart = start
        var kind: PeerIssues.Kind?
        if line.bytes[start] == 0x7E {
            let story = start + 1 < line.bytes.count && line.bytes[start + 1] == 0x7E
            kind = story ? .storyExclusion : .sentenceExclusion
            textStart += story ? 2 : 1
        }
        let bracket = line.firstIndex(of: 0x5B, from: textStart) ?? line.bytes.count
        if bracket < line.bytes.count {
            let scan = PeerBracketGroups(line, from: bracket)
            guard PeerBracketGroups.reportProblems(scan, in: line, context: &context, expecting: "one [CODE]")
            else { return }
            guard scan.groups.count == 1 else {
                context.error(line, at: scan.groups[1].open,
                              "an issue phrase takes one code, not \(scan.groups.count); line skipped",
                              hint: "remove the repeated code")
                return
            }
            let code = line.string(line.trimmed(scan.groups[0].inner))
            guard !code.isEmpty, !code.contains(" "), !code.contains("\t") else {
                context.error(line, at: scan.groups[0].open, "'[\(code)]' is not an issue code; line skipped",
                              hint: "write one code without blanks, e.g. [TEACHERS]")
                return
            }
            if kind == nil {
                kind = .issue(PeerCode(code))
            } else {
                context.warning(line, at: scan.groups[0].open, "an exclusion ('~') takes no code; code ignored",
                                hint: "remove the code")
            }
        }
        let range = line.trimmed(textStart..<bracket)
        guard let kind else {
            context.error(line, at: start, "issue phrase has no code; line skipped (PETRARCH ignores it too)",
                          hint: "add the issue code after the phrase, e.g. [OIL], or '~' first for an exclusion")
            return
        }
        guard !range.isEmpty else {
            context.error(line, at: start, "expected a phrase; line skipped", hint: "write the words to look for")
            return
        }
        guard let words = words(line, range) else { return }
        entries.append(.init(text: line.string(range), words: words, kind: kind, section: openSection,
                             location: context.location(line, start)))
    }

    /// The blank-separated words of `range`, checking the `n:`/`v:` prefixes.
    private mutating func words(_ line: PeerLine, _ range: Range<Int>) -> [PeerIssues.Word]? {
        var words: [PeerIssues.Word] = []
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, PeerLine.isBlank(line.bytes[index]) { index += 1 }
            let wordStart = index
            while index < range.upperBound, !PeerLine.isBlank(line.bytes[index]) { index += 1 }
            guard wordStart < index else { break }
            var inflection = PeerIssues.Inflection.none
            var position = wordStart
            while position + 1 < index {
                let byte = line.bytes[position] | 0x20
                let atPartStart = position == wordStart || line.bytes[position - 1] == 0x2B
                if atPartStart, line.bytes[position + 1] == 0x3A, (0x61...0x7A).contains(byte) {
                    guard byte == 0x6E || byte == 0x76 else {
                        context.error(line, at: position, "unknown expansion '\(line.string(position..<position + 2))' "
                                      + "in '\(line.string(wordStart..<index))'; line skipped",
                                      hint: "use n: for noun forms or v: for verb forms")
                        return nil
                    }
                    inflection = byte == 0x6E ? .noun : .verb
                }
                position += 1
            }
            let hasPlus = line.firstIndex(of: 0x2B, from: wordStart, end: index) != nil
            words.append(.init(text: line.string(wordStart..<index), inflection: inflection,
                               hasHyphenVariants: hasPlus))
        }
        return words
    }
}
