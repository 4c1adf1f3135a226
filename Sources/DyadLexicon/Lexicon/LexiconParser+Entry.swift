import DyadCore

extension LexiconParser {
    /// Checks a finished draft and appends its entry, or its errors; `codes` holds the codes the file has had read.
    func finish(_ draft: Draft, into result: inout Result, codes: inout CodeCache) {
        guard !draft.isBroken else { return }
        if draft.pattern != nil {
            var checker = PatternChecker(draft: draft)
            checker.build(into: &result)
            return
        }
        var checker = EntryChecker(draft: draft)
        // Moved in and back out, not copied: a copy would be copied again on its first new code.
        swap(&checker.codes, &codes)
        defer { swap(&checker.codes, &codes) }
        let entry = checker.build()
        result.diagnostics += checker.diagnostics
        if let entry, !draft.hasErrors { result.entries.append(entry) }
    }
}

/// Turns a draft's raw fields into a checked ``LexiconEntry``, collecting diagnostics.
struct EntryChecker: DraftChecking {
    let draft: Draft
    var diagnostics: [Diagnostic] = []
    var failed = false
    /// The codes read so far in the file.
    var codes = CodeCache()

    init(draft: Draft) { self.draft = draft }

    private var kind: LexiconEntry.Kind { draft.kind }

    mutating func build() -> LexiconEntry? {
        for key in LexiconParser.required[kind] ?? [] where draft.first(key) == nil {
            report(.error, line: draft.line, column: draft.column, text: draft.text,
                   "\(kind.rawValue) '\(draft.key)' has no '\(key)'", hint: "add a '\(key):' line to the entry")
        }
        for key in ["name", "code", "type", "plover", "born", "from", "until"] where draft.count(key) > 1 {
            for extra in draft.all(key).dropFirst() {
                report(.error, extra, "'\(key)' is given twice", hint: "keep one '\(key):' line")
            }
        }
        let name = draft.first("name")?.value ?? ""
        var phrases: [LexiconPhrase] = []
        if let nameField = draft.first("name") {
            phrases.append(LexiconPhrase(nameField.value, field: .name, line: nameField.line))
        }
        for field in draft.fields {
            guard let phraseField = LexiconPhrase.Field(rawValue: field.key), phraseField != .name else { continue }
            for item in field.items {
                if item.text.isEmpty {
                    report(.warning, field, at: item.column, "empty value between '|' separators",
                           hint: "remove the extra '|'")
                } else {
                    phrases.append(LexiconPhrase(item.text, field: phraseField, line: field.line))
                }
            }
        }
        let countries = draft.all("country").flatMap { field in
            field.items.compactMap { item -> String? in
                guard codes.isCountry(item.text) else {
                    report(.error, field, at: item.column, "'\(item.text)' is not a country code",
                           hint: "write the ISO 3166-1 alpha-3 code, e.g. RUS")
                    return nil
                }
                return item.text
            }
        }
        let roles = draft.all("role").compactMap { role($0) }
        checkOverlaps(roles)
        let code = entryCode(countries: countries)
        let type = draft.first("type")
        if let type, let allowed = LexiconParser.types[kind], !allowed.contains(type.value) {
            report(.error, type, "unknown \(kind.rawValue) type '\(type.value)'",
                   hint: "use one of: \(allowed.sorted().joined(separator: ", "))")
        }
        var plover: PloverSector?
        if let field = draft.first("plover") {
            plover = PloverSector(rawValue: field.value)
            if plover == nil {
                report(.error, field, "'\(field.value)' is not a PLOVER sector code",
                       hint: "use one of: \(PloverSector.allCases.map(\.rawValue).joined(separator: " "))")
            }
        }
        let icews = nonEmptyItems("icews")
        let from = date("from"), until = date("until"), born = date("born")
        if let from, let until, !(from < until) {
            report(.error, draft.all("until")[0], "'until' \(until) is not after 'from' \(from)",
                   hint: "check the two dates")
        }
        guard !failed, let code else { return nil }
        return LexiconEntry(
            kind: kind, key: draft.key, name: name, code: code, phrases: phrases, roles: roles,
            countries: countries, type: type?.value, existence: LexiconPeriod(start: from, end: until),
            icewsSectors: icews, ploverSector: plover, born: born,
            location: SourceLocation(file: draft.file, line: draft.line, column: draft.column))
    }

    /// The entry's `code` field, or for a person the first country.
    private mutating func entryCode(countries: [String]) -> ActorCode? {
        if kind == .person {
            guard let first = countries.first else { return nil }
            return try? codes.actorCode(first)
        }
        guard let field = draft.first("code") else { return nil }
        let code = actorCode(field.value, field, at: field.column)
        if kind == .agent, let code, code.components.contains(where: { $0.kind != .role }) {
            report(.error, field, "agent code '\(field.value)' must be role codes only (GOV, MIL, CVL, ...)",
                   hint: "the country comes from the text: write 'GOV', not 'RUSGOV'")
        }
        return code
    }

    /// Reads one `role:` line: `FROM .. UNTIL | CODE | title | offices`.
    private mutating func role(_ field: Field) -> DatedRole? {
        let items = field.items
        guard items.count == 3 || items.count == 4 else {
            report(.error, field, "a role needs 'FROM .. UNTIL | CODE | title' and optional offices; found \(items.count) part(s)",
                   hint: "e.g. 'role: 2012-05-07 .. present | RUSGOV | President of Russia | head-of-state'")
            return nil
        }
        let dates = Self.periodBounds(items[0].text)
        guard dates.count == 2 else {
            report(.error, field, at: items[0].column, "expected 'FROM .. UNTIL', found '\(items[0].text)'",
                   hint: "write the first day in office, '..', then the end day or 'present'")
            return nil
        }
        let fromText = dates[0].trimmingSpaces(), untilText = dates[1].trimmingSpaces()
        guard let start = LexiconDate(fromText) else {
            report(.error, field, at: items[0].column, "'\(fromText)' is not a date",
                   hint: "write YYYY-MM-DD, YYYY-MM or YYYY, and check that the day exists")
            return nil
        }
        var end: LexiconDate?
        if untilText != "present" {
            guard let parsed = LexiconDate(untilText) else {
                report(.error, field, at: items[0].column, "'\(untilText)' is not a date or 'present'",
                       hint: "write YYYY-MM-DD, YYYY-MM, YYYY or 'present', and check that the day exists")
                return nil
            }
            guard start < parsed else {
                report(.error, field, at: items[0].column, "role ends (\(untilText)) before or when it starts (\(fromText))",
                       hint: "the end is the first day the role no longer applies")
                return nil
            }
            end = parsed
        }
        guard let code = actorCode(items[1].text, field, at: items[1].column) else { return nil }
        guard !items[2].text.isEmpty else {
            report(.error, field, at: items[2].column, "the role has no title", hint: "e.g. 'Minister of Defence'")
            return nil
        }
        var offices: Set<Office> = []
        if items.count == 4 {
            for name in items[3].text.split(separator: ",").map({ $0.trimmingSpaces() }) {
                guard let office = Office(rawValue: name) else {
                    report(.error, field, at: items[3].column, "unknown office '\(name)'",
                           hint: "use: \(Office.allCases.map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                offices.insert(office)
            }
        }
        return DatedRole(period: LexiconPeriod(start: start, end: end), code: code, title: items[2].text,
                         offices: offices, line: field.line)
    }

    /// `text.components(separatedBy: "..")`, without Foundation (which took a sixth of reading roles) for ASCII
    /// text: the pieces between the non-overlapping "..", searched from the left. Other text goes to Foundation,
    /// whose search may see a dot with a combining mark after it as no dot.
    static func periodBounds(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.components(separatedBy: "..").map { Substring($0) } }
        var pieces: [Substring] = []
        var start = text.utf8.startIndex, index = start
        while index < text.utf8.endIndex {
            let after = text.utf8.index(after: index)
            if text.utf8[index] == UInt8(ascii: "."), after < text.utf8.endIndex, text.utf8[after] == UInt8(ascii: ".") {
                pieces.append(text[start..<index])
                index = text.utf8.index(after: after)
                start = index
            } else {
                index = after
            }
        }
        pieces.append(text[start...])
        return pieces
    }

    /// Warns when two roles of the entry share a day and an office for the same country (one monarch may head
    /// several realms; one president cannot be in office twice).
    private mutating func checkOverlaps(_ roles: [DatedRole]) {
        for (index, role) in roles.enumerated() {
            for earlier in roles[..<index] where !earlier.offices.isDisjoint(with: role.offices)
                && earlier.period.overlaps(role.period)
                && earlier.code.components.first?.code == role.code.components.first?.code {
                let field = draft.fields.first { $0.line == role.line && $0.key == "role" }!
                report(.warning, field, "this role overlaps the role on line \(earlier.line) in the same office",
                       hint: "the end of a period is the first day it no longer applies")
            }
        }
    }

    private mutating func date(_ key: String) -> LexiconDate? {
        guard let field = draft.first(key) else { return nil }
        guard let date = LexiconDate(field.value) else {
            report(.error, field, "'\(field.value)' is not a date",
                   hint: "write YYYY-MM-DD, YYYY-MM or YYYY, and check that the day exists")
            return nil
        }
        return date
    }

    private mutating func actorCode(_ text: String, _ field: Field, at column: Int) -> ActorCode? {
        do {
            return try codes.actorCode(text)
        } catch {
            report(.error, field, at: column + max(0, (error.position ?? 1) - 1), error.message, hint: error.hint)
            return nil
        }
    }
}
