/// The error thrown when a string is not a CAMEO actor code Dyad knows: which chunk, at which character, and a fix.
public struct ActorCodeError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        case empty
        case lowercase(position: Int, character: Character)
        case notALetter(position: Int, character: Character)
        case incompleteChunk(position: Int, chunk: String)
        case unknownChunk(position: Int, chunk: String, leading: Bool)
        case cannotLead(chunk: String, kind: ActorCodeComponent.Kind)
    }

    /// The rejected text, as given.
    public let value: String
    private let reason: Reason

    init(_ value: String, _ reason: Reason) {
        self.value = value
        self.reason = reason
    }

    /// The 1-based character of ``value`` where the problem starts; `nil` for an empty code.
    public var position: Int? {
        switch reason {
        case .empty: nil
        case .lowercase(let position, _), .notALetter(let position, _), .incompleteChunk(let position, _),
             .unknownChunk(let position, _, _):
            position
        case .cannotLead: 1
        }
    }

    /// The 3-letter chunk at fault, when there is one.
    public var chunk: String? {
        switch reason {
        case .incompleteChunk(_, let chunk), .unknownChunk(_, let chunk, _), .cannotLead(let chunk, _): chunk
        default: nil
        }
    }

    /// Known chunks close to the bad one (one letter changed, or two swapped), best first; at most three.
    public var suggestions: [String] {
        guard case .unknownChunk(_, let chunk, let leading) = reason else { return [] }
        return ActorCodeError.nearestChunks(to: chunk, leading: leading)
    }

    /// What is wrong, naming the code and the chunk.
    public var message: String {
        switch reason {
        case .empty:
            return "an empty string is not a CAMEO actor code"
        case .lowercase(let position, let character):
            return "'\(value)' is not a CAMEO actor code: character \(position) ('\(character)') is lowercase"
        case .notALetter(let position, let character):
            return "'\(value)' is not a CAMEO actor code: character \(position) ('\(character)') is not a letter A-Z"
        case .incompleteChunk(let position, let chunk):
            return "'\(value)' is not a CAMEO actor code: it has \(value.unicodeScalars.count) letters, "
                + "so the last chunk '\(chunk)' (from character \(position)) is incomplete"
        case .unknownChunk(let position, let chunk, _):
            return "'\(value)' is not a CAMEO actor code Dyad knows: chunk '\(chunk)' at characters "
                + "\(position)-\(position + 2) is unknown"
        case .cannotLead(let chunk, let kind):
            let what = kind == .organization ? "an organisation code" : "a sub-code"
            return "'\(value)' is not a CAMEO actor code: '\(chunk)' is \(what) and cannot come first"
        }
    }

    /// How to fix it.
    public var hint: String {
        switch reason {
        case .empty:
            return "write 3-letter chunks: a country or other principal, then roles, e.g. RUSGOV"
        case .lowercase:
            return "write it in capitals: \(value.uppercased())"
        case .notALetter:
            return "actor codes are capital letters only, in chunks of 3, e.g. USAGOVMIL"
        case .incompleteChunk:
            return "every chunk has 3 letters; check for a missing or extra letter"
        case .unknownChunk(_, let chunk, let leading):
            let chunks = stride(from: 0, to: value.unicodeScalars.count, by: 3).map { start in
                String(String.UnicodeScalarView(value.unicodeScalars.dropFirst(start).prefix(3)))
            }
            var parts = [
                "it reads as " + chunks.joined(separator: " ") + "; '\(chunk)' is no "
                    + (leading ? "country, region, international type, group or role"
                        : "role, place, group or organisation")
                    + " in Dyad's CAMEO vocabulary",
            ]
            let near = suggestions
            if !near.isEmpty { parts.append("did you mean " + near.joined(separator: ", ") + "?") }
            parts.append("if it is a valid CAMEO code Dyad lacks, add it to CAMEOActorVocabularyData.swift")
            return parts.joined(separator: "; ")
        case .cannotLead(let chunk, let kind):
            return kind == .organization
                ? "organisation codes follow a type such as IGO, NGO, IMG, MNC or NGM, e.g. IGO\(chunk)"
                : "religious sub-codes follow the religion they divide, e.g. CHR\(chunk) or MOS\(chunk)"
        }
    }

    /// Message and hint in one line.
    public var description: String { "\(message); \(hint)" }

    /// Known chunks one substitution or one swap away from `chunk`, roles first after the principal.
    static func nearestChunks(to chunk: String, leading: Bool) -> [String] {
        let target = Array(chunk)
        func isNear(_ candidate: String) -> Bool {
            let letters = Array(candidate)
            let differing = letters.indices.filter { letters[$0] != target[$0] }
            if differing.count == 1 { return true }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && letters[differing[0]] == target[differing[1]] && letters[differing[1]] == target[differing[0]]
        }
        let near = CAMEOActorVocabulary.allChunks.filter {
            isNear($0) && CAMEOActorVocabulary.component($0, leading: leading) != nil
        }
        let roles = near.filter { ActorRole(rawValue: $0) != nil }
        let others = near.filter { ActorRole(rawValue: $0) == nil }
        return Array((leading ? others + roles : roles + others).prefix(3))
    }
}
