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
    static let patternKeys: [PatternKind: Set<String>] = [.verb: ["lemma", "pattern", "example", "note"], .synset: ["word"]]

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
        // Lines are cut at "\n" bytes and a "\r" before it dropped: cutting the text into Characters ("\r\n" is one)
        // cost a tenth of loading the lexicon. A byte-order mark is not text.
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        for rawLine in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Substring(rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine)
            let trimmed = Substring(line.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" }))
            let first = trimmed.utf8.first
            if first == nil || first == UInt8(ascii: "#") { continue }
            let reporter = Reporter(file: file, line: lineNumber, text: line)
            if first == UInt8(ascii: "[") {
                if let finished = draft { finish(finished, into: &result) }
                draft = header(trimmed, line: line, reporter: reporter, into: &result)
                draft?.file = file
                continue
            }
            guard let colon = trimmed.utf8.firstIndex(of: UInt8(ascii: ":")) else {
                result.diagnostics.append(reporter.error(
                    at: trimmed.startIndex, in: line, "expected 'key: value' or an entry header '[kind id]'",
                    hint: "start an entry with a header such as '[country PRK]', then one 'key: value' per line"))
                continue
            }
            let key = trimmed[..<colon].trimmingSpaces()
            let afterColon = trimmed.unicodeScalars.index(after: colon)
            let valueStart = trimmed.unicodeScalars[afterColon...].firstIndex(where: { $0 != " " && $0 != "\t" })
                ?? trimmed.endIndex
            let value = trimmed[valueStart...].trimmingSpaces()
            guard var current = draft else {
                result.diagnostics.append(reporter.error(
                    at: trimmed.startIndex, in: line, "field '\(key)' comes before any entry header",
                    hint: "add a header such as '[country PRK]' above it"))
                continue
            }
            if current.isBroken { continue }
            let allowed = current.pattern.map { Self.patternKeys[$0] ?? [] } ?? Self.keys[current.kind] ?? []
            guard allowed.contains(key) else {
                let known = allowed.sorted().joined(separator: ", ")
                result.diagnostics.append(reporter.error(
                    at: trimmed.startIndex, in: line, "unknown key '\(key)' in a \(current.kindName) entry",
                    hint: "\(current.kindName) entries take: \(known)"))
                current.hasErrors = true
                draft = current
                continue
            }
            guard !value.isEmpty else {
                result.diagnostics.append(reporter.warning(
                    at: colon, in: line, "'\(key)' has no value", hint: "write a value or delete the line"))
                continue
            }
            current.fields.append(Field(
                key: key, value: value, line: lineNumber, column: line.unicodeScalarColumn(of: valueStart),
                text: line))
            draft = current
        }
        if let finished = draft { finish(finished, into: &result) }
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
        let words = inner.split(separator: " ", omittingEmptySubsequences: true)
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
        if let bad = key.unicodeScalars.first(where: { !($0.properties.isAlphabetic || ("0"..."9").contains($0)
            || "-_.".unicodeScalars.contains($0)) }) {
            result.diagnostics.append(reporter.error(
                at: text.startIndex, in: line, "id '\(key)' contains '\(bad)'",
                hint: "ids use letters, digits, '-', '_' and '.' only"))
            return Draft(kind: kind, key: key, line: reporter.line, column: column, text: String(reporter.text),
                         isBroken: true)
        }
        return Draft(kind: kind, key: key, line: reporter.line, column: column, text: String(reporter.text))
    }
}

/// The kinds of entry the event coder reads.
enum PatternKind: String, CaseIterable {
    case verb, synset
}

/// An entry being read: its header and raw fields.
struct Draft {
    var file = ""
    let kind: LexiconEntry.Kind
    /// Set for the event coder's entries (`verb`, `synset`); `kind` is then unused.
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
}

/// One `key: value` line of an entry.
struct Field {
    let key: String
    let value: String
    let line: Int
    /// 1-based column of the value's first character.
    let column: Int
    /// The whole line, for excerpts (a string only when one is reported).
    let text: Substring

    /// The values of a list field, split at " | ", with the column of each.
    var items: [(text: String, column: Int)] {
        var out: [(String, Int)] = []
        var offset = 0
        // Split on scalars, not with Foundation's `components(separatedBy:)`: this ran for every list field of the
        // lexicon and was a sixth of loading it.
        for part in value.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false) {
            let leading = part.prefix(while: { $0 == " " }).count
            out.append((Substring(part).trimmingSpaces(), column + offset + leading))
            offset += part.count + 1
        }
        return out
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

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        // Copied as bytes: building the string scalar by scalar cost a tenth of loading the lexicon.
        return String(decoding: self[first..<scalars.index(after: last)].utf8, as: UTF8.self)
    }

    /// The 1-based column, in Unicode scalars, of `index`.
    func unicodeScalarColumn(of index: Index) -> Int {
        unicodeScalars.distance(from: unicodeScalars.startIndex, to: index) + 1
    }
}
