/// A state in CAMEO actor codes: an ISO 3166 alpha-3 code with its English short name, or a former state.
public struct Country: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 3-letter code, e.g. "ROU" or "SUN".
    public let code: String
    /// The English short name, e.g. "Romania".
    public let name: String
    /// True for states that no longer exist (the USSR, Czechoslovakia, the GDR, …).
    public let isFormer: Bool

    /// Creates a country; use ``CAMEOActorVocabulary/country(_:)`` to look one up.
    public init(code: String, name: String, isFormer: Bool) {
        self.code = code
        self.name = name
        self.isFormer = isFormer
    }

    /// The code and name, e.g. `ROU (Romania)`.
    public var description: String { "\(code) (\(name))" }
}
