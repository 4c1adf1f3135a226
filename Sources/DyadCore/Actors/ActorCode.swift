/// A CAMEO actor code such as `RUSGOV`, `USAGOVMIL` or `IGOUNOIAE`: 3-letter chunks, a principal then qualifiers.
///
/// The principal is the first chunk: a country, region, international type (IGO, NGO, …), identity group or,
/// with no principal named, a role ("MED"). The chunks after it are roles, places, groups or organisations.
/// Parsing is strict: every chunk must be in ``CAMEOActorVocabulary``. Old spellings are replaced ("ROM" reads as
/// "ROU"). Two codes are equal when their current spellings are. Encodes as ``code``.
public struct ActorCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code in current spelling, e.g. "ROUGOV" for "ROMGOV".
    public let code: String
    /// The chunks, principal first.
    public let components: [ActorCodeComponent]

    /// Reads `text` as 3-letter chunks (capital letters A–Z only), each of which Dyad must know.
    ///
    /// Throws ``ActorCodeError`` naming the code, the bad chunk and the character where it starts, with a hint.
    public init(_ text: String) throws(ActorCodeError) {
        let letters = Array(text.unicodeScalars)
        guard !letters.isEmpty else { throw ActorCodeError(text, .empty) }
        if let bad = letters.firstIndex(where: { !("A"..."Z").contains($0) }) {
            let character = Character(letters[bad])
            if ("a"..."z").contains(letters[bad]) {
                throw ActorCodeError(text, .lowercase(position: bad + 1, character: character))
            }
            throw ActorCodeError(text, .notALetter(position: bad + 1, character: character))
        }
        guard letters.count % 3 == 0 else {
            let start = letters.count - letters.count % 3
            throw ActorCodeError(text, .incompleteChunk(position: start + 1, chunk: String(text.unicodeScalars.dropFirst(start))))
        }
        var components: [ActorCodeComponent] = []
        for start in stride(from: 0, to: letters.count, by: 3) {
            let chunk = String(String.UnicodeScalarView(letters[start..<start + 3]))
            let leading = start == 0
            guard let component = CAMEOActorVocabulary.component(chunk, leading: leading) else {
                if leading, let later = CAMEOActorVocabulary.component(chunk, leading: false) {
                    throw ActorCodeError(text, .cannotLead(chunk: chunk, kind: later.kind))
                }
                throw ActorCodeError(text, .unknownChunk(position: start + 1, chunk: chunk, leading: leading))
            }
            components.append(component)
        }
        self.components = components
        self.code = components.map(\.code).joined()
    }

    /// Decodes the code from a single string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try ActorCode(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes ``code`` as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// The first chunk: the country, region, international type, group or (alone) role the code starts with.
    public var principal: ActorCodeComponent { components[0] }

    /// The chunks after the principal.
    public var qualifiers: ArraySlice<ActorCodeComponent> { components.dropFirst() }

    /// The role codes in the code, in order: [.government, .military] for USAGOVMIL; includes a leading role.
    public var roles: [ActorRole] { components.compactMap(\.role) }

    /// The state, when the principal is a country or former country: Russia for RUSGOV; `nil` for IGOUNO.
    public var country: Country? { principal.country }

    /// True when an old spelling was replaced while reading (ROMGOV → ROUGOV).
    public var wasRespelled: Bool { components.contains(where: \.wasRespelled) }

    /// True when `other` is this actor or a more specific one: RUS contains RUSGOV and RUSGOVMIL.
    public func contains(_ other: ActorCode) -> Bool { other.code.hasPrefix(code) }

    /// Equal when the current spellings are equal.
    public static func == (lhs: ActorCode, rhs: ActorCode) -> Bool { lhs.code == rhs.code }

    /// Hashes the current spelling.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// The code and its reading, e.g. `RUSGOV (Russian Federation: government)`.
    public var description: String {
        let rest = qualifiers.map(\.name)
        return rest.isEmpty
            ? "\(code) (\(principal.name))"
            : "\(code) (\(principal.name): \(rest.joined(separator: ", ")))"
    }
}
