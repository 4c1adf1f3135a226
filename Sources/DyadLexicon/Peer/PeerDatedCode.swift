import DyadCore

/// An actor code from a TABARI/PETRARCH `.actors` file, with the dates it applies between if it has them.
///
/// `[RUSGOV]`, `[RUSGOV 000507-080507]`, `[HOB < 950601]`, `[HOBELI >20130119]`. The code is kept as written
/// (`---`, `ELR/GAL` and lower-case codes included); ``actorCode`` is Dyad's reading of it when it has one.
public struct PeerDatedCode: Sendable, Hashable, CustomStringConvertible {
    /// The code as written.
    public let code: PeerCode
    /// The code read as a CAMEO actor code; `nil` when Dyad cannot read it (null code `---`, fictional codes, …).
    public let actorCode: ActorCode?
    /// When the code applies; `nil` for an undated code, which applies whenever no dated code does.
    public let restriction: PeerDateRestriction?
    /// Where the `[` is.
    public let location: SourceLocation

    /// Creates a code; `actorCode` is read from `code`.
    public init(code: PeerCode, restriction: PeerDateRestriction?, location: SourceLocation) {
        self.init(code: code, actorCode: try? ActorCode(code.text), restriction: restriction, location: location)
    }

    /// Creates a code whose actor-code reading is already known.
    init(code: PeerCode, actorCode: ActorCode?, restriction: PeerDateRestriction?, location: SourceLocation) {
        self.code = code
        self.actorCode = actorCode
        self.restriction = restriction
        self.location = location
    }

    /// True for TABARI/PETRARCH's null code `---`: the phrase is an actor that is not coded.
    public var isNull: Bool { code.text == "---" }

    /// The code block as TABARI writes it: `[RUSGOV 000507-080507]`.
    public var description: String {
        restriction.map { "[\(code) \($0)]" } ?? "[\(code)]"
    }
}

extension PeerDatedCode {
    /// Reads the inside of one `[...]` group of an actor line; reports and returns `nil` when it is malformed.
    static func read(
        _ group: PeerBracketGroups.Group, in line: PeerLine, context: inout PeerReadContext
    ) -> PeerDatedCode? {
        let inner = line.trimmed(group.inner)
        guard !inner.isEmpty else {
            context.error(line, at: group.open, "empty code block '[]'; code skipped",
                          hint: "write the actor code inside the brackets, e.g. [USAGOV]")
            return nil
        }
        var codeEnd = inner.lowerBound
        while codeEnd < inner.upperBound, !PeerLine.isBlank(line.bytes[codeEnd]) { codeEnd += 1 }
        let code = line.string(inner.lowerBound..<codeEnd)
        let location = context.location(line, group.open)
        if let first = code.utf8.first, (0x30...0x39).contains(first) || first == 0x3C || first == 0x3E {
            context.error(line, at: inner.lowerBound, "code block '[\(line.string(inner))]' has a date but no code; "
                          + "code skipped", hint: "put the actor code first: [CODE \(line.string(inner))]")
            return nil
        }
        let actorCode = context.actorCode(code)
        context.checkActorCode(code, actorCode, in: line, at: inner.lowerBound)
        guard codeEnd < inner.upperBound else {
            return PeerDatedCode(code: PeerCode(code), actorCode: actorCode, restriction: nil, location: location)
        }
        let datesStart = line.trimmed(codeEnd..<inner.upperBound).lowerBound
        let dates = line.bytes[datesStart..<inner.upperBound].filter { !PeerLine.isBlank($0) }
        guard let restriction = restriction(dates, line: line, at: datesStart, context: &context) else { return nil }
        return PeerDatedCode(code: PeerCode(code), actorCode: actorCode, restriction: restriction, location: location)
    }

    /// Reads `<DATE`, `>DATE` or `DATE-DATE` (blanks already removed).
    private static func restriction(
        _ text: [UInt8], line: PeerLine, at offset: Int, context: inout PeerReadContext
    ) -> PeerDateRestriction? {
        let written = String(decoding: text, as: UTF8.self)
        func date(_ digits: ArraySlice<UInt8>) -> PeerDate? {
            let string = String(decoding: digits, as: UTF8.self)
            if let date = PeerDate(string) { return date }
            let allDigits = !digits.isEmpty && digits.allSatisfy { (0x30...0x39).contains($0) }
            if allDigits && (digits.count == 6 || digits.count == 8) {
                context.error(line, at: offset, "'\(string)' in '\(written)' is not a day that exists; code skipped",
                              hint: "check the month and day (YYMMDD or YYYYMMDD)")
            } else {
                context.error(line, at: offset, "'\(string)' in '\(written)' is not a date; code skipped",
                              hint: "write 6 digits (YYMMDD; 00-30 read as 20YY, 31-99 as 19YY) or 8 (YYYYMMDD)")
            }
            return nil
        }
        switch text.first {
        case 0x3C: return date(text.dropFirst()).map(PeerDateRestriction.before)
        case 0x3E: return date(text.dropFirst()).map(PeerDateRestriction.after)
        default:
            guard let dash = text.firstIndex(of: 0x2D) else {
                context.error(line, at: offset, "date restriction '\(written)' has no '<', '>' or '-'; code skipped",
                              hint: "write <DATE (before), >DATE (from) or DATE-DATE (between)")
                return nil
            }
            guard let first = date(text[..<dash]), let last = date(text[(dash + 1)...]) else { return nil }
            if last < first {
                context.warning(line, at: offset, "date range '\(written)' ends before it starts; kept as written",
                                hint: "swap the dates if they are the wrong way round")
            }
            return .between(first, last)
        }
    }
}
