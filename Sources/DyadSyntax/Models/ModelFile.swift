/// Writes the binary model files: little-endian integers, length-prefixed UTF-8 strings and feature tables.
struct ModelWriter {
    private(set) var bytes: [UInt8] = []

    init(magic: String, version: UInt32) {
        bytes = Array(magic.utf8)
        append(version)
    }

    mutating func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func append(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }

    mutating func append(_ text: String) {
        let utf8 = Array(text.utf8)
        append(UInt32(utf8.count))
        bytes += utf8
    }

    mutating func append(_ strings: [String]) {
        append(UInt32(strings.count))
        for string in strings { append(string) }
    }

    /// A table: width, bits per weight (8 or 16), row count, then per row its key (8 bytes), scale exponent (1 byte,
    /// biased by 127) and `width` weights (little-endian when 16 bits), in key order.
    mutating func append(_ table: FeatureTable) {
        append(UInt32(table.width))
        append(UInt32(table.bits))
        append(UInt32(table.count))
        bytes.reserveCapacity(bytes.count + table.count * (9 + table.bits / 8 * table.width))
        table.forEachRowInOrder { key, exponent, row in
            append(key)
            bytes.append(UInt8(max(1, min(254, exponent + 127))))
            for weight in row {
                bytes.append(UInt8(truncatingIfNeeded: weight))
                if table.bits == 16 { bytes.append(UInt8(truncatingIfNeeded: weight >> 8)) }
            }
        }
    }
}

/// Reads what `ModelWriter` wrote, failing with the file name and what is wrong.
///
/// Reads from memory it does not own (a mapped file, or an array's storage), valid only while the reader is in use:
/// nothing read keeps a pointer into it, so a model file is mapped rather than copied twice into arrays.
struct ModelReader {
    let bytes: UnsafeRawBufferPointer
    let file: String
    private(set) var offset = 0
    /// The file's format version.
    private(set) var version: UInt32 = 0

    /// Checks the magic and the version.
    init(_ bytes: UnsafeRawBufferPointer, file: String, magic: String, version: UInt32, kind: String) throws(ModelFormatError) {
        try self.init(bytes, file: file, magic: magic, versions: version...version, kind: kind)
    }

    /// Checks the magic and that the version is one of `versions`.
    init(_ bytes: UnsafeRawBufferPointer, file: String, magic: String, versions: ClosedRange<UInt32>, kind: String) throws(ModelFormatError) {
        self.bytes = bytes
        self.file = file
        let magicBytes = Array(magic.utf8)
        guard bytes.count >= magicBytes.count, bytes[0..<magicBytes.count].elementsEqual(magicBytes) else {
            throw ModelFormatError(file: file, message: "not a Dyad \(kind) model (no '\(magic)' header)")
        }
        offset = magicBytes.count
        let found = try readUInt32()
        guard versions.contains(found) else {
            throw ModelFormatError(file: file, message: "\(kind) model format version \(found); this Dyad reads versions "
                + "\(versions.lowerBound) to \(versions.upperBound)")
        }
        version = found
    }

    func failure(_ message: String) -> ModelFormatError {
        ModelFormatError(file: file, message: message + " (at byte \(offset))")
    }

    /// The bytes not read yet.
    var remaining: Int { bytes.count - offset }

    private mutating func take(_ count: Int) throws(ModelFormatError) -> Slice<UnsafeRawBufferPointer> {
        guard count >= 0, bytes.count - offset >= count else { throw failure("the file ends early") }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func readUInt32() throws(ModelFormatError) -> UInt32 {
        let slice = try take(4)
        return slice.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func readUInt64() throws(ModelFormatError) -> UInt64 {
        let slice = try take(8)
        return slice.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }


    mutating func readString() throws(ModelFormatError) -> String {
        let length = Int(try readUInt32())
        guard length <= 1 << 16 else { throw failure("a string of \(length) bytes is implausible") }
        return String(decoding: try take(length), as: UTF8.self)
    }

    mutating func readStrings() throws(ModelFormatError) -> [String] {
        let count = Int(try readUInt32())
        guard count <= 100_000 else { throw failure("\(count) strings is implausible") }
        var strings: [String] = []
        for _ in 0..<count { strings.append(try readString()) }
        return strings
    }

    /// Reads a table; `withBits` is false for the first files, whose tables were all 16 bits without saying so.
    mutating func readTable(width expected: Int, withBits: Bool = true) throws(ModelFormatError) -> FeatureTable {
        let width = Int(try readUInt32())
        guard width == expected else { throw failure("a table of width \(width) where \(expected) classes were expected") }
        let bits = withBits ? Int(try readUInt32()) : 16
        guard bits == 8 || bits == 16 else { throw failure("\(bits) bits per weight; 8 or 16 expected") }
        let size = bits / 8
        let count = Int(try readUInt32())
        guard count < FeatureTable.maximumRows, count <= (bytes.count - offset) / (9 + size * width) else {
            throw failure("the table claims \(count) rows, more than the file holds")
        }
        // Bounds were checked above for the whole table: rows are copied straight from the file's bytes into the
        // table's memory (weights are stored little-endian, as this machine holds them).
        let record = 9 + size * width
        let table = { (raw: UnsafeRawBufferPointer) -> FeatureTable? in
            guard let start = raw.baseAddress else { return nil }
            let base = start + offset
            func key(_ index: Int) -> UInt64 {
                UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index * record, as: UInt64.self))
            }
            var previous: UInt64 = 0
            for index in 0..<count {
                let current = key(index)
                guard current > previous else { return nil }
                previous = current
            }
            return FeatureTable(width: width, count: count, bits: bits, key: key,
                                exponent: { Int(base.load(fromByteOffset: $0 * record + 8, as: UInt8.self)) - 127 }) {
                $1.copyMemory(from: base + $0 * record + 9, byteCount: size * width)
                #if _endian(big)
                if size == 2 {
                    let weights = $1.assumingMemoryBound(to: Int16.self)
                    for k in 0..<width { weights[k] = Int16(littleEndian: weights[k]) }
                }
                #endif
            }
        }(bytes)
        guard let table else { throw failure("table keys out of order or repeated") }
        offset += count * record
        return table
    }

    /// Fails unless every byte has been read.
    func finish() throws(ModelFormatError) {
        guard offset == bytes.count else { throw failure("\(bytes.count - offset) unexpected bytes after the model") }
    }
}
