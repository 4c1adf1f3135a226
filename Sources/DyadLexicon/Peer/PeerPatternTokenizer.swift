import DyadCore

/// Splits pattern text (and synset members) into ``PeerVerbPattern/Token``s, resolving `&NAME` against the synsets
/// the file defines.
///
/// A synset name runs over letters, digits and `_`, so `&FIGHT_CRIM` is one name. When that name is not defined but
/// a shorter one ending at an `_` is (`&FIGHT`), TABARI and PETRARCH 1 read `&FIGHT` followed by `_CRIM`, PETRARCH 2
/// skips the pattern. Dyad takes the shorter name without a word in TABARI files and where the `&` follows an `_`
/// (`NEW_&TIETYPES_RELATIONS`), and otherwise reports the whole name as undefined (a warning; the pattern is kept).
struct PeerPatternTokenizer {
    /// How the file was written.
    enum Dialect {
        /// TABARI `.verbs`: one block per verb line.
        case tabari
        /// PETRARCH: `--- NAME [CODE] ---` blocks.
        case petrarch
    }

    /// The synsets the file defines, by name without `&` or trailing `_`.
    let synsets: Set<String>
    /// How the file was written.
    let dialect: Dialect

    /// The tokens of `range` in `line`; reports and returns `nil` when brackets do not balance.
    func tokens(_ line: PeerLine, _ range: Range<Int>, context: inout PeerReadContext) -> [PeerVerbPattern.Token]? {
        var tokens: [PeerVerbPattern.Token] = []
        var joined = false
        var afterBlank = true
        var index = range.lowerBound
        let bytes = line.bytes
        func append(_ kind: PeerVerbPattern.Token.Kind, at offset: Int) {
            tokens.append(.init(kind: kind, column: line.column(offset), joinedToPrevious: joined,
                                isStopped: false, isStem: false))
            joined = false
            afterBlank = false
        }
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09:
                joined = false
                afterBlank = true
                index += 1
            case 0x5F:  // _
                if !afterBlank, let last = tokens.popLast() {
                    tokens.append(last.with(stopped: true))
                }
                joined = true
                afterBlank = false
                index += 1
            case 0x7E:  // ~
                if !afterBlank, let last = tokens.popLast() {
                    tokens.append(last.with(stem: true))
                }
                index += 1
            case 0x26:  // &
                let embedded = index > range.lowerBound && bytes[index - 1] == 0x5F
                guard let (name, end, defined) = synsetName(line, from: index + 1, end: range.upperBound,
                                                            embedded: embedded, context: &context)
                else {
                    context.error(line, at: index, "'&' without a synset name; line skipped",
                                  hint: "write the synset's name after '&', e.g. &CURRENCY")
                    return nil
                }
                append(.synset(name, isDefined: defined), at: index)
                index = end
            default:
                if let kind = PeerPatternTokenizer.marker(byte) {
                    append(kind, at: index)
                    index += 1
                    continue
                }
                let start = index
                while index < range.upperBound, !PeerPatternTokenizer.endsWord(bytes[index]) { index += 1 }
                append(.word(line.string(start..<index)), at: start)
            }
        }
        return balanced(tokens, line, context: &context) ? tokens : nil
    }

    /// Reads the synset name starting at `from`; returns it, where it ends, and whether it is defined.
    private func synsetName(
        _ line: PeerLine, from: Int, end: Int, embedded: Bool, context: inout PeerReadContext
    ) -> (String, Int, Bool)? {
        var upper = from
        while upper < end, PeerPatternTokenizer.isNameByte(line.bytes[upper]) { upper += 1 }
        while upper > from, line.bytes[upper - 1] == 0x5F { upper -= 1 }
        guard upper > from else { return nil }
        let full = line.string(from..<upper)
        if synsets.contains(full) { return (full, upper, true) }
        var prefix: (String, Int)?
        var cut = upper - 1
        while cut > from {
            if line.bytes[cut] == 0x5F, synsets.contains(line.string(from..<cut)) {
                prefix = (line.string(from..<cut), cut)
                break
            }
            cut -= 1
        }
        if let (name, cut) = prefix, dialect == .tabari || embedded {
            return (name, cut, true)
        }
        var hint = "define it with a line '&\(full)' followed by '+WORD' lines, or correct the name"
        if let (name, cut) = prefix {
            hint = "'&\(name)' is defined: TABARI and PETRARCH 1 read this as '&\(name)' followed by "
                + "'\(line.string(cut..<upper))', PETRARCH 2 skips the pattern; write '&\(name) "
                + "\(line.string(cut + 1..<upper))' if that is what is meant"
        }
        context.warning(line, at: from - 1, "synset '&\(full)' is not defined; the pattern is kept", hint: hint)
        return (full, upper, false)
    }

    /// Reports unbalanced `( )` and `{ }`, and `|` outside `{ }`; returns true when all is well.
    private func balanced(_ tokens: [PeerVerbPattern.Token], _ line: PeerLine, context: inout PeerReadContext) -> Bool {
        var stack: [PeerVerbPattern.Token] = []
        for token in tokens {
            switch token.kind {
            case .openPrepositionalPhrase, .openGroup:
                stack.append(token)
            case .closePrepositionalPhrase, .closeGroup:
                let opener: PeerVerbPattern.Token.Kind =
                    token.kind == .closeGroup ? .openGroup : .openPrepositionalPhrase
                guard stack.last?.kind == opener else {
                    let mark = token.kind == .closeGroup ? "}" : ")"
                    context.error(line, at: offset(of: token.column, in: line),
                                  "'\(mark)' closes nothing; line skipped",
                                  hint: "balance the brackets: ( ) for prepositional phrases, { } for groups")
                    return false
                }
                stack.removeLast()
            case .alternative:
                guard stack.last?.kind == .openGroup else {
                    context.error(line, at: offset(of: token.column, in: line), "'|' outside '{ }'; line skipped",
                                  hint: "write alternatives as { A | B }")
                    return false
                }
            default:
                break
            }
        }
        if let open = stack.last {
            let mark = open.kind == .openGroup ? "{" : "("
            context.error(line, at: offset(of: open.column, in: line), "'\(mark)' is never closed; line skipped",
                          hint: "balance the brackets: ( ) for prepositional phrases, { } for groups")
            return false
        }
        return true
    }

    /// The byte offset of a 1-based column.
    private func offset(of column: Int, in line: PeerLine) -> Int {
        var seen = 1
        for (index, byte) in line.bytes.enumerated() where byte & 0xC0 != 0x80 {
            if seen == column { return index }
            seen += 1
        }
        return line.bytes.count
    }

    /// The marker a byte stands for, if any.
    private static func marker(_ byte: UInt8) -> PeerVerbPattern.Token.Kind? {
        switch byte {
        case 0x2A: .verb
        case 0x24: .source
        case 0x2B: .target
        case 0x25: .compound
        case 0x5E: .skip
        case 0x28: .openPrepositionalPhrase
        case 0x29: .closePrepositionalPhrase
        case 0x7B: .openGroup
        case 0x7D: .closeGroup
        case 0x7C: .alternative
        default: nil
        }
    }

    private static func endsWord(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x5F, 0x7E, 0x2A, 0x24, 0x2B, 0x25, 0x5E, 0x28, 0x29, 0x7B, 0x7D, 0x7C: true
        default: false
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F
    }
}
