import DyadCore
import Foundation

/// Reads one input from disk or standard input and turns it into documents with the right reader.
public struct DocumentLoader: Sendable {
    /// The options handed to every reader: default date, line and record size limits.
    public var options: ReaderOptions
    /// Turns raw bytes into UTF-8 before a reader sees them: gzip, byte-order marks, UTF-16.
    public var decoder: InputDecoder

    /// Creates a loader with the given reader options and input decoder.
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
        // One read into uninitialised memory sized from the file, then more only if the file grew meanwhile.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 0) + 1) { buffer, initialized in
            var filled = 0
            while filled < buffer.count {
                let got = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno; break }
                if got == 0 { break }
                filled += got
            }
            initialized = filled
        }
        var more = failure == 0 && bytes.count == size + 1
        while more {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { failure = errno }
            if got > 0 { bytes += chunk[0..<got] }
            more = got > 0
        }
        if failure != 0 {
            throw InputError(location: SourceLocation(file: source.path),
                             message: "cannot read the file: \(String(cString: strerror(failure)))",
                             hint: failure == EISDIR ? "directories are read through their files" : nil)
        }
        return bytes
    }
}
