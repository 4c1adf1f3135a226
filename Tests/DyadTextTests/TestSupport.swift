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

/// `bytes` with a few seeded random edits (replace, insert, delete) drawn from markup-heavy bytes.
func mutated(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
    let alphabet = Array("<>/!-=\"'&;#*{}[]xX pdiv/*\n\t0123456789".utf8) + [0x00, 0x1A, 0xC3, 0xA9, 0xE2, 0xFF]
    var result = bytes
    for _ in 0..<Int.random(in: 1...8, using: &generator) where !result.isEmpty {
        let position = Int.random(in: 0..<result.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: result[position] = alphabet.randomElement(using: &generator)!
        case 1: result.insert(alphabet.randomElement(using: &generator)!, at: position)
        default: result.remove(at: position)
        }
    }
    return result
}
