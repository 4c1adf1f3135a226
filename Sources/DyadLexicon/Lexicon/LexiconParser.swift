import DyadCore

/// Reads one file in Dyad's lexicon format (`docs/lexicon-format.md`) into entries and diagnostics.
///
/// A bad entry is reported (file:line:column, the line, a hint) and skipped; the entries around it still load.
public struct LexiconParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The result of reading one file.
    public struct Result: Sendable {
        /// The entries that passed every check, in file order.
        public var entries: [LexiconEntry] = []
        /// The verb entries (event patterns), in file order.
        public var verbs: [VerbEntry] = []
        /// The synsets, in file order.
        public var synsets: [Synset] = []
        /// The discard entries, in file order.
        public var discards: [Discard] = []
        /// Errors (entry skipped) and warnings (entry kept), in file order.
        public var diagnostics: [Diagnostic] = []
    }

    /// The keys each kind accepts.
    static let keys: [LexiconEntry.Kind: Set<String>] = [
        .country: ["name", "code", "alias", "adjective", "demonym", "capital", "seat", "place", "from", "until"],
        .organisation: ["name", "code", "alias", "type", "country", "from", "until"],
        .group: ["name", "code", "alias", "type", "country", "role", "from", "until"],
        .agent: ["name", "code", "plural", "alias", "icews", "plover"],
        .person: ["name", "alias", "short", "country", "born", "role"],
    ]
    /// The keys each kind must have.
    static let required: [LexiconEntry.Kind: [String]] = [
        .country: ["name", "code"], .organisation: ["name", "code"], .group: ["name", "code", "type"],
        .agent: ["name", "code", "icews", "plover"], .person: ["name", "country", "role"],
    ]
    /// The keys of the event coder's entries.
    static let patternKeys: [PatternKind: Set<String>] = [.verb: ["lemma", "pattern", "example", "note"], .synset: ["word"],
                                                          .discard: ["phrase", "note"]]

    /// The `type` values allowed per kind.
    static let types: [LexiconEntry.Kind: Set<String>] = [
        .organisation: ["igo", "ngo", "media", "business", "court", "other"],
        .group: ["armed-group", "party", "movement"],
    ]

    /// Reads `text`, naming `file` in diagnostics.
    public func parse(_ text: String, file: String) -> Result {
        var result = Result()
        var draft: Draft?
        var lineNumber = 0
        var codes = CodeCache()
        // Lines are cut at "\n" bytes and a "\r" before it dropped: cutting the text into Characters ("\r\n" is one)
        // cost a tenth of loading the lexicon. A byte-order mark is not text. Lines, keys and values are found in the
        // text's bytes (spaces, tabs, '#', '[' and ':' are single bytes that no other character contains); a line is
        // made a substring of `body` for its fields' excerpts, and columns count the scalars before them.
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        var storage = body
        storage.withUTF8 { bytes in
            let base = body.utf8.startIndex
            func index(_ offset: Int) -> String.Index { body.utf8.index(base, offsetBy: offset) }
            func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            /// The bytes `start..<end` without leading and trailing spaces and tabs, as a string.
            func trimmed(_ start: Int, _ end: Int) -> String {
                var start = start, end = end
                while start < end && isBlank(bytes[start]) { start += 1 }
                while end > start && isBlank(bytes[end - 1]) { end -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                lineNumber += 1
                let end = lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") ? lineEnd - 1 : lineEnd
                var start = lineStart
                while start < end && isBlank(bytes[start]) { start += 1 }
                if start == end || bytes[start] == UInt8(ascii: "#") { continue }
                let line = body[index(lineStart)..<index(end)]
                let trimmedStart = index(start)
                let reporter = Reporter(file: file, line: lineNumber, text: line)
                if bytes[start] == UInt8(ascii: "[") {
                    if let finished = draft { finish(finished, into: &result, codes: &codes) }
                    var next = header(body[trimmedStart..<line.endIndex], line: line, reporter: reporter, into: &result)
                    next.file = file
                    next.source = body
                    // Looked up once per entry, not for each of its lines.
                    next.allowed = next.pattern.map { Self.patternKeys[$0] ?? [] } ?? Self.keys[next.kind] ?? []
                    draft = next
                    continue
                }
                guard let colon = (start..<end).first(where: { bytes[$0] == UInt8(ascii: ":") }) else {
                    result.diagnostics.append(reporter.error(
                        at: trimmedStart, in: line, "expected 'key: value' or an entry header '[kind id]'",
                        hint: "start an entry with a header such as '[country PRK]', then one 'key: value' per line"))
                    continue
                }
                let key = trimmed(start, colon)
                var valueStart = colon + 1
                while valueStart < end && isBlank(bytes[valueStart]) { valueStart += 1 }
                let value = trimmed(valueStart, end)
                // The draft is changed in place (`draft!`), not through a copy written back, which copied its list of
                // fields for every line.
                guard draft != nil else {
                    result.diagnostics.append(reporter.error(
                        at: trimmedStart, in: line, "field '\(key)' comes before any entry header",
                        hint: "add a header such as '[country PRK]' above it"))
                    continue
                }
                if draft!.isBroken { continue }
                guard draft!.allowed.contains(key) else {
                    let allowed = draft!.allowed
                    let known = allowed.sorted().joined(separator: ", ")
                    let kindName = draft!.kindName
                    result.diagnostics.append(reporter.error(
                        at: trimmedStart, in: line, "unknown key '\(key)' in a \(kindName) entry",
                        hint: "\(kindName) entries take: \(known)"))
                    draft!.hasErrors = true
                    continue
                }
                guard !value.isEmpty else {
                    result.diagnostics.append(reporter.warning(
                        at: index(colon), in: line, "'\(key)' has no value", hint: "write a value or delete the line"))
                    continue
                }
                // The column counts the scalars before the value: the bytes that do not continue a scalar.
                let column = bytes[lineStart..<valueStart].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
                draft!.fields.append(Field(key: key, value: value, line: lineNumber, column: column,
                                           text: line.startIndex..<line.endIndex))
            }
        }
        if let finished = draft { finish(finished, into: &result, codes: &codes) }
        return result
    }

    /// Reads a header line `[kind id]`; reports and returns a broken draft (fields skipped) when malformed.
    private func header(_ text: Substring, line: Substring, reporter: Reporter, into result: inout Result) -> Draft {
        guard text.hasSuffix("]") || text.trimmingSpaces().hasSuffix("]") else {
            result.diagnostics.append(reporter.error(
                at: text.startIndex, in: line, "entry header is not closed with ']'",
                hint: "write headers as '[kind id]', e.g. '[person vladimir-putin]'"))
            return Draft(kind: .country, key: "", line: reporter.line, column: 1, text: String(reporter.text), isBroken: true)
        }
        let inner = text.trimmingSpaces().dropFirst().dropLast()
        let words = inner.spaceSeparated()
        let column = line.unicodeScalarColumn(of: text.startIndex)
        if words.count == 2, let pattern = PatternKind(rawValue: String(words[0])) {
            var draft = Draft(kind: .country, key: String(words[1]), line: reporter.line, column: column, text: String(reporter.text))
            draft.pattern = pattern
            return draft
        }
        guard words.count == 2, let kind = LexiconEntry.Kind(rawValue: String(words[0])) else {
            let kinds = (LexiconEntry.Kind.allCases.map(\.rawValue) + PatternKind.allCases.map(\.rawValue))
                .joined(separator: ", ")
            let message = words.count == 2
                ? "unknown entry kind '\(words[0])'" : "expected '[kind id]' with one kind and one id"
            result.diagnostics.append(reporter.error(at: text.startIndex, in: line, message, hint: "kinds: \(kinds)"))
            return Draft(kind: .country, key: "", line: reporter.line, column: column, text: String(reporter.text),
                         isBroken: true)
        }
        let key = String(words[1])
        if let bad = Self.badIDCharacter(key) {
            result.diagnostics.append(reporter.error(
                at: text.startIndex, in: line, "id '\(key)' contains '\(bad)'",
                hint: "ids use letters, digits, '-', '_' and '.' only"))
            return Draft(kind: kind, key: key, line: reporter.line, column: column, text: String(reporter.text),
                         isBroken: true)
        }
        return Draft(kind: kind, key: key, line: reporter.line, column: column, text: String(reporter.text))
    }
}

extension LexiconParser {
    /// The first character of `key` that an id may not hold (ids use letters, digits, '-', '_' and '.'), if any;
    /// ASCII ids, nearly all, are checked by their bytes without consulting the Unicode property tables.
    static func badIDCharacter(_ key: String) -> Unicode.Scalar? {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
        }
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.unicodeScalars.first { !allowed($0) } }
        return key.utf8.first { byte in
            !((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "."))
        }.map { Unicode.Scalar($0) }
    }
}

/// The kinds of entry the event coder reads.
enum PatternKind: String, CaseIterable {
    case verb, synset, discard
}

/// An entry being read: its header and raw fields.
struct Draft {
    var file = ""
    let kind: LexiconEntry.Kind
    /// Set for the event coder's entries (`verb`, `synset`, `discard`); `kind` is then unused.
    var pattern: PatternKind?
    /// The kind as the header wrote it.
    var kindName: String { pattern?.rawValue ?? kind.rawValue }
    let key: String
    let line: Int
    let column: Int
    let text: String
    var isBroken = false
    var hasErrors = false
    var fields: [Field] = []
    /// The keys the entry's kind accepts.
    var allowed: Set<String> = []
    /// The text of the file (after any byte-order mark), which fields' lines are ranges of.
    var source: Substring = ""

    init(kind: LexiconEntry.Kind, key: String, line: Int, column: Int, text: String, isBroken: Bool = false) {
        self.kind = kind
        self.key = key
        self.line = line
        self.column = column
        self.text = text
        self.isBroken = isBroken
    }

    /// The fields written with `key`, in order.
    func all(_ key: String) -> [Field] { fields.filter { $0.key == key } }

    /// The first field written with `key` (`all(key).first`, without building the list).
    func first(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// How many fields are written with `key`.
    func count(_ key: String) -> Int { fields.reduce(0) { $1.key == key ? $0 + 1 : $0 } }
}

/// One `key: value` line of an entry.
struct Field {
    let key: String
    let value: String
    let line: Int
    /// 1-based column of the value's first character.
    let column: Int
    /// Where the whole line lies in the draft's `source`, for excerpts (a string only when one is reported): a range,
    /// not a substring, so that copying a field retains no more than its key and value.
    let text: Range<String.Index>

    /// The values of a list field, split at " | ", with the column of each.
    var items: [(text: String, column: Int)] {
        var out: [(String, Int)] = []
        var offset = 0
        // Split on the UTF-8 bytes, not with Foundation's `components(separatedBy:)` nor on scalars: this ran for
        // every list field of the lexicon. "|", spaces and tabs are single bytes that no multi-byte scalar contains,
        // and a column counts the scalars before it, that is the bytes that do not continue a scalar.
        var text = value
        text.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "|") { end += 1 }
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let leading = part.prefix(while: { $0 == UInt8(ascii: " ") }).count
                out.append((Self.trimmed(part), column + offset + leading))
                offset += part.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } + 1
                start = end + 1
            }
        }
        return out
    }

    /// The bytes without leading and trailing spaces and tabs, as a string (`trimmingSpaces` on bytes).
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
    }
}

/// Builds diagnostics for one line.
struct Reporter {
    let file: String
    let line: Int
    /// The line, made a string only for a diagnostic.
    let text: Substring

    func error(at index: Substring.Index, in line: Substring, _ message: String, hint: String?) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: file, line: self.line, column: line.unicodeScalarColumn(of: index)),
                   message, hint: hint, excerpt: String(text))
    }

    func warning(at index: Substring.Index, in line: Substring, _ message: String, hint: String?) -> Diagnostic {
        Diagnostic(.warning, at: SourceLocation(file: file, line: self.line,
                                                column: line.unicodeScalarColumn(of: index)),
                   message, hint: hint, excerpt: String(text))
    }
}

extension Substring {
    /// The pieces between spaces, empty ones left out (`split(separator: " ")`); ASCII text, nearly all of the
    /// lexicon, is cut at its bytes, without breaking it into characters (the same cut: an ASCII space never joins
    /// the character before or after it).
    func spaceSeparated() -> [Substring] { pieces(between: " ") }

    /// The pieces between `separator`s, empty ones left out (`split(separator:)`), cut at the bytes of ASCII text.
    func pieces(between separator: Unicode.Scalar) -> [Substring] {
        guard separator.isASCII, utf8.allSatisfy({ $0 < 0x80 }) else {
            return split(separator: Character(separator), omittingEmptySubsequences: true)
        }
        return utf8.split(separator: UInt8(separator.value), omittingEmptySubsequences: true).map { Substring($0) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        // Trimmed at the bytes: a space or tab byte is always the whole scalar. Copied as bytes: building the string
        // scalar by scalar cost a tenth of loading the lexicon.
        let bytes = utf8
        var first: UTF8View.Index?, end = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index], at = index
            bytes.formIndex(after: &index)
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
                if first == nil { first = at }
                end = index
            }
        }
        guard let first else { return "" }
        return String(decoding: bytes[first..<end], as: UTF8.self)
    }

    /// The 1-based column, in Unicode scalars, of `index`.
    func unicodeScalarColumn(of index: Index) -> Int {
        unicodeScalars.distance(from: unicodeScalars.startIndex, to: index) + 1
    }
}
