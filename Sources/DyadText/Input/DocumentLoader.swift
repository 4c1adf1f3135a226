import DyadCore
import Foundation

/// Reads one input from disk or standard input and turns it into documents with the right reader.
public struct DocumentLoader: Sendable {
    public var options: ReaderOptions
    public var decoder: InputDecoder

    public init(options: ReaderOptions = ReaderOptions(), decoder: InputDecoder = InputDecoder()) {
        self.options = options
        self.decoder = decoder
    }

    /// The reader for a format.
    public func reader(for format: InputFormat) -> any DocumentReader {
        switch format {
        case .text: return PlainTextReader()
        case .html: return HTMLReader()
        case .jsonl: return JSONLinesReader()
        case .petrarch: return PetrarchXMLReader()
        case .tabari: return TabariReader()
        }
    }

    /// Reads every document of `source`; failures are diagnostics, never thrown.
    public func load(_ source: InputSource) -> ReadResult {
        let raw: [UInt8]
        do {
            raw = try readBytes(source)
        } catch {
            return ReadResult(diagnostics: [error.diagnostic])
        }
        return read(raw, from: source)
    }

    /// Reads documents from bytes already in memory, as if they came from `source`.
    public func read(_ raw: [UInt8], from source: InputSource) -> ReadResult {
        let name = source.isStandardInput ? "<stdin>" : source.path
        switch decoder.decode(raw, name: name) {
        case .failure(let error):
            return ReadResult(diagnostics: [error.diagnostic])
        case .success(let bytes):
            let format = source.format
                ?? InputFormat.fromFileName(source.path).map { refine($0, bytes) }
                ?? InputFormat.sniff(bytes)
            return reader(for: format).read(InputBytes(name: name, stem: source.stem, bytes: bytes), options: options)
        }
    }

    /// A `.txt` or `.text` file that holds TABARI records is read as TABARI.
    private func refine(_ format: InputFormat, _ bytes: [UInt8]) -> InputFormat {
        guard format == .text else { return format }
        return InputFormat.sniff(bytes) == .tabari ? .tabari : .text
    }

    private func readBytes(_ source: InputSource) throws(InputError) -> [UInt8] {
        if source.isStandardInput {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        // Read straight into an array: no Data in between, one allocation sized from the file's length.
        let descriptor = open(source.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError(location: SourceLocation(file: source.path),
                             message: "cannot open the file: \(String(cString: strerror(errno)))",
                             hint: "check that it exists and is readable")
        }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(bytes.count, 1 << 16))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw InputError(location: SourceLocation(file: source.path),
                                 message: "cannot read the file: \(String(cString: strerror(errno)))",
                                 hint: source.path.hasSuffix("/") ? "directories are read through their files" : nil)
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
