/// A hash table from 64-bit keys to 32-bit values with open addressing and a multiplicative hash: the matcher's
/// lookups run on every token, and Swift's `Dictionary` (SipHash) costs several times more per lookup.
struct FlatTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    /// Marks an empty slot; real keys equal to it are stored in `sentinelValue`.
    private static let empty: UInt64 = 0
    private var sentinelValue: Int32?

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value stored for `key`, or `nil`.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        if key == Self.empty { return sentinelValue }
        var index = slot(key)
        while true {
            let stored = keys[index]
            if stored == key { return values[index] }
            if stored == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    /// The values stored for `keys` (nil keys and keys not stored give nil), the subscript's answers: the first slot
    /// of every key is read before any is compared, in a loop with no branch on what it reads, so that their cache
    /// misses overlap instead of waiting for each other; a key whose first slot holds another key finishes through
    /// the subscript.
    func values(of keys: [UInt64?]) -> [Int32?] {
        var firstKeys = [UInt64](repeating: 0, count: keys.count)
        var firstValues = [Int32](repeating: -1, count: keys.count)
        self.keys.withUnsafeBufferPointer { stored in
            values.withUnsafeBufferPointer { values in
                for (index, key) in keys.enumerated() {
                    let slot = slot(key ?? 0)
                    firstKeys[index] = stored[slot]
                    firstValues[index] = values[slot]
                }
            }
        }
        return keys.indices.map { index in
            guard let key = keys[index] else { return nil }
            if key == Self.empty { return sentinelValue }
            if firstKeys[index] == key { return firstValues[index] }
            if firstKeys[index] == Self.empty { return nil }
            return self[key]
        }
    }

    /// Stores `value` for `key`, replacing any earlier value.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if key == Self.empty {
            if sentinelValue == nil { count += 1 }
            sentinelValue = value
            return
        }
        if (count + 1) * 2 > keys.count { grow() }
        var index = slot(key)
        while keys[index] != Self.empty && keys[index] != key { index = (index + 1) & mask }
        if keys[index] == Self.empty { count += 1 }
        keys[index] = key
        values[index] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = sentinelValue == nil ? 0 : 1
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { set(key, value) }
    }
}
