import DyadCore

/// What reading a peer dictionary gives: the value built from every good line, and a diagnostic for every bad one.
///
/// Reading never stops at the first problem: a malformed line is reported and skipped, the lines around it are kept.
public struct PeerLoadResult<Value: Sendable>: Sendable {
    /// The dictionary read from the lines that could be used.
    public var value: Value
    /// Problems found, in file order: errors for skipped input, warnings for input used with a change.
    public var diagnostics: [Diagnostic]

    /// Pairs a value with the diagnostics found while reading it.
    public init(value: Value, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// The diagnostics of error severity: input that was skipped.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The diagnostics of warning severity: input that was used but is suspect or was changed.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The same diagnostics around a value computed from this one.
    public func map<Other: Sendable>(_ transform: (Value) -> Other) -> PeerLoadResult<Other> {
        PeerLoadResult<Other>(value: transform(value), diagnostics: diagnostics)
    }
}
