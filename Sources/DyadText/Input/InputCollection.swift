import DyadCore
import Foundation

/// One input to read: a file on disk or standard input, with the format to read it as.
public struct InputSource: Sendable, Hashable {
    /// A file path, or `-` for standard input.
    public var path: String
    /// The format forced by `--input-format`, or `nil` to decide from the name and content.
    public var format: InputFormat?

    /// An input at `path` (`-` for standard input), read as `format`, or as its name and content suggest when `nil`.
    public init(path: String, format: InputFormat? = nil) {
        self.path = path
        self.format = format
    }

    /// Whether this input is standard input.
    public var isStandardInput: Bool { path == "-" }

    /// The default document id: the file name without its extensions (`a.txt.gz` → `a`).
    public var stem: String {
        guard !isStandardInput else { return "stdin" }
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }
}

/// Expands the paths given on the command line into the inputs to read: files as given, directories recursively
/// (files with a known extension only, hidden entries skipped, in sorted order), `-` for standard input.
public struct InputCollector: Sendable {
    /// The format forced for every input, or `nil`.
    public var format: InputFormat?

    /// Creates a collector that gives every input `format`, or lets each be decided from its name and content when `nil`.
    public init(format: InputFormat? = nil) { self.format = format }

    /// The inputs, and an error diagnostic for each path that does not exist or cannot be listed.
    public func collect(_ paths: [String]) -> (inputs: [InputSource], diagnostics: [Diagnostic]) {
        var inputs: [InputSource] = []
        var diagnostics: [Diagnostic] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(InputSource(path: path, format: format))
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: path), "no such file or directory",
                                              hint: "check the path; use - to read standard input"))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(InputSource(path: path, format: format))
                continue
            }
            guard let enumerator = files.enumerator(atPath: path) else {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: path), "cannot list the directory",
                                              hint: "check its permissions"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                        enumerator.skipDescendants()
                    }
                    continue
                }
                guard (enumerator.fileAttributes?[.type] as? FileAttributeType) != .typeDirectory else { continue }
                if format != nil || InputFormat.fromFileName(name) != nil {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
            if found.isEmpty {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: path),
                                              "the directory holds no file Dyad reads",
                                              hint: "Dyad reads .txt .html .jsonl .xml files (optionally .gz); "
                                                + "use --input-format to read other names"))
            }
            inputs += found.sorted().map { InputSource(path: $0, format: format) }
        }
        // A file named twice (directly, or also through its directory) is read once.
        var seen = Set<String>()
        var unique: [InputSource] = []
        for input in inputs {
            let key = input.isStandardInput ? "-" : (input.path as NSString).standardizingPath
            if seen.insert(key).inserted || input.isStandardInput { unique.append(input) }
        }
        return (unique, diagnostics)
    }
}
