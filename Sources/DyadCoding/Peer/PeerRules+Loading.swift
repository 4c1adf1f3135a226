import DyadCore
import DyadLexicon
import Foundation

extension PeerRules {
    /// A folder of TABARI or PETRARCH dictionaries as rules: every verbs, actors, agents and discards file in it (by
    /// name or content, as `dyad lexicon check` tells them), files of one kind merged in name order
    /// (`Phoenix.Countries.actors.txt` with `Phoenix.International.actors.txt`). The dialect is PETRARCH when a verbs
    /// file has `--- NAME ---` block headings, TABARI otherwise.
    public struct Folder: Sendable {
        /// The rules; nil when the folder holds no verbs file.
        public let rules: PeerRules?
        /// The files read, by kind.
        public let files: [PeerDictionaryKind: [String]]
        /// Lines skipped in them (errors only).
        public let diagnostics: [Diagnostic]
    }

    /// A folder or a file in it that cannot be read.
    public struct LoadError: Error, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)\n    hint: check that the folder holds TABARI or PETRARCH dictionaries and is readable" }
    }

    /// Reads the dictionaries in `folder`; a file that cannot be read at all is an error naming it.
    public static func load(folder: URL) throws(LoadError) -> Folder {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw LoadError(path: folder.path, message: "cannot list the folder (it does not exist or is not a folder)")
        }
        var verbs = PeerVerbDictionary(), actors = PeerActorDictionary(), agents = PeerAgentDictionary()
        var discards = PeerDiscards()
        var files: [PeerDictionaryKind: [String]] = [:]
        var diagnostics: [Diagnostic] = []
        var petrarch = false
        for name in names {
            let url = folder.appendingPathComponent(name)
            guard let kind = PeerDictionaryKind.detect(url: url) else { continue }
            let result: PeerLoadResult<PeerDictionary>
            do {
                result = try PeerDictionary.load(contentsOf: url, as: kind)
            } catch {
                throw LoadError(path: url.path, message: error.message)
            }
            diagnostics += result.errors
            files[kind, default: []].append(url.path)
            switch result.value {
            case .verbs(let dictionary):
                verbs.synsets += dictionary.synsets
                verbs.blocks += dictionary.blocks
                verbs.transformations += dictionary.transformations
                if let text = try? String(contentsOf: url, encoding: .utf8) {
                    petrarch = petrarch || text.split(whereSeparator: \.isNewline).contains {
                        let line = $0.trimmingCharacters(in: .whitespaces)
                        return line.startsWithUTF8("--- ") && line.hasSuffix("---") && line.count > 7
                    }
                }
            case .actors(let dictionary):
                actors.entries += dictionary.entries
                actors.wordClasses += dictionary.wordClasses
            case .agents(let dictionary):
                agents.entries += dictionary.entries
                agents.substitutionSets += dictionary.substitutionSets
            case .discards(let dictionary): discards.entries += dictionary.entries
            case .issues: break
            }
        }
        let rules = files[.verbs] == nil ? nil
            : PeerRules(verbs: verbs, actors: actors, agents: agents, discards: discards, dialect: petrarch ? .petrarch : .tabari)
        return Folder(rules: rules, files: files, diagnostics: diagnostics)
    }
}
