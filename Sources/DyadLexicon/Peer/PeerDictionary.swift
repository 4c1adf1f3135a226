import DyadCore
import Foundation

/// Any TABARI/PETRARCH dictionary file, read as the kind it is.
public enum PeerDictionary: Sendable, Hashable {
    /// An `.actors` file.
    case actors(PeerActorDictionary)
    /// An `.agents` file.
    case agents(PeerAgentDictionary)
    /// A discards file.
    case discards(PeerDiscards)
    /// An issues file.
    case issues(PeerIssues)
    /// A verbs file.
    case verbs(PeerVerbDictionary)

    /// The kind of file it was read from.
    public var kind: PeerDictionaryKind {
        switch self {
        case .actors: .actors
        case .agents: .agents
        case .discards: .discards
        case .issues: .issues
        case .verbs: .verbs
        }
    }

    /// Number of top-level entries: actors, agents, discards, issue phrases, or verb patterns.
    public var entryCount: Int {
        switch self {
        case .actors(let dictionary): dictionary.entries.count
        case .agents(let dictionary): dictionary.entries.count
        case .discards(let dictionary): dictionary.entries.count
        case .issues(let dictionary): dictionary.entries.count
        case .verbs(let dictionary): dictionary.patternCount
        }
    }

    /// Reads `bytes` as a `kind` dictionary; `file` names it in diagnostics.
    public static func parse(
        bytes: [UInt8], file: String, as kind: PeerDictionaryKind
    ) -> PeerLoadResult<PeerDictionary> {
        switch kind {
        case .actors: PeerActorDictionary.parse(bytes: bytes, file: file).map(PeerDictionary.actors)
        case .agents: PeerAgentDictionary.parse(bytes: bytes, file: file).map(PeerDictionary.agents)
        case .discards: PeerDiscards.parse(bytes: bytes, file: file).map(PeerDictionary.discards)
        case .issues: PeerIssues.parse(bytes: bytes, file: file).map(PeerDictionary.issues)
        case .verbs: PeerVerbDictionary.parse(bytes: bytes, file: file).map(PeerDictionary.verbs)
        }
    }

    /// Reads the file at `url` as `kind`, or as the kind ``PeerDictionaryKind/detect(url:)`` guesses.
    ///
    /// Throws ``PeerDictionaryError`` when the file cannot be read or its kind cannot be told.
    public static func load(contentsOf url: URL, as kind: PeerDictionaryKind? = nil)
        throws(PeerDictionaryError) -> PeerLoadResult<PeerDictionary>
    {
        guard let kind = kind ?? PeerDictionaryKind.detect(url: url) else {
            throw PeerDictionaryError(path: url.path, .unknownKind)
        }
        return parse(bytes: try PeerDictionaryFileBytes.read(url), file: url.path, as: kind)
    }

    /// The dictionary files in `directory` (not its subfolders), in name order, with their kinds; files whose kind
    /// cannot be told (TABARI `.options`, text records, …) are left out.
    ///
    /// Throws ``PeerDictionaryError`` when the folder cannot be listed.
    public static func dictionaryFiles(in directory: URL) throws(PeerDictionaryError) -> [(url: URL, kind: PeerDictionaryKind)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw PeerDictionaryError(path: directory.path, .unreadable)
        }
        return names.map { directory.appendingPathComponent($0) }
            .filter { url in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                    && !isDirectory.boolValue
            }
            .compactMap { url in PeerDictionaryKind.detect(url: url).map { (url, $0) } }
    }

    /// ``loadAll(in:)`` one file after the other, for callers that are not async; `kinds` limits what is read.
    public static func loadEach(in directory: URL, kinds: Set<PeerDictionaryKind> = Set(PeerDictionaryKind.allCases))
        throws(PeerDictionaryError) -> [LoadedFile] {
        var loaded: [LoadedFile] = []
        for (url, kind) in try dictionaryFiles(in: directory) where kinds.contains(kind) {
            loaded.append(LoadedFile(url: url, result: try load(contentsOf: url, as: kind)))
        }
        return loaded
    }

    /// One file of a folder read by ``loadAll(in:)``.
    public struct LoadedFile: Sendable {
        /// The file.
        public let url: URL
        /// What was read from it.
        public let result: PeerLoadResult<PeerDictionary>
    }

    /// Reads every dictionary file in `directory` (not its subfolders), in name order; files whose kind cannot be
    /// told (TABARI `.options`, text records, …) are left out. Files are read in parallel.
    ///
    /// Throws ``PeerDictionaryError`` when the folder cannot be listed or a dictionary in it cannot be read.
    public static func loadAll(in directory: URL) async throws(PeerDictionaryError) -> [LoadedFile] {
        let files = try dictionaryFiles(in: directory)
        let results = await withTaskGroup(of: (Int, Result<PeerLoadResult<PeerDictionary>, PeerDictionaryError>).self) {
            group in
            for (index, (url, kind)) in files.enumerated() {
                group.addTask {
                    (index, Result { () throws(PeerDictionaryError) in try load(contentsOf: url, as: kind) })
                }
            }
            var results = [Result<PeerLoadResult<PeerDictionary>, PeerDictionaryError>?](
                repeating: nil, count: files.count)
            for await (index, result) in group { results[index] = result }
            return results
        }
        var loaded: [LoadedFile] = []
        for (index, result) in results.enumerated() {
            loaded.append(LoadedFile(url: files[index].0, result: try result!.get()))
        }
        return loaded
    }
}
