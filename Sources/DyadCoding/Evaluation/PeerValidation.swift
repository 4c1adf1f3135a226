import DyadCore
import DyadLexicon
import DyadText
import Foundation

/// Runs a PETRARCH validation file (`PETR.UnitTest.records.xml`) with the dictionaries its `<Environment>` names:
/// every `sentence="true"` record whose category `<Include>` lists is coded from its `<Text>` through Dyad's language
/// layer and the ``PeerCoder``, and passes when the events equal the expected ones (as sets of
/// source/target/code); a record that expects no event, a discard or an error passes when nothing is coded.
/// `stop_on_error` is ignored; `require_dyad` is honoured per record.
public struct PeerValidation {
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
        /// 1-based line of the record in its file.
        public let line: Int
    }

    /// What went wrong loading a validation file or its dictionaries.
    public struct LoadError: Error, CustomStringConvertible {
        public let file: String
        public let message: String
        public let hint: String
        public var description: String { "\(file): \(message)\n    hint: \(hint)" }
    }

    /// The records, the coder's rules and the diagnostics of loading them.
    public let records: [PetrarchRecord]
    public let rules: PeerRules
    public let diagnostics: [Diagnostic]

    /// Reads the validation file at `path` and the dictionaries named in its `<Environment>` (relative to it).
    public init(path: String) throws(LoadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, message: "cannot read the validation file", hint: "check the path")
        }
        let url = URL(fileURLWithPath: path)
        let (all, readDiagnostics) = PetrarchXMLReader().records(
            InputBytes(name: path, stem: url.deletingPathExtension().lastPathComponent, bytes: [UInt8](data)),
            options: ReaderOptions())
        guard let environment = all.first?.environment else {
            throw LoadError(file: path, message: "no <Sentence> records with an <Environment> were found",
                            hint: "dyad eval reads PETRARCH validation XML such as PETR.UnitTest.records.xml")
        }
        let folder = url.deletingLastPathComponent()
        func file(_ key: String) throws(LoadError) -> URL {
            guard let name = environment[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty else {
                throw LoadError(file: path, message: "the <Environment> names no <\(key)>",
                                hint: "add <\(key)>FILE</\(key)> to the <Environment> element")
            }
            return folder.appendingPathComponent(name)
        }
        var diagnostics = readDiagnostics
        func load<D: PeerDictionaryReadable>(_ type: D.Type, _ key: String, optional: Bool = false) throws(LoadError) -> D? {
            if optional, environment[key] == nil { return nil }
            let url = try file(key)
            do {
                let result = try D.load(contentsOf: url)
                diagnostics += result.errors
                return result.value
            } catch {
                throw LoadError(file: url.path, message: error.description, hint: error.hint)
            }
        }
        let verbs = try load(PeerVerbDictionary.self, "Verbfile")!
        let actors = try load(PeerActorDictionary.self, "Actorfile")!
        let agents = try load(PeerAgentDictionary.self, "Agentfile") ?? PeerAgentDictionary()
        let discards = try load(PeerDiscards.self, "Discardfile", optional: true) ?? PeerDiscards()
        // PETRARCH 1's files mark the records to code valid="true", PETRARCH 2's sentence="true".
        let dialect: PeerRules.Dialect = all.contains { $0.attributes["sentence"] != nil } ? .petrarch : .petrarch1
        rules = PeerRules(verbs: verbs, actors: actors, agents: agents, discards: discards, dialect: dialect)
        self.diagnostics = diagnostics
        records = all
    }

    /// The records validation codes: `sentence="true"` (PETRARCH 1: `valid="true"`), not skipped, category listed in `<Include>` (all when the
    /// file has no `<Include>`).
    public var selected: [PetrarchRecord] {
        records.filter { record in
            // PETRARCH 2 marks the records to code `sentence="true"`, PETRARCH 1 `valid="true"`.
            let marked = record.attributes["sentence"] ?? record.attributes["valid"]
            guard marked?.lowercased() == "true", !record.skip else { return false }
            guard let include = record.environment["Include"] else { return true }
            let categories = Set(include.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
            return categories.contains(record.attributes["category"] ?? "")
        }
    }

    /// Codes one record with `analyse` (the language layer) and compares.
    public func run(_ record: PetrarchRecord, analyse: (Document) -> AnnotatedDocument) -> Outcome {
        let requireDyad = record.config["require_dyad"].map { $0.lowercased() != "false" } ?? true
        let coder = PeerCoder(rules: rules, requireDyad: requireDyad)
        let document = analyse(record.document)
        let result = coder.code(document, on: record.document.date ?? CalendarDate(year: 2000, month: 1, day: 1)!)
        let produced = result.events.map(\.description)
        let expected = record.noEvents || record.expectedError != nil ? []
            : record.expectedCodings.map { "\($0.source)/\($0.target)/\($0.event)" }
        return Outcome(id: record.document.id, category: record.attributes["category"] ?? "", text: record.document.text,
                       expected: Array(Set(expected)).sorted(), produced: Array(Set(produced)).sorted(),
                       rules: result.events.map { "\($0): \($0.rule)" }, passed: Set(expected) == Set(produced),
                       line: record.line)
    }
}
