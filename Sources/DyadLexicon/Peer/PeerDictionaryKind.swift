import Foundation

/// The kinds of TABARI/PETRARCH dictionary files Dyad reads.
public enum PeerDictionaryKind: String, Sendable, Hashable, CaseIterable {
    /// `.actors`: actor phrases and dated codes (``PeerActorDictionary``).
    case actors
    /// `.agents`: role phrases and `~` codes (``PeerAgentDictionary``).
    case agents
    /// Discards: phrases that stop coding (``PeerDiscards``).
    case discards
    /// PETRARCH issues (``PeerIssues``).
    case issues
    /// Verb patterns, TABARI or PETRARCH (``PeerVerbDictionary``).
    case verbs

    /// Guesses the kind of the file at `url` from its name, then, when the name says nothing, from its first 64 KB.
    ///
    /// Returns `nil` for files that are not dictionaries (TABARI `.options`, `.project` and `.text`, XML records)
    /// and for files it cannot read or recognise.
    public static func detect(url: URL) -> PeerDictionaryKind? {
        let name = url.lastPathComponent.lowercased()
        if let kind = detect(name: name) { return kind }
        if [".options", ".project", ".text", ".xml", ".json", ".jsonl", ".md", ".py", ".swift"]
            .contains(where: { name.hasSuffix($0) }) {
            return nil
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 65_536) else { return nil }
        return detect(contents: [UInt8](data))
    }

    /// Guesses the kind from a file name: `Phoenix.Countries.actors.txt`, `CAMEO.2.0.txt`, `Validate.agents`.
    public static func detect(name: String) -> PeerDictionaryKind? {
        let name = name.lowercased()
        if name.contains("discard") { return .discards }
        if name.contains("issue") { return .issues }
        if name.hasSuffix(".actors") || name.contains(".actors.") || name.contains("actors.txt") { return .actors }
        if name.hasSuffix(".agents") || name.contains(".agents.") || name.contains("agents.txt") { return .agents }
        if name.hasSuffix(".verbs") || name.contains(".verbs.") || name.contains("verbs.txt")
            || name.contains("verbpatterns") || name.hasPrefix("cameo.2.") {
            return .verbs
        }
        return nil
    }

    /// Guesses the kind from the start of a file: the line shapes each format has and the others do not.
    public static func detect(contents bytes: [UInt8]) -> PeerDictionaryKind? {
        let text = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        var votes: [PeerDictionaryKind: Int] = [:]
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).prefix(2_000) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            guard let first = line.first, first != "#", first != ";" else { continue }
            if line.hasPrefix("<ISSUE") { votes[.issues, default: 0] += 10 }
            if line.hasPrefix("---") || (line.hasPrefix("- ") && line.contains("*")) || line.hasPrefix("&") {
                votes[.verbs, default: 0] += 1
            }
            if (line.hasPrefix("!") && line.contains("=")) || line.contains("[~") || line.contains("~]") {
                votes[.agents, default: 0] += 1
            }
            let datedCode = line.contains("[")
                && line.range(of: #"[<>]?\s?\d{6,8}"#, options: .regularExpression) != nil
            if line.hasPrefix("+") || datedCode {
                votes[.actors, default: 0] += 1
            }
            if line.hasPrefix("n:") || line.hasPrefix("v:") || line.hasPrefix("~") { votes[.issues, default: 0] += 1 }
        }
        guard let best = votes.max(by: { $0.value < $1.value }), best.value >= 3 else { return nil }
        return best.key
    }
}
