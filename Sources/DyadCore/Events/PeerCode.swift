/// A code exactly as a peer dictionary or test suite writes it: fictional actors ("GON"), event codes ("345"),
/// suffixed codes ("174K"). Kept as written; interpret it as an ``EventCode`` or ``ActorCode`` when needed.
public struct PeerCode: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The code as written, untouched.
    public let text: String

    /// Keeps `text` as written.
    public init(_ text: String) { self.text = text }

    /// Keeps the literal as written.
    public init(stringLiteral text: String) { self.text = text }

    /// Decodes the code from a single string.
    public init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the code as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The code as written.
    public var description: String { text }

    /// Reads the code as a CAMEO event code; when it is not one, gives a warning instead of throwing.
    ///
    /// `location` is where the code starts in its file; the warning's column points at the offending character.
    @_optimize(none)  // Swift 6.3.1's CopyPropagation pass crashes on this function when optimised
    public func interpretedAsEventCode(at location: SourceLocation, excerpt: String? = nil)
        -> PeerCodeInterpretation<EventCode>
    {
        switch Result(catching: { () throws(EventCodeError) -> EventCode in try EventCode(text) }) {
        case .success(let code):
            return PeerCodeInterpretation(peerCode: self, value: code, warning: nil)
        case .failure(let error):
            let warning = Diagnostic(
                .warning, at: shifted(location, to: error.position),
                "peer code '\(text)' kept as written: \(error.message)", hint: error.hint, excerpt: excerpt)
            return PeerCodeInterpretation(peerCode: self, value: nil, warning: warning)
        }
    }

    /// Reads the code as a CAMEO actor code; when it is not one, gives a warning instead of throwing.
    ///
    /// `location` is where the code starts in its file; the warning's column points at the offending chunk.
    public func interpretedAsActorCode(at location: SourceLocation, excerpt: String? = nil)
        -> PeerCodeInterpretation<ActorCode>
    {
        switch Result(catching: { () throws(ActorCodeError) -> ActorCode in try ActorCode(text) }) {
        case .success(let code):
            return PeerCodeInterpretation(peerCode: self, value: code, warning: nil)
        case .failure(let error):
            let warning = Diagnostic(
                .warning, at: shifted(location, to: error.position),
                "peer code '\(text)' kept as written: \(error.message)", hint: error.hint, excerpt: excerpt)
            return PeerCodeInterpretation(peerCode: self, value: nil, warning: warning)
        }
    }

    /// Moves a location's column from the start of the code to its `position`-th character.
    private func shifted(_ location: SourceLocation, to position: Int?) -> SourceLocation {
        guard let column = location.column, let position else { return location }
        return SourceLocation(file: location.file, line: location.line, column: column + position - 1)
    }
}

/// The result of reading a ``PeerCode`` as a Dyad code: the value, or a warning saying why there is none.
public struct PeerCodeInterpretation<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The code as written.
    public let peerCode: PeerCode
    /// The code read as a Dyad value; `nil` when it is not one.
    public let value: Value?
    /// Why there is no value; `nil` when there is one.
    public let warning: Diagnostic?
}
