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

    /// Reads the dictionaries in `folder`; a folder or file that cannot be read at all is an error naming it.
    public static func load(folder: URL) throws(PeerDictionaryError) -> Folder {
        var verbs = PeerVerbDictionary(), actors = PeerActorDictionary(), agents = PeerAgentDictionary()
        var discards = PeerDiscards()
        var files: [PeerDictionaryKind: [String]] = [:]
        var diagnostics: [Diagnostic] = []
        var petrarch = false
        for file in try PeerDictionary.loadEach(in: folder, kinds: [.verbs, .actors, .agents, .discards]) {
            diagnostics += file.result.errors
            files[file.result.value.kind, default: []].append(file.url.path)
            switch file.result.value {
            case .verbs(let dictionary):
                verbs.synsets += dictionary.synsets
                verbs.blocks += dictionary.blocks
                verbs.transformations += dictionary.transformations
                petrarch = petrarch || dictionary.isPetrarch
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
