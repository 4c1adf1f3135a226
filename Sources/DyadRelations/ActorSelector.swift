import DyadCore

/// Which actor codes a query means, and the level partners are summed at.
///
/// An actor is given as a code prefix: `PRK` covers `PRK`, `PRKGOV` and `PRKMIL`; `IGOUNO` covers the UN and its
/// agencies. A partner's *principal* is its country (`RUS` for `RUSGOVMIL`), or for international actors the
/// organisation (`IGOUNO` for `IGOUNOKID`, `NGOAMN` for Amnesty), or the code's first chunk when nothing more is known.
public struct ActorSelector: Sendable, Hashable {
    /// The code prefix, upper case.
    public let prefix: String

    /// Creates a selector; the prefix is upper-cased and must be letters only.
    public init(_ prefix: String) throws(RelationsError) {
        let upper = prefix.uppercased()
        guard !upper.isEmpty, upper.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
            throw RelationsError("actor '\(prefix)' is not a CAMEO code prefix",
                                 hint: "give letters only, e.g. PRK, PRKGOV or IGOUNO")
        }
        self.prefix = upper
    }

    /// Whether `code` is this actor (or one of its parts).
    public func matches(_ code: String) -> Bool { code.hasPrefix(prefix) }

    /// The principal level of a code: its country, or its organisation for international actors.
    public static func principal(of code: String) -> String {
        guard code.utf8.count > 3 else { return code }
        guard let parsed = try? ActorCode(code), let first = parsed.components.first else { return String(code.prefix(3)) }
        if first.kind == .international || first.kind == .region {
            var chunks = [first.code]
            for component in parsed.components.dropFirst() {
                if component.kind == .role { break }
                chunks.append(component.code)
                if component.kind == .organization || component.kind == .country { break }
            }
            return chunks.joined()
        }
        return first.code
    }
}

/// How finely partners are told apart.
public enum PartnerLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Countries and organisations (`RUSGOV` and `RUSMIL` both count for `RUS`).
    case principal
    /// The full code.
    case full
}

/// A question the analytics cannot answer as asked.
public struct RelationsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    /// How to fix it.
    public let hint: String?

    /// Creates the error.
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { hint.map { "\(message) (\($0))" } ?? message }
}
