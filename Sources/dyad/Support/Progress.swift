import DyadText
import Foundation

/// A progress bar on standard error, drawn only when it is a terminal and the input is large. It moves per document
/// (by the document's share of its file), so one large file shows progress too.
struct Progress {
    private let total: Int
    /// Bytes of the inputs finished.
    private var finished = 0
    /// Bytes of the current input's documents done, in text bytes (an estimate of the file bytes).
    private var current = 0
    private let enabled: Bool
    private var lastDrawn = -1
    private let sizes: [String: Int]

    init(inputs: [InputSource], enabled: Bool) {
        var sizes: [String: Int] = [:]
        for input in inputs where !input.isStandardInput {
            let size = ((try? FileManager.default.attributesOfItem(atPath: input.path))?[.size] as? Int) ?? 0
            sizes[input.path] = size
        }
        self.sizes = sizes
        total = sizes.values.reduce(0, +)
        self.enabled = enabled && isatty(STDERR_FILENO) == 1 && (total >= 4 << 20 || inputs.count >= 200)
    }

    /// Whether the bar is being drawn (diagnostics must clear it first).
    var isDrawn: Bool { enabled && lastDrawn >= 0 }

    /// Counts a document of `bytes` text bytes from `input`.
    mutating func advance(document bytes: Int, of input: InputSource) {
        guard enabled else { return }
        current = min(current + bytes, sizes[input.path] ?? 0)
        draw()
    }

    /// Counts `input` as finished.
    mutating func advance(past input: InputSource) {
        guard enabled else { return }
        finished += sizes[input.path] ?? 0
        current = 0
        draw()
    }

    private mutating func draw() {
        let percent = total == 0 ? 100 : min(100, (finished + current) * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent)%".utf8))
    }

    /// Clears the bar's line, so that a message can be printed; the next update draws it again.
    mutating func clear() {
        guard isDrawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        lastDrawn = -1
    }

    func finish() {
        guard isDrawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
