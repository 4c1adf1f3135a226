import DyadCore

/// Turns a `verb`, `synset` or `discard` draft into a checked entry, collecting diagnostics.
struct PatternChecker: DraftChecking {
    let draft: Draft
    var diagnostics: [Diagnostic] = []
    var failed = false

    init(draft: Draft) { self.draft = draft }

    static let cues: Set<String> = ["obj", "!obj", "prep", "prt", "comp", "target", "voice", "subj"]

    mutating func build(into result: inout LexiconParser.Result) {
        defer { result.diagnostics += diagnostics }
        let location = SourceLocation(file: draft.file, line: draft.line, column: draft.column)
        if draft.pattern == .synset {
            let words = namedList(nameAllowed: { $0.isUppercase || $0.isNumber || $0 == "_" },
                                  nameRule: "capitals, digits and '_'", example: "[synset AGREEMENT]",
                                  field: "word", fieldExample: "word: a | b | c")
            if let words { result.synsets.append(Synset(name: draft.key, words: words, location: location)) }
            return
        }
        if draft.pattern == .discard {
            let phrases = namedList(nameAllowed: { $0.isLowercase || $0.isNumber || $0 == "-" },
                                    nameRule: "lower case letters, digits and '-'", example: "[discard sports]",
                                    field: "phrase", fieldExample: "phrase: touchdown | home run")
            if let phrases {
                result.discards.append(Discard(name: draft.key, phrases: phrases.map { $0.split(separator: " ").joined(separator: " ") },
                                               location: location))
            }
            return
        }
        let lemmas = nonEmptyItems("lemma").map { $0.lowercased() }
        if lemmas.isEmpty {
            report(.error, line: draft.line, column: draft.column, text: draft.text, "verb '\(draft.key)' has no 'lemma'",
                   hint: "add 'lemma: sign'")
        }
        let patterns = draft.all("pattern").compactMap { pattern($0) }
        if draft.all("pattern").isEmpty {
            report(.error, line: draft.line, column: draft.column, text: draft.text,
                   "verb '\(draft.key)' has no 'pattern'", hint: "add 'pattern: CODE cue ...'")
        }
        let codes = Set(patterns.map(\.code.code))
        var examples: [VerbEntry.Example] = []
        for field in draft.all("example") {
            guard let bar = field.value.firstIndex(of: "|") else {
                report(.error, field, "an example is 'CODE | sentence'", hint: "e.g. 'example: 057 | Russia and China signed a treaty.'")
                continue
            }
            let codeText = field.value[..<bar].trimmingSpaces()
            let sentence = field.value[field.value.index(after: bar)...].trimmingSpaces()
            guard let code = CAMEOOntology.code(codeText) else {
                report(.error, field, "'\(codeText)' is not a CAMEO 1.1b3 event code", hint: "see CAMEO.eventcodes.txt")
                continue
            }
            if !codes.contains(code.code) {
                report(.warning, field, "no pattern of this entry yields \(code.code)",
                       hint: "add a pattern for it or move the example to the entry that codes it")
            }
            examples.append(VerbEntry.Example(code: code, text: sentence, line: field.line))
        }
        guard !failed, !draft.hasErrors else { return }
        result.verbs.append(VerbEntry(key: draft.key, lemmas: lemmas, patterns: patterns, examples: examples,
                                      location: location))
    }

    /// The lower-cased items of `field` of a named list entry (`synset`, `discard`), or nil with an error when its
    /// name breaks `nameAllowed` or it has no item.
    private mutating func namedList(nameAllowed: (Character) -> Bool, nameRule: String, example: String, field: String,
                                    fieldExample: String) -> [String]? {
        let kind = draft.kindName
        guard !draft.key.isEmpty, draft.key.allSatisfy(nameAllowed) else {
            report(.error, line: draft.line, column: draft.column, text: draft.text,
                   "\(kind) name '\(draft.key)' must be \(nameRule)", hint: "e.g. \(example)")
            return nil
        }
        let items = nonEmptyItems(field).map { $0.lowercased() }
        guard !draft.hasErrors, !failed else { return nil }
        guard !items.isEmpty else {
            report(.error, line: draft.line, column: draft.column, text: draft.text,
                   "\(kind) '\(draft.key)' has no '\(field)' line", hint: "add '\(fieldExample)'")
            return nil
        }
        return items
    }

    /// Reads `CODE cue cue ...`.
    private mutating func pattern(_ field: Field) -> VerbPattern? {
        let parts = Substring(field.value).spaceSeparated()
        guard let first = parts.first, let code = CAMEOOntology.code(first) else {
            report(.error, field, "'\(parts.first ?? "")' is not a CAMEO 1.1b3 event code",
                   hint: "start the pattern with the code, written with its leading zero: 057, 0311")
            return nil
        }
        var pattern = VerbPattern(code: code, text: field.value, line: field.line)
        var explicitTarget = false
        var seen: Set<String> = []
        var offset = field.value.distance(from: field.value.startIndex, to: first.endIndex)
        for part in parts.dropFirst() {
            // Worked out only for a report: it walks the value by characters.
            let partOffset = offset
            func column() -> Int {
                field.column + (field.value[field.value.index(field.value.startIndex, offsetBy: partOffset)...]
                    .firstIndex(of: part.first!).map { field.value.distance(from: field.value.startIndex, to: $0) } ?? partOffset)
            }
            offset += part.count + 1
            guard let equals = part.firstIndex(of: "=") else {
                report(.error, field, at: column(), "cue '\(part)' is not 'name=value'",
                       hint: "cues: obj= !obj= prep= prt= comp= target= voice= subj=")
                return nil
            }
            let name = String(part[..<equals]), value = String(part[part.index(after: equals)...])
            guard Self.cues.contains(name), !value.isEmpty else {
                report(.error, field, at: column(), "unknown or empty cue '\(part)'",
                       hint: "cues: obj= !obj= prep= prt= comp= target= voice= subj=")
                return nil
            }
            guard seen.insert(name).inserted else {
                report(.error, field, at: column(), "cue '\(name)=' is given twice",
                       hint: "write one '\(name)=' with the values joined by '|'")
                return nil
            }
            switch name {
            case "obj": pattern.object = Self.words(value)
            case "!obj": pattern.notObject = Self.words(value)
            case "comp": pattern.complement = Self.words(value)
            case "prep": pattern.prepositions = value.lowercased().split(separator: "|").map(String.init)
            case "prt": pattern.particles = value.lowercased().split(separator: "|").map(String.init)
            case "target":
                guard let target = VerbPattern.Target(rawValue: value) else {
                    report(.error, field, at: column(), "target must be obj, prep or none", hint: "e.g. target=prep")
                    return nil
                }
                pattern.target = target
                explicitTarget = true
            case "subj":
                if value == "pair" { pattern.pairedSubject = true } else { pattern.subject = Self.words(value) }
            default:
                guard let voice = VerbPattern.Voice(rawValue: value) else {
                    report(.error, field, at: column(), "voice must be active or passive", hint: "e.g. voice=active")
                    return nil
                }
                pattern.voice = voice
            }
        }
        if !explicitTarget && !pattern.prepositions.isEmpty { pattern.target = .preposition }
        if pattern.target == .preposition && pattern.prepositions.isEmpty {
            report(.error, field, "target=prep needs a prep= cue", hint: "add e.g. prep=with")
            return nil
        }
        return pattern
    }

    static func words(_ value: String) -> WordSet {
        var set = WordSet(words: [], synsets: [], any: false)
        for item in Substring(value).pieces(between: "|") {
            if item == "*" { set.any = true } else if item.hasPrefix("&") { set.synsets.append(String(item.dropFirst())) } else {
                // Foundation's replacement only for a word that has an underscore to replace.
                let word = item.lowercased()
                set.words.insert(word.utf8.contains(UInt8(ascii: "_")) ? word.replacingOccurrences(of: "_", with: " ") : word)
            }
        }
        return set
    }
}
