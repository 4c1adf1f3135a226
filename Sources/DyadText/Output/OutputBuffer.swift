#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable byte buffer for writers: appends without per-byte bookkeeping, handed to the CLI to write out.
public final class OutputBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Number of bytes written so far.
    public private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` bytes (at least 64); it grows as needed.
    public init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written so far.
    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// The bytes written so far, as an array (for tests).
    public var array: [UInt8] { Array(bytes) }

    /// Forgets the content, keeping the memory.
    public func removeAll() { count = 0 }

    /// Makes room for `extra` more bytes, doubling the capacity until they fit.
    @inline(__always)
    public func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        grow(extra)
    }

    private func grow(_ extra: Int) {
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    /// Lets `body` write at most `maxBytes` bytes straight into the buffer; `body` returns how many it wrote.
    @inline(__always)
    public func write(atMost maxBytes: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maxBytes)
        count += body(storage + count)
    }

    /// Writes the decimal digits of a non-negative `value` at `target`; returns the position after them.
    @inline(__always)
    public static func writeDecimal(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var digits = 1
        var limit = 10
        while digits < 19 && value >= limit {
            digits += 1
            limit &*= 10
        }
        var position = target + digits
        var rest = UInt64(value)
        let pairs = digitPairs.utf8Start
        while rest >= 100 {
            let pair = Int(rest % 100) &* 2
            rest /= 100
            position -= 2
            position[0] = pairs[pair]
            position[1] = pairs[pair + 1]
        }
        if rest >= 10 {
            let pair = Int(rest) &* 2
            position[-2] = pairs[pair]
            position[-1] = pairs[pair + 1]
        } else {
            position[-1] = UInt8(truncatingIfNeeded: rest) &+ 0x30
        }
        return target + digits
    }

    /// Copies `bytes` to `target`; returns the position after them.
    @inline(__always)
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>)
        -> UnsafeMutablePointer<UInt8>
    {
        let length = bytes.count
        guard let base = bytes.baseAddress else { return target }
        if length <= 24 {
            for k in 0..<length { target[k] = base[k] }
        } else {
            target.update(from: base, count: length)
        }
        return target + length
    }

    /// Replaces every CR and LF written since `start` by a space.
    public func replaceLineBreaks(from start: Int) {
        var position = storage + start
        let end = storage + count
        while position < end {
            let remaining = end - position
            guard let found = memchr(position, 0x0A, remaining) else { break }
            let newline = found.assumingMemoryBound(to: UInt8.self)
            newline.pointee = 0x20
            if newline > storage + start && newline[-1] == 0x0D { newline[-1] = 0x20 }
            position = newline + 1
        }
        // A lone CR (old Mac line ends) is rare: look for it only if one is left.
        if let _ = memchr(storage + start, 0x0D, count - start) {
            for index in start..<count where storage[index] == 0x0D { storage[index] = 0x20 }
        }
    }

    /// Appends one byte.
    @inline(__always)
    public func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Short copies (token forms, column separators) are faster as a loop than as a call to memmove.
        write(atMost: bytes.count) { target in Self.write(bytes, to: target) - target }
    }

    /// Appends a string's UTF-8 bytes.
    public func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a string's UTF-8 bytes.
    public func append(text: some StringProtocol) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0) }) { return done }
        var copy = String(text)
        copy.withUTF8 { append($0) }
    }

    /// Appends the decimal digits of `value`.
    @inline(__always)
    public func append(decimal value: Int) {
        if value >= 0 && value < 10 {
            reserve(1)
            storage[count] = UInt8(truncatingIfNeeded: value) &+ 0x30
            count += 1
            return
        }
        appendDecimalSlow(value)
    }

    /// "00", "01", ... "99" back to back: two digits per division.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    private func appendDecimalSlow(_ value: Int) {
        if value < 0 {
            append(UInt8(ascii: "-"))
            appendDecimalSlow(value == Int.min ? Int.max : -value)
            return
        }
        write(atMost: 20) { target in Self.writeDecimal(value, to: target) - target }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    public func append(jsonString text: some StringProtocol) {
        var copy = String(text)
        copy.withUTF8 { append(jsonString: $0) }
    }

    /// Appends UTF-8 bytes as a JSON string literal, quotes included.
    public func append(jsonString bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count + 2)
        append(UInt8(ascii: "\""))
        var runStart = 0
        for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            runStart = i + 1
            switch byte {
            case 0x22: append(UInt8(ascii: "\\")); append(UInt8(ascii: "\""))
            case 0x5C: append(UInt8(ascii: "\\")); append(UInt8(ascii: "\\"))
            case 0x0A: append(UInt8(ascii: "\\")); append(UInt8(ascii: "n"))
            case 0x0D: append(UInt8(ascii: "\\")); append(UInt8(ascii: "r"))
            case 0x09: append(UInt8(ascii: "\\")); append(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                append("\\u00")
                append(hex.utf8Start[Int(byte >> 4)])
                append(hex.utf8Start[Int(byte & 0xF)])
            }
        }
        append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        append(UInt8(ascii: "\""))
    }
}
