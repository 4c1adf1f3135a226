import DyadCore
import Foundation

/// A peer dictionary format Dyad can read: from bytes, from a string, or from a file.
public protocol PeerDictionaryReadable: Sendable {
    /// Reads the dictionary from a file's bytes; `file` names it in diagnostics. Never fails: bad lines are
    /// reported and skipped.
    static func parse(bytes: [UInt8], file: String) -> PeerLoadResult<Self>
}

extension PeerDictionaryReadable {
    /// Reads the dictionary from text, for samples and tests; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String = "<memory>") -> PeerLoadResult<Self> {
        parse(bytes: Array(text.utf8), file: file)
    }

    /// Reads the dictionary file at `url`; diagnostics name it by its path.
    ///
    /// Throws ``PeerDictionaryError`` only when the file cannot be read at all; problems inside the file are
    /// diagnostics in the result.
    public static func load(contentsOf url: URL) throws(PeerDictionaryError) -> PeerLoadResult<Self> {
        parse(bytes: try PeerDictionaryFileBytes.read(url), file: url.path)
    }
}
