/// One 3-letter chunk of a CAMEO actor code, with what Dyad knows about it.
public struct ActorCodeComponent: Sendable, Hashable, CustomStringConvertible {
    /// What a chunk stands for.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A state with an ISO 3166 alpha-3 code (or KSV, Kosovo).
        case country
        /// A state that no longer exists (SUN, CSK, DDR, YUG, …).
        case formerCountry
        /// A CAMEO region (AFR, MEA, WST, …).
        case region
        /// A generic international or transnational actor (IGO, NGO, NGM, IMG, MNC, INT, UIS).
        case international
        /// A role code (GOV, MIL, …).
        case role
        /// An ethnic, religious or other identity group (KUR, MOS, CHR, …).
        case group
        /// A specific organisation, only after another chunk (UNO in IGOUNO, EEC in IGOEUREEC).
        case organization
    }

    /// The chunk in its current spelling, e.g. "ROU".
    public let code: String
    /// The chunk as it was written, e.g. "ROM"; equal to ``code`` unless an old spelling was replaced.
    public let writtenAs: String
    /// What the chunk stands for.
    public let kind: Kind
    /// The chunk in English, e.g. "Romania" or "government".
    public let name: String

    /// Creates a component; ``ActorCode`` builds these while parsing.
    public init(code: String, writtenAs: String? = nil, kind: Kind, name: String) {
        self.code = code
        self.writtenAs = writtenAs ?? code
        self.kind = kind
        self.name = name
    }

    /// The role, when the chunk is a role code.
    public var role: ActorRole? { kind == .role ? ActorRole(rawValue: code) : nil }

    /// The state, when the chunk is a country or former country.
    public var country: Country? {
        switch kind {
        case .country: Country(code: code, name: name, isFormer: false)
        case .formerCountry: Country(code: code, name: name, isFormer: true)
        default: nil
        }
    }

    /// True when the chunk was written in an old spelling and replaced (ROM → ROU).
    public var wasRespelled: Bool { writtenAs != code }

    /// The chunk in its current spelling.
    public var description: String { code }
}
