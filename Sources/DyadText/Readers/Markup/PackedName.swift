/// A name as an allocation-free dictionary key for tag and entity names: up to 16 bytes packed into two words,
/// longer names hashed (FNV-1a) into them.
struct PackedName: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Longest name packed exactly.
    static let capacity = 16

    /// Packs `bytes[range]`, ASCII-lowercased when asked; `nil` when the name is empty or holds a NUL.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool) {
        guard !range.isEmpty else { return nil }
        guard range.count <= PackedName.capacity else {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for index in range {
                var byte = bytes[index]
                if lowercased, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            // Byte 6 set with byte 7 clear: no packed name (NUL-free, left-aligned) looks like that.
            low = UInt64(range.count) | (0xFF << 48)
            high = hash
            return
        }
        var shift: UInt64 = 0
        for index in range {
            var byte = bytes[index]
            if byte == 0 { return nil }
            if lowercased, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if index - range.lowerBound < 8 {
                low |= UInt64(byte) << shift
            } else {
                high |= UInt64(byte) << (shift - 64)
            }
            shift += 8
        }
    }

    /// Packs an ASCII string as written (used to build the lookup tables).
    init(_ name: String) {
        let copy = Array(name.utf8)
        precondition(!copy.isEmpty && copy.count <= PackedName.capacity, "name '\(name)' does not fit")
        let packed = copy.withUnsafeBufferPointer { PackedName($0, 0..<$0.count, lowercased: false) }
        self = packed!
    }
}
