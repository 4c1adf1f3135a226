import CZlib
import DyadCore

/// Turns a file's raw bytes into UTF-8 bytes for the readers: un-gzips, skips a UTF-8 byte-order mark, transcodes
/// UTF-16 that carries a byte-order mark, and rejects what cannot be text with a precise error.
public struct InputDecoder: Sendable {
    /// Largest decompressed size accepted from one `.gz` file.
    public var maxDecompressedBytes: Int

    /// Creates a decoder that rejects gzip data expanding past `maxDecompressedBytes` (4 GiB by default).
    public init(maxDecompressedBytes: Int = 4 << 30) {
        self.maxDecompressedBytes = maxDecompressedBytes
    }

    /// Decodes `raw`, read from `name`; a gzip stream is recognised by its magic bytes whatever the file name.
    public func decode(_ raw: [UInt8], name: String) -> Result<[UInt8], InputError> {
        var bytes = raw
        if bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B {
            switch gunzip(bytes, name: name) {
            case .success(let inflated): bytes = inflated
            case .failure(let error): return .failure(error)
            }
        }
        if bytes.isEmpty {
            return .failure(InputError(location: SourceLocation(file: name), message: "the input is empty",
                                       hint: "remove the file or give it some text"))
        }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            bytes.removeFirst(3)
            if bytes.isEmpty {
                return .failure(InputError(location: SourceLocation(file: name),
                                           message: "the input is empty (only a byte-order mark)", hint: nil))
            }
            return .success(bytes)
        }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return utf16(bytes, bigEndian: bytes[0] == 0xFE, name: name)
        }
        // UTF-16 without a byte-order mark shows as NUL bytes between ASCII letters.
        let sample = bytes.prefix(512)
        let nuls = sample.filter { $0 == 0 }.count
        if nuls * 4 >= sample.count && sample.count >= 8 {
            let half = sample.count / 2
            let evenNUL = stride(from: 0, to: half * 2, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
            let oddNUL = stride(from: 1, to: half * 2, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
            let looksUTF16 = (evenNUL * 10 >= half * 8 && oddNUL * 10 <= half * 2)
                || (oddNUL * 10 >= half * 8 && evenNUL * 10 <= half * 2)
            return .failure(InputError(
                location: SourceLocation(file: name, line: 1, column: 1),
                message: looksUTF16 ? "the input looks like UTF-16 without a byte-order mark" : "the input is binary, not text",
                hint: looksUTF16 ? "convert it to UTF-8 (`iconv -f UTF-16LE -t UTF-8`) or add a byte-order mark"
                    : "pass text, HTML, JSON Lines, PETRARCH XML or TABARI records"))
        }
        return .success(bytes)
    }

    private func utf16(_ bytes: [UInt8], bigEndian: Bool, name: String) -> Result<[UInt8], InputError> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let unit = bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
            units.append(unit)
            i += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var index = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                UTF8.encode(scalar) { output.append($0) }
                index += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                break loop
            case .error:
                return .failure(InputError(location: SourceLocation(file: name),
                                           message: "invalid UTF-16 at code unit \(index + 1) (an unpaired surrogate)",
                                           hint: "the file is damaged or not UTF-16; convert it to UTF-8"))
            }
        }
        if bytes.count % 2 == 1 {
            return .failure(InputError(location: SourceLocation(file: name),
                                       message: "UTF-16 input has an odd number of bytes: the file is truncated",
                                       hint: "re-export the file, or convert it to UTF-8"))
        }
        if output.isEmpty {
            return .failure(InputError(location: SourceLocation(file: name), message: "the input is empty", hint: nil))
        }
        return .success(output)
    }

    private func gunzip(_ input: [UInt8], name: String) -> Result<[UInt8], InputError> {
        var stream = z_stream()
        // 15 window bits + 32: accept gzip and zlib headers.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .failure(InputError(location: SourceLocation(file: name), message: "cannot start gzip decompression",
                                       hint: nil))
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        var source = input
        source.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { outputBuffer in
                    stream.next_out = outputBuffer.baseAddress
                    stream.avail_out = UInt32(outputBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: outputBuffer[0..<(outputBuffer.count - Int(stream.avail_out))])
                }
                // Concatenated gzip members: start the next one; zero padding after the last member is not data.
                if status == Z_STREAM_END && stream.avail_in > 0 {
                    let rest = UnsafeBufferPointer(start: stream.next_in, count: Int(stream.avail_in))
                    if rest.allSatisfy({ $0 == 0 }) { break }
                    status = inflateReset(&stream)
                }
            } while status == Z_OK && output.count <= maxDecompressedBytes
        }
        if output.count > maxDecompressedBytes {
            return .failure(InputError(location: SourceLocation(file: name),
                                       message: "gzip data expands past \(maxDecompressedBytes) bytes",
                                       hint: "split the archive into smaller files"))
        }
        guard status == Z_STREAM_END else {
            let reason = status == Z_BUF_ERROR ? "the compressed data ends early (truncated file)"
                : "the compressed data is corrupt (zlib status \(status))"
            return .failure(InputError(location: SourceLocation(file: name), message: "cannot decompress: \(reason)",
                                       hint: "check the download; `gzip -t` tests a file"))
        }
        return .success(output)
    }
}

/// A whole input that could not be read: where, what, and how to fix it.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The input the error is about; line and column only when a place in it is at fault.
    public var location: SourceLocation
    /// What went wrong, in one sentence.
    public var message: String
    /// How to fix it, when there is something to say.
    public var hint: String?

    /// The error as a diagnostic saying the input was skipped.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, message + "; input skipped", hint: hint)
    }

    /// The text of ``diagnostic``: location, severity and message, then the hint.
    public var description: String { diagnostic.description }
}
