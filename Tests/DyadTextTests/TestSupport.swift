import DyadCore
import DyadText
import Foundation

/// Paths the tests read: the package's fixtures, and `../shared` beside the clone when it is there.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/DyadTextTests/Fixtures")
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether `../shared` is present (a user's clone has none: tests that need it are skipped, saying so).
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.path) }

    static func shared(_ relative: String) -> String { shared.appendingPathComponent(relative).path }
}

/// Tokens and sentences of a text, as strings.
struct Segmented {
    let analysed: AnnotatedDocument

    init(_ text: String) {
        analysed = Pipeline.segmentation().run(Document(id: "t", text: text)).document
    }

    var tokens: [String] { analysed.tokens.map { String(analysed.text(of: $0)) } }
    var sentences: [String] { analysed.sentences.map { String(analysed.text(of: $0)) } }
}

/// Reads `text` as if it were the file `name`.
func read(_ text: String, as name: String, options: ReaderOptions = ReaderOptions()) -> ReadResult {
    DocumentLoader(options: options).read(Array(text.utf8), from: InputSource(path: name))
}

/// Reads raw bytes as if they were the file `name`.
func read(bytes: [UInt8], as name: String, options: ReaderOptions = ReaderOptions()) -> ReadResult {
    DocumentLoader(options: options).read(bytes, from: InputSource(path: name))
}
