import DyadCore
import DyadLexicon
import DyadText
import Foundation

/// Runs a peer validation suite with the dictionaries it names, through Dyad's language layer and the
/// ``PeerCoder``: a PETRARCH validation file (`PETR.UnitTest.records.xml`, dictionaries from its `<Environment>`)
/// or TABARI's `Validate.text` (dictionaries from the `.project` file beside it). A record passes when its events
/// equal the expected ones (as sets of source/target/code); one that expects no event, a discard or an error passes
/// when nothing is coded. PETRARCH's `stop_on_error` is ignored; `require_dyad` is honoured per record.
public struct PeerValidation {
    /// One record to code.
    public struct Case: Sendable {
        public let id: String
        public let category: String
        public let document: Document
        /// Expected events as `SOURCE/TARGET/CODE`; empty when none is expected.
        public let expected: [String]
        public let requireDyad: Bool
        /// The record's own parse (a PETRARCH `<Parse>`), as written.
        public let parse: String?
        /// Where the record is: `file:line`.
        public let origin: String
        /// TABARI's options in force for the record (its `.options` file and the `OPTION:` directives so far).
        public var options = PeerCoder.Options()
        /// With TABARI's `FORWARD:`, the story's previous sentence, whose first actor the record's pronouns take.
        public var forwardedFrom: Document?
    }

    /// The outcome of one record.
    public struct Outcome: Sendable {
        public let id: String
        public let category: String
        public let text: String
        /// Expected and produced events as `SOURCE/TARGET/CODE`, sorted; empty for none.
        public let expected: [String]
        public let produced: [String]
        /// The rules that produced each event.
        public let rules: [String]
        public let passed: Bool
        /// `file:line` of the record.
        public let origin: String
    }

    /// What went wrong loading a validation file or its dictionaries.
    public struct LoadError: Error, CustomStringConvertible {
        public let file: String
        public let message: String
        public let hint: String
        public var description: String { "\(file): \(message)\n    hint: \(hint)" }
    }

    /// The records validation codes, in file order.
    public let cases: [Case]
    public let rules: PeerRules
    /// Problems found reading the suite and its dictionaries (records and lines skipped).
    public let diagnostics: [Diagnostic]

    /// Reads a PETRARCH validation file (`.xml`) or TABARI's `Validate.text` and the dictionaries they name.
    public init(path: String) throws(LoadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, message: "cannot read the validation file", hint: "check the path")
        }
        let url = URL(fileURLWithPath: path)
        let input = InputBytes(name: path, stem: url.deletingPathExtension().lastPathComponent, bytes: [UInt8](data))
        if path.hasSuffix(".xml") {
            (cases, rules, diagnostics) = try Self.petrarch(input, folder: url.deletingLastPathComponent(), path: path)
        } else {
            (cases, rules, diagnostics) = try Self.tabari(input, folder: url.deletingLastPathComponent(), path: path)
        }
    }

    // MARK: PETRARCH

    private static func petrarch(_ input: InputBytes, folder: URL, path: String) throws(LoadError)
        -> ([Case], PeerRules, [Diagnostic]) {
        let (records, readDiagnostics) = PetrarchXMLReader().records(input, options: ReaderOptions())
        guard let environment = records.first?.environment else {
            throw LoadError(file: path, message: "no <Sentence> records with an <Environment> were found",
                            hint: "dyad eval reads PETRARCH validation XML such as PETR.UnitTest.records.xml")
        }
        var diagnostics = readDiagnostics
        func file(_ key: String) -> String? {
            environment[key]?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        }
        func required(_ key: String) throws(LoadError) -> URL {
            guard let name = file(key) else {
                throw LoadError(file: path, message: "the <Environment> names no <\(key)>",
                                hint: "add <\(key)>FILE</\(key)> to the <Environment> element")
            }
            return folder.appendingPathComponent(name)
        }
        let verbs = try load(PeerVerbDictionary.self, try required("Verbfile"), into: &diagnostics)
        let actors = try load(PeerActorDictionary.self, try required("Actorfile"), into: &diagnostics)
        let agents = try file("Agentfile").map { name throws(LoadError) in
            try load(PeerAgentDictionary.self, folder.appendingPathComponent(name), into: &diagnostics)
        } ?? PeerAgentDictionary()
        let discards = try file("Discardfile").map { name throws(LoadError) in
            try load(PeerDiscards.self, folder.appendingPathComponent(name), into: &diagnostics)
        } ?? PeerDiscards()
        // PETRARCH 1's files mark the records to code valid="true", PETRARCH 2's sentence="true".
        let dialect: PeerRules.Dialect = records.contains { $0.attributes["sentence"] != nil } ? .petrarch : .petrarch1
        let rules = PeerRules(verbs: verbs, actors: actors, agents: agents, discards: discards, dialect: dialect)
        let included = file("Include").map {
            Set($0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
        }
        let cases = records.compactMap { record -> Case? in
            let marked = record.attributes["sentence"] ?? record.attributes["valid"]
            let category = record.attributes["category"] ?? ""
            guard marked?.lowercased() == "true", !record.skip, included?.contains(category) ?? true else { return nil }
            let expected = record.noEvents || record.expectedError != nil ? []
                : record.expectedCodings.map { "\($0.source)/\($0.target)/\($0.event)" }
            return Case(id: record.document.id, category: category, document: record.document, expected: expected,
                        requireDyad: record.config["require_dyad"].map { $0.lowercased() != "false" } ?? true,
                        parse: record.parse, origin: "\(path):\(record.line)")
        }
        return (cases, rules, diagnostics)
    }

    // MARK: TABARI

    private static func tabari(_ input: InputBytes, folder: URL, path: String) throws(LoadError)
        -> ([Case], PeerRules, [Diagnostic]) {
        let projects = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".project") }.sorted()
        let textName = URL(fileURLWithPath: path).lastPathComponent
        var settings: [String: String] = [:]
        var projectName = ""
        for project in projects {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(project), encoding: .utf8) else { continue }
            let found = Self.projectSettings(text)
            if found["textfile"] == textName { (settings, projectName) = (found, project); break }
        }
        guard !settings.isEmpty else {
            throw LoadError(file: path, message: "no .project file beside it names it as its <textfile>",
                            hint: "keep TABARI's .project file (with <actorsfile>, <verbsfile>, <agentsfile>) in the same folder")
        }
        var diagnostics: [Diagnostic] = []
        func required(_ key: String) throws(LoadError) -> URL {
            guard let name = settings[key] else {
                throw LoadError(file: path, message: "the .project file names no <\(key)>", hint: "add a <\(key)> line to it")
            }
            return folder.appendingPathComponent(name)
        }
        let verbs = try load(PeerVerbDictionary.self, try required("verbsfile"), into: &diagnostics)
        let actors = try load(PeerActorDictionary.self, try required("actorsfile"), into: &diagnostics)
        let agents = try settings["agentsfile"].map { name throws(LoadError) in
            try load(PeerAgentDictionary.self, folder.appendingPathComponent(name), into: &diagnostics)
        } ?? PeerAgentDictionary()
        let rules = PeerRules(verbs: verbs, actors: actors, agents: agents, dialect: .tabari)
        let (records, readDiagnostics) = TabariReader().records(input, options: ReaderOptions())
        diagnostics += readDiagnostics
        var options = PeerCoder.Options.tabari
        if let name = settings["optionsfile"] {
            let found = try Self.tabariOptions(folder.appendingPathComponent(name), named: name, project: projectName)
            options = found.options
            diagnostics += found.diagnostics
        }
        // The validation file's lines, shown under a diagnostic about one of its OPTION: directives.
        let sourceLines = records.contains { !$0.options.isEmpty }
            ? input.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) : []
        var cases: [Case] = []
        var previous: TabariRecord?
        for record in records {
            // TABARI stops at the record that says so.
            if record.document.text.lowercased().hasPrefix("this is the end of the standard validation records") { break }
            for (index, directive) in record.options.enumerated() {
                let location = record.optionLocations.indices.contains(index) ? record.optionLocations[index]
                    : SourceLocation(file: path, line: record.line)
                let excerpt = location.line.flatMap { sourceLines.indices.contains($0 - 1) ? sourceLines[$0 - 1] : nil }
                    .map { String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self) }
                options = options.applying(tabariLine: directive, at: location, excerpt: excerpt, diagnostics: &diagnostics)
            }
            defer { previous = record }
            guard !record.skipsValidation,
                  !record.expectedEvents.isEmpty || record.expectsNoEvents || record.expectsDiscard else { continue }
            let expected = record.expectsNoEvents || record.expectsDiscard ? []
                : record.expectedEvents.map { "\($0.source)/\($0.target)/\($0.event)" }
            let id = record.document.id
            var item = Case(id: id, category: String(id.split(separator: "-").first ?? Substring(id)),
                            document: record.document, expected: expected, requireDyad: true, parse: nil,
                            origin: "\(path):\(record.line)")
            item.options = options
            if let template = options.forward, let previous, template.continues(id, after: previous.document.id) {
                item.forwardedFrom = previous.document
            }
            cases.append(item)
        }
        return (cases, rules, diagnostics)
    }

    /// TABARI's default options with the lines of the `.options` file a project names (`<optionsfile> name`)
    /// applied, and the problems found in its lines (each skipped). A file that cannot be read is an error: coding
    /// on with the defaults alone would score the suite under settings its project does not ask for.
    static func tabariOptions(_ file: URL, named name: String, project: String) throws(LoadError)
        -> (options: PeerCoder.Options, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
            let reason = !exists ? "it does not exist" : isFolder.boolValue ? "it is a folder" : "it is not readable"
            throw LoadError(file: file.path, message: "cannot read the options file \(project) names (<optionsfile> \(name)): \(reason)",
                            hint: "restore the file, correct the <optionsfile> line of \(project), or delete that line "
                                + "to code with TABARI's default options")
        }
        return tabariOptions(text: String(decoding: data, as: UTF8.self), file: file.path)
    }

    /// TABARI's default options with the lines of an `.options` file's `text` applied; blank lines and `//`
    /// comments are left out, and the file ends at a `~~~~~` line, as TABARI's dictionaries do.
    static func tabariOptions(text: String, file: String) -> (options: PeerCoder.Options, diagnostics: [Diagnostic]) {
        var options = PeerCoder.Options.tabari
        var diagnostics: [Diagnostic] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = String(line)
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.hasPrefix("~~~~~") { break }
            guard !content.isEmpty, !content.hasPrefix("//") else { continue }
            options = options.applying(tabariLine: line, at: SourceLocation(file: file, line: index + 1),
                                       diagnostics: &diagnostics)
        }
        return (options, diagnostics)
    }

    /// `<key> value` lines of a TABARI `.project` file, keys lower-cased without brackets.
    static func projectSettings(_ text: String) -> [String: String] {
        var settings: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("<"), let close = trimmed.firstIndex(of: ">") else { continue }
            let key = trimmed[trimmed.index(after: trimmed.startIndex)..<close].lowercased()
            let value = trimmed[trimmed.index(after: close)...].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty, !value.hasPrefix("<"), settings[key] == nil { settings[key] = value }
        }
        return settings
    }

    private static func load<D: PeerDictionaryReadable>(_ type: D.Type, _ url: URL, into diagnostics: inout [Diagnostic])
        throws(LoadError) -> D {
        do {
            let result = try D.load(contentsOf: url)
            diagnostics += result.errors
            return result.value
        } catch {
            throw LoadError(file: url.path, message: error.message, hint: error.hint)
        }
    }

    // MARK: Running

    /// Codes one record with `analyse` (the language layer) and compares.
    public func run(_ item: Case, analyse: (Document) -> AnnotatedDocument) -> Outcome {
        let coder = PeerCoder(rules: rules, requireDyad: item.requireDyad, options: item.options)
        let date = item.document.date ?? CalendarDate(year: 2000, month: 1, day: 1)!
        // The story's previous sentence first: `analyse` may keep the last document it analysed.
        let antecedent = item.forwardedFrom.flatMap(coder.prepared).flatMap {
            coder.firstActor(in: analyse($0), on: $0.date ?? date)
        }
        // A record TABARI skips (too short) codes nothing.
        let result = coder.prepared(item.document).map {
            coder.code(analyse($0), on: date, antecedent: antecedent)
        } ?? PeerCoder.Result()
        let produced = result.events.map(\.description)
        return Outcome(id: item.id, category: item.category, text: item.document.text,
                       expected: Array(Set(item.expected)).sorted(), produced: Array(Set(produced)).sorted(),
                       rules: result.events.map { "\($0): \($0.rule)" }, passed: Set(item.expected) == Set(produced),
                       origin: item.origin)
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
