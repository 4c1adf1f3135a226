import DyadCore

/// The error thrown when a peer dictionary file cannot be read at all (missing, a folder, unreadable).
///
/// Problems *inside* a file never throw: they become ``Diagnostic``s in a ``PeerLoadResult``.
public struct PeerDictionaryError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        case unreadable
        case isDirectory
        case unknownKind
    }

    /// The file, as the caller named it.
    public let path: String
    private let reason: Reason

    init(path: String, _ reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// What went wrong, naming the file.
    public var message: String {
        switch reason {
        case .unreadable: "cannot read peer dictionary '\(path)': the file does not exist or is not readable"
        case .isDirectory: "'\(path)' is a folder, not a peer dictionary file"
        case .unknownKind: "cannot tell what kind of peer dictionary '\(path)' is"
        }
    }

    /// How to fix it.
    public var hint: String {
        switch reason {
        case .unreadable: "check the path and the file's permissions"
        case .isDirectory: "pass a file, or load the folder with PeerDictionary.loadAll(in:)"
        case .unknownKind:
            "name the file like the peers do (.actors, .agents, .verbs, discards, issues) or say which kind it is"
        }
    }

    /// `message`, then the hint.
    public var description: String { "\(message) (hint: \(hint))" }
}
