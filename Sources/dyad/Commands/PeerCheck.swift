import DyadCore
import DyadLexicon
import Foundation

/// Checks TABARI/PETRARCH dictionary files for `dyad lexicon check`.
enum PeerCheck {
    /// Loads each file (folders: the dictionary files in them) as the kind it looks like; returns the diagnostics
    /// and one summary line per file. A file whose kind cannot be told is an error diagnostic, not a stop.
    static func run(_ paths: [String]) -> ([Diagnostic], [String]) {
        var diagnostics: [Diagnostic] = []
        var summary: [String] = []
        for url in expand(paths) {
            do {
                let result = try PeerDictionary.load(contentsOf: url)
                diagnostics += result.diagnostics
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                summary.append("\(url.path): \(result.value.kind.rawValue), \(result.value.entryCount) entries, \(errors) bad")
            } catch {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: url.path), error.description,
                                              hint: "name the file as its kind (.actors, .agents, .verbs, discards, issues)"))
            }
        }
        return (diagnostics, summary)
    }

    /// Files as given; a folder stands for the files in it whose kind can be told.
    private static func expand(_ paths: [String]) -> [URL] {
        paths.flatMap { path -> [URL] in
            var isDirectory: ObjCBool = false
            let url = URL(fileURLWithPath: path)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [url]
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().map { url.appendingPathComponent($0) }.filter { PeerDictionaryKind.detect(url: $0) != nil }
        }
    }
}
