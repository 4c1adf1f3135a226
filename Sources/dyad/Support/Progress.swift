import DyadText
import Foundation

/// A progress bar on standard error, drawn only when it is a terminal and the input is large.
struct Progress {
    private let total: Int
    private var done = 0
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

    mutating func advance(past input: InputSource) {
        guard enabled else { return }
        done += sizes[input.path] ?? 0
        let percent = total == 0 ? 100 : min(100, done * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent)%".utf8))
    }

    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
