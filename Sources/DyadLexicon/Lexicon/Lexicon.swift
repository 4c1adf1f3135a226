import DyadCore
import Foundation

/// Dyad's lexicon: the entries of one or more `.lex` files, checked together, with the diagnostics of reading them.
public struct Lexicon: Sendable {
    /// Every entry that loaded, in file order.
    public let entries: [LexiconEntry]
    /// Errors and warnings from every file, including cross-file checks (duplicate ids, phrases with two codes).
    public let diagnostics: [Diagnostic]
    /// The event coder's verb entries, synsets expanded in their patterns.
    public let verbs: [VerbEntry]
    /// The synsets by name.
    public let synsets: [String: Synset]
    /// The discard entries: phrases whose sentences code no event.
    public let discards: [Discard]
    private let index: [String: Int]

    /// Reads lexicon texts, each with the name diagnostics use for it; `jobs` threads parse the files (the result is
    /// the same for any number).
    public init(files: [(name: String, text: String)], jobs: Int = 1) {
        var entries: [LexiconEntry] = []
        var diagnostics: [Diagnostic] = []
        var index: [String: Int] = [:]
        var verbs: [VerbEntry] = []
        var synsets: [String: Synset] = [:]
        var discards: [Discard] = []
        let parser = LexiconParser()
        // Largest files first, so that the threads' shares come out even; results go back to file order.
        let order = files.indices.sorted { files[$0].text.utf8.count > files[$1].text.utf8.count }
        let parsed = ParallelMap.map(order.map { LexiconText(name: files[$0].name, text: files[$0].text) }, jobs: jobs) {
            parser.parse($0.text, file: $0.name)
        }
        var results = parsed
        for (position, file) in order.enumerated() { results[file] = parsed[position] }
        for result in results {
            diagnostics += result.diagnostics
            verbs += result.verbs
            for discard in result.discards {
                if let first = discards.first(where: { $0.name == discard.name }) {
                    diagnostics.append(Diagnostic(.error, at: discard.location, "duplicate discard '\(discard.name)'",
                                                  hint: "the first is at \(first.location); rename one"))
                } else {
                    discards.append(discard)
                }
            }
            for synset in result.synsets {
                if let first = synsets[synset.name] {
                    diagnostics.append(Diagnostic(.error, at: synset.location, "duplicate synset '\(synset.name)'",
                                                  hint: "the first is at \(first.location); rename one"))
                } else {
                    synsets[synset.name] = synset
                }
            }
            for entry in result.entries {
                let id = entry.id
                if let first = index[id] {
                    diagnostics.append(Diagnostic(
                        .error, at: entry.location, "duplicate id '\(id)'",
                        hint: "the first is at \(entries[first].location); give this entry another id"))
                    continue
                }
                index[id] = entries.count
                entries.append(entry)
            }
        }
        diagnostics += Self.conflicts(in: entries)
        let (expanded, verbDiagnostics) = Self.expand(verbs, synsets: synsets)
        diagnostics += verbDiagnostics
        self.entries = entries
        self.diagnostics = diagnostics
        self.verbs = expanded
        self.synsets = synsets
        self.discards = discards
        self.index = index
    }

    /// Replaces synset references in patterns by their words; a pattern naming an undefined synset is dropped with
    /// an error, and duplicate verb ids keep the first.
    static func expand(_ verbs: [VerbEntry], synsets: [String: Synset]) -> ([VerbEntry], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        var out: [VerbEntry] = []
        var synsetWords: [String: Set<String>] = [:]
        for verb in verbs {
            if let first = seen[verb.key] {
                diagnostics.append(Diagnostic(.error, at: verb.location, "duplicate verb id '\(verb.key)'",
                                              hint: "the first is at \(first); give this entry another id"))
                continue
            }
            seen[verb.key] = verb.location
            var patterns: [VerbPattern] = []
            pattern: for var pattern in verb.patterns {
                for keyPath in [\VerbPattern.object, \VerbPattern.notObject, \VerbPattern.complement, \VerbPattern.subject] {
                    guard var set = pattern[keyPath: keyPath] else { continue }
                    for name in set.synsets {
                        guard let synset = synsets[name] else {
                            diagnostics.append(Diagnostic(
                                .error, at: SourceLocation(file: verb.location.file, line: pattern.line),
                                "pattern refers to undefined synset '&\(name)'; pattern skipped",
                                hint: "define [synset \(name)] or fix the name", excerpt: "pattern: " + pattern.text))
                            continue pattern
                        }
                        // Each synset's words are hashed into a set once, which a set of those words alone shares.
                        let words = synsetWords[name] ?? Set(synset.words)
                        synsetWords[name] = words
                        if set.words.isEmpty { set.words = words } else { set.words.formUnion(words) }
                    }
                    pattern[keyPath: keyPath] = set
                }
                patterns.append(pattern)
            }
            out.append(VerbEntry(key: verb.key, lemmas: verb.lemmas, patterns: patterns, examples: verb.examples,
                                 location: verb.location))
        }
        return (out, diagnostics)
    }

    /// A lexicon of entries built elsewhere (peer dictionaries); later duplicates of an id are dropped.
    public init(entries: [LexiconEntry], diagnostics: [Diagnostic] = [], verbs: [VerbEntry] = [],
                synsets: [String: Synset] = [:], discards: [Discard] = []) {
        var kept: [LexiconEntry] = []
        var index: [String: Int] = [:]
        for entry in entries where index[entry.id] == nil {
            index[entry.id] = kept.count
            kept.append(entry)
        }
        self.entries = kept
        self.diagnostics = diagnostics
        self.verbs = verbs
        self.synsets = synsets
        self.discards = discards
        self.index = index
    }

    /// This lexicon's entries followed by `other`'s, with both sets of diagnostics.
    public func merged(with other: Lexicon) -> Lexicon {
        Lexicon(entries: entries + other.entries, diagnostics: diagnostics + other.diagnostics,
                verbs: verbs + other.verbs, synsets: synsets.merging(other.synsets) { first, _ in first },
                discards: discards + other.discards.filter { discard in !discards.contains { $0.name == discard.name } })
    }

    /// Reads `.lex` files; a directory stands for the `.lex` files in it, in name order. Diagnostics name each file
    /// by its path, or as `displayFolder/name` when given.
    ///
    /// Throws ``LexiconError`` when a file cannot be read; bad entries are diagnostics, not errors.
    public static func load(contentsOf urls: [URL], displayFolder: String? = nil, jobs: Int = 1) throws(LexiconError) -> Lexicon {
        var files: [(String, String)] = []
        var invalid: [Diagnostic] = []
        for url in try expand(urls) {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LexiconError(file: url.path, "cannot read the file", hint: "check the path and its permissions")
            }
            let name = displayFolder.map { "\($0)/\(url.lastPathComponent)" } ?? url.path
            // Decoded once: valid text as it is, other text with U+FFFD for the bad bytes.
            let valid = String(validating: data, as: UTF8.self)
            let text = valid ?? String(decoding: data, as: UTF8.self)
            if valid == nil {
                // Decoded with U+FFFD for the bad bytes, so the rest still loads; the phrases around them cannot match.
                invalid.append(Diagnostic(.warning, at: SourceLocation(file: name, line: Self.firstInvalidLine(data)),
                                          "the file is not valid UTF-8; bad bytes were replaced by U+FFFD",
                                          hint: "save the file as UTF-8"))
            }
            files.append((name, text))
        }
        let lexicon = Lexicon(files: files, jobs: jobs)
        return invalid.isEmpty ? lexicon : Lexicon(entries: lexicon.entries, diagnostics: invalid + lexicon.diagnostics,
                                                   verbs: lexicon.verbs, synsets: lexicon.synsets, discards: lexicon.discards)
    }

    /// The lexicon that ships with Dyad (`Sources/DyadLexicon/Resources/lexicon`).
    public static func bundled(jobs: Int = 1) throws(LexiconError) -> Lexicon {
        guard let folder = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
            throw LexiconError(file: "lexicon", "Dyad's lexicon is missing from the build",
                               hint: "rebuild Dyad; the folder Sources/DyadLexicon/Resources/lexicon must exist")
        }
        return try load(contentsOf: [folder], displayFolder: "Sources/DyadLexicon/Resources/lexicon", jobs: jobs)
    }

    /// The 1-based line of the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(validating: data[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }

    /// The `.lex` files named by `urls`, directories expanded.
    static func expand(_ urls: [URL]) throws(LexiconError) -> [URL] {
        var out: [URL] = []
        for url in urls {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw LexiconError(file: url.path, "no such file or directory", hint: "check the path")
            }
            if isDirectory.boolValue {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                } catch {
                    throw LexiconError(file: url.path, "cannot list the folder", hint: "check its permissions")
                }
                out += names.filter { $0.hasSuffix(".lex") }.sorted().map { url.appendingPathComponent($0) }
            } else {
                out.append(url)
            }
        }
        return out
    }

    /// The entry with the full id `kind/key`, if any.
    public func entry(id: String) -> LexiconEntry? { index[id].map { entries[$0] } }

    /// The entries of one kind.
    public func entries(of kind: LexiconEntry.Kind) -> [LexiconEntry] { entries.filter { $0.kind == kind } }

    /// The people holding `office` for `country` on `date`, with the role.
    public func holders(of office: Office, country: String, on date: CalendarDate) -> [(LexiconEntry, DatedRole)] {
        entries.lazy.filter { $0.kind == .person }.flatMap { person in
            person.roles(on: date)
                .filter { $0.offices.contains(office) && $0.code.components.first?.code == country }
                .map { (person, $0) }
        }
    }

    /// Warnings for a phrase that two entries of the same kind (people aside) give different codes.
    static func conflicts(in entries: [LexiconEntry]) -> [Diagnostic] {
        // Entries by position, not by value: a copy of an entry in the table retained each of its fields.
        var seen: [String: (entry: Int, code: String)] = [:]
        var out: [Diagnostic] = []
        seen.reserveCapacity(entries.count * 4)
        // Each entry read in place (`entries[index].phrases`), not copied out of the array with all its fields.
        for index in entries.indices where entries[index].kind != .person {
            let kind = entries[index].kind
            for phrase in entries[index].phrases {
                let key = kind.rawValue + ":" + WordKey.foldedPhrase(phrase.text)
                guard let first = seen[key] else {
                    seen[key] = (index, phrase.field == .seat ? entries[index].code.code + "GOV" : entries[index].code.code)
                    continue
                }
                let entry = entries[index]
                let code = phrase.field == .seat ? entry.code.code + "GOV" : entry.code.code
                let other = entries[first.entry]
                if first.code != code, other.id != entry.id, other.existence.overlaps(entry.existence) {
                    out.append(Diagnostic(
                        .warning, at: SourceLocation(file: entry.location.file, line: phrase.line),
                        "'\(phrase.text)' is also a phrase of \(other.id) (\(other.location)) with code \(first.code)",
                        hint: "the matcher will report both; remove it from the entry it does not belong to"))
                }
            }
        }
        return out
    }
}

/// A lexicon file that could not be read at all.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    /// The file or folder.
    public let file: String
    /// What went wrong.
    public let message: String
    /// How to fix it.
    public let hint: String

    /// Creates the error.
    public init(file: String, _ message: String, hint: String) {
        self.file = file
        self.message = message
        self.hint = hint
    }

    /// `file: error: message; hint`.
    public var description: String { "\(file): error: \(message)\n    hint: \(hint)" }
}

/// One lexicon file's name and text, handed to the threads that parse files.
private struct LexiconText: Sendable {
    let name: String
    let text: String
}
