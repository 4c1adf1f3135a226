/// The tokenizer's special cases in an open-addressing table keyed by an FNV-1a hash of their UTF-8 bytes, so that a
/// chunk of text can be looked up without building a `String` for it.
struct SpecialCaseTable: Sendable {
    private struct Entry: Sendable {
        var bytes: [UInt8]
        var pieces: [Int]
    }

    private var slots: [Int32]
    private var hashes: [UInt64]
    private var entries: [Entry] = []
    private let mask: Int
    /// Longest special case, in bytes: longer chunks are never looked up.
    private(set) var maxBytes = 0
    /// Quick filters on (length, first byte) and (length, last byte) of the keys: most chunks are rejected without
    /// hashing. Two 8 KB tables stay in the cache; one table on all three would not.
    private var firstShapes: [Bool] = Array(repeating: false, count: 32 * 256)
    private var lastShapes: [Bool] = Array(repeating: false, count: 32 * 256)

    @inline(__always)
    private static func shape(_ count: Int, _ byte: UInt8) -> Int { (min(count, 31) << 8) | Int(byte) }

    init(_ exceptions: TokenizerExceptions) {
        var capacity = 1
        while capacity < exceptions.table.count * 4 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        hashes = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, pieces) in exceptions.table.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(key.utf8)
            maxBytes = max(maxBytes, bytes.count)
            firstShapes[Self.shape(bytes.count, bytes[0])] = true
            lastShapes[Self.shape(bytes.count, bytes[bytes.count - 1])] = true
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0, 0, $0.count) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries.count)
            hashes[slot] = hash
            entries.append(Entry(bytes: bytes, pieces: pieces))
        }
    }

    /// FNV-1a over `bytes[lo..<hi]`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in lo..<hi {
            hash ^= UInt64(bytes[i])
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The pieces (in scalars) of the special case spelled by `bytes[lo..<hi]`, or `nil`.
    @inline(__always)
    func pieces(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> [Int]? {
        let count = hi - lo
        guard count > 0 && count <= maxBytes, firstShapes[Self.shape(count, bytes[lo])],
              lastShapes[Self.shape(count, bytes[hi - 1])] else { return nil }
        let hash = Self.hash(bytes, lo, hi)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if hashes[slot] == hash {
                let entry = entries[Int(index)]
                if entry.bytes.count == count {
                    var same = true
                    for k in 0..<count where entry.bytes[k] != bytes[lo + k] { same = false; break }
                    if same { return entry.pieces }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}
