import Foundation

/// Reads a whole file as bytes, turning Foundation's errors into ``PeerDictionaryError``.
enum PeerDictionaryFileBytes {
    /// The bytes of the file at `url`.
    static func read(_ url: URL) throws(PeerDictionaryError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw PeerDictionaryError(path: url.path, .isDirectory)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PeerDictionaryError(path: url.path, .unreadable)
        }
        return [UInt8](data)
    }
}
